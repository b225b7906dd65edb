"""Modality of an event: asserted, or hypothetical, planned, conditional, denied, reported, feared.

Cues (``data/lang/nl/modality_cues.tsv``) are looked for in three places:
- on the trigger's own clause: its auxiliaries and modals ("zouden ... kunnen worden
  gestuurd"), adverbs ("mogelijk"), negation ("niet", "geen"), and the same on the light or
  support verb of a noun trigger ("een aanval uitvoeren", "evacuaties zullen plaatsvinden");
- on the words that govern the trigger, walking up the dependency tree: "overweegt troepen te
  sturen", "de vrees voor een invasie", "er is gesproken over een inzet", "weigert ... terug te
  trekken", a negated verb of saying or expecting ("mogen niet verwachten dat ..."), a reporting
  verb whose subject is not the event's source, "volgens X";
- condition clauses: a clause opened by "als"/"indien" (or an inverted "mocht") is
  conditional, and so is the main clause it is attached to.
The strongest modality wins (see ``MODALITIES``). "zou"/"zouden" with a perfect infinitive
("zou ontvoerd zijn") is the reportative use: reported, not hypothetical.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kroniek.extract.events_lexicon import MODALITIES, ModalityCues

CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "acl", "csubj", "parataxis", "conj"}
ARGUMENT_DEPS = {"obj", "obl", "obl:arg", "nmod", "nsubj", "nsubj:pass", "iobj", "obl:agent"}
MAX_WALK = 8


COPULAS = frozenset({"is", "was", "blijft", "bleef", "lijkt"})
# relatives that introduce what a proposal, plan or deal says ("een plan waarin ...")
CONTENT_RELATIVES = frozenset({"waarin", "waarbij", "volgens"})


def _verb_children(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop", "advmod", "mark",
                                                    "det", "advmod:neg", "advcl")]


def _verb_forms(lemmas: tuple[str, ...]) -> tuple[str, ...]:
    """The lemmas to look up: a separable verb's own ("uitspreken"), never the bare verb
    ("spreken" is another verb)."""
    return lemmas[1:] if len(lemmas) > 1 else lemmas


class ModalityFinder:
    def __init__(self, cues: ModalityCues,
                 transparent: Callable[[Token], bool] = lambda token: False,
                 lemmas: Callable[[Token], tuple[str, ...]] = lambda token: (
                     token.lemma_.lower(),)) -> None:
        """``lemmas(verb)``: the verb's lemmas, with its separable particle ("riepen ... op"
        is "oproepen") when the caller can find it."""
        self.cues = cues
        self.transparent = transparent
        self.lemmas = lemmas

    def _first_cue(self, kind: str, words: tuple[str, ...]) -> str | None:
        """The modality of the first of ``words`` that is a cue of ``kind``."""
        return next((m for w in words if (m := self.cues.get(kind, w))), None)

    def _governor_cue(self, words: tuple[str, ...]) -> str | None:
        return self._first_cue("governor", words)

    def modality(self, trigger: Token, clause_heads: list[Token],
                 source_is: Callable[[Token], bool],
                 ignore: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
        """The modality and the cue words that gave it.

        ``clause_heads``: the trigger and the verbs that carry its tense (light verb, support
        verb). ``source_is(token)``: whether a reporting verb's subject is the event's source.
        ``ignore``: modalities the event type cannot have (a threat is conditional by nature:
        its condition does not make the threat itself conditional).
        """
        found: list[tuple[str, str]] = []
        for head in clause_heads:
            found.extend(self._local(head, is_trigger=head == trigger))
            if head != trigger and head.pos_ in ("VERB", "AUX"):
                # a light verb that is itself a cue: "beloofde militaire bijstand" is planned
                modality = self._governor_cue(_verb_forms(self.lemmas(head)))
                if modality:
                    found.append((modality, head.text))
        if trigger.pos_ in ("VERB", "AUX"):
            found.extend(self._negated_object(trigger))
        found.extend(self._governors(trigger, clause_heads, source_is))
        found.extend(self._left_governor(trigger))
        found.extend(self._whether(trigger))
        found.extend(self._conditions(trigger, clause_heads))
        found = [f for f in found if f[0] not in ignore]
        if not found:
            return "asserted", []
        best = min(found, key=lambda f: MODALITIES.index(f[0]))
        return best[0], [cue for modality, cue in found if modality == best[0]]

    def _local(self, head: Token, is_trigger: bool) -> list[tuple[str, str]]:
        found = []
        forms = {c.text.lower() for c in head.children if c.dep_ in ("aux", "aux:pass")}
        if forms & {"zou", "zouden"} and head.morph.get("VerbForm") == ["Part"] and not (
                forms & {"kunnen", "moeten", "willen", "mogen"}):
            found.append(("reported", "zou"))
            forms -= {"zou", "zouden"}
        for child in _verb_children(head):
            lower = child.text.lower()
            if child.dep_ in ("aux", "aux:pass") and lower in forms:
                modality = self.cues.get("aux", lower)
                if modality:
                    found.append((modality, lower))
            elif child.dep_.startswith("advmod") or child.dep_ == "det":
                modality = self.cues.get("negation", lower) or self.cues.get("adverb", lower)
                if modality:
                    found.append((modality, lower))
            elif child.dep_ == "advcl" and (modality := self.cues.get("adverb", lower)):
                found.append((modality, lower))  # "Naar verluidt"
            elif child.dep_ == "mark" and is_trigger and head.dep_ in ("advcl", "acl"):
                modality = self.cues.get("purpose", lower)  # "stuurde een fregat om ... te"
                if modality:
                    found.append((modality, lower))
        # "niet" is sometimes attached to the subject or an object right before the verb
        if not is_trigger and head.pos_ in ("NOUN", "PROPN"):
            return [f for f in found if f[0] != "denied" or f[1] == "geen"]
        return found

    def _governors(self, trigger: Token, clause_heads: list[Token],
                   source_is: Callable[[Token], bool]) -> list[tuple[str, str]]:
        found = []
        node = clause_heads[-1]
        child = node
        for _ in range(MAX_WALK):
            if node.head == node:
                break
            edge = node.dep_
            # relative clauses, independent clauses and finite adverbial clauses ("nu hij ...
            # heeft opgevoerd") keep their own modality; conditions are handled apart
            if edge == "acl:relcl" and any(c.lower_ in CONTENT_RELATIVES
                                           for c in node.children):
                # "een voorstel waarin Hamas gijzelaars vrijlaat": the proposal's content
                modality = self._governor_cue((node.head.lemma_.lower(), node.head.lower_))
                if modality:
                    found.append((modality, node.head.text))
            if edge in ("acl:relcl", "parataxis") or edge == "advcl" and not _infinitival(node):
                break
            child, node = node, node.head
            lemmas = self.lemmas(node) if node.pos_ in ("VERB", "AUX") else (
                node.lemma_.lower(),)
            lemma = lemmas[0]
            text = node.text.lower()
            modality = self._governor_cue((*_verb_forms(lemmas), text))
            if not modality and edge in ("obj", "nsubj:pass"):
                # "blokkeert steun aan Oekraïne": only what is blocked, not what came before
                modality = self._first_cue("object_governor", _verb_forms(lemmas))
            negated = next((c for c in node.children if c.dep_.startswith("advmod")
                            and self.cues.get("negation", c.text.lower())), None)
            turned = negated is not None and self._first_cue("negated_governor",
                                                             _verb_forms(lemmas))
            if turned:  # "sluit niet uit dat ...": possible, not denied
                found.append((turned, f"{negated.text} {node.text}"))
                break
            if modality:
                found.append((modality, node.text))
            if edge in ("csubj", "ccomp"):
                found.extend(self._subject_noun_cue(node))
            elif node.pos_ in ("NOUN", "PROPN") and not self.transparent(node):
                # a trigger inside another noun's phrase is a reference ("het verhaal van de
                # aanval"), not the content of what governs that noun
                break
            reporting = self.cues.get("reporting", lemma)
            if reporting and edge in ("ccomp", "xcomp"):
                subjects = [c for c in node.children if c.dep_ == "nsubj"
                            or c.dep_ in ("obl", "obj") and c.i > node.i]
                if not any(source_is(s) for s in subjects):
                    found.append((reporting, node.text))
            if edge in ("ccomp", "xcomp") or modality:
                for c in node.children:
                    neg = self.cues.get("negation", c.text.lower())
                    if neg and c.dep_.startswith("advmod") and c != child:
                        found.append((neg, f"{c.text} {node.text}"))
            for c in node.children:
                if c.dep_ == "obl" and any(self.cues.get("source", g.text.lower())
                                           for g in c.children if g.dep_ == "case"):
                    found.append(("reported", "volgens"))
        found.extend(self._motives(trigger, clause_heads))
        # "volgens X" on the trigger's own clause
        for head in clause_heads:
            for c in head.children:
                if c.dep_ in ("obl", "nmod") and any(
                        self.cues.get("source", g.text.lower()) for g in c.children
                        if g.dep_ == "case"):
                    found.append(("reported", "volgens"))
        # ", aldus X" / ", zei X" after a direct statement
        for c in trigger.sent.root.children:
            if c.dep_ == "parataxis" and self.cues.get("reporting", c.lemma_.lower()):
                subjects = [s for s in c.children if s.dep_ in ("nsubj", "obj", "obl")]
                if trigger.sent.root in (clause_heads[-1], *clause_heads[-1].ancestors) and \
                        not any(source_is(s) for s in subjects):
                    found.append(("reported", c.text))
        return found

    def _subject_noun_cue(self, host: Token) -> list[tuple[str, str]]:
        """"Er zijn (geen) aanwijzingen dat ...": the dat-clause hangs on "zijn", the noun it
        belongs to is that verb's subject."""
        found = []
        for c in host.children:
            if c.dep_ != "nsubj" or c.pos_ != "NOUN":
                continue
            modality = self._governor_cue((c.lemma_.lower(), c.text.lower()))
            if modality:
                found.append((modality, c.text))
                if any(g.dep_ == "det" and self.cues.get("negation", g.text.lower())
                       for g in c.children):
                    found.append(("denied", f"geen {c.text}"))
        return found

    def _whether(self, trigger: Token) -> list[tuple[str, str]]:
        """"Het is onduidelijk of ...", "de vraag is of ...": a trigger after "of" preceded
        by a word of doubt (``whether`` cues), however the parser attached the clause."""
        sent = trigger.sent
        for t in sent:
            if t.i >= trigger.i:
                break
            if t.lower_ == "of" and t.i > sent.start:
                before = trigger.doc[t.i - 1]
                if before.lower_ in COPULAS and before.i > sent.start:
                    before = trigger.doc[before.i - 1]  # "de vraag is of"
                modality = self._first_cue("whether", (before.lower_, before.lemma_.lower()))
                if modality and not any(u.text in (";", ":") for u in trigger.doc[t.i:trigger.i]):
                    return [(modality, f"{before.text} of")]
        return []

    def _motives(self, trigger: Token, clause_heads: list[Token]) -> list[tuple[str, str]]:
        """"uit angst om Rusland te provoceren tot een invasie": a motive phrase ("uit angst",
        "uit vrees") on a clause the trigger is in, however the parser attached it."""
        found = []
        path = [*clause_heads, *list(clause_heads[-1].ancestors)[:3]]
        for node in path:
            if node.dep_ in ("acl:relcl", "parataxis"):
                break
            for c in node.children:
                if c.dep_ not in ("obl", "nmod", "advcl") or c in path or c.i > trigger.i:
                    continue
                if not any(g.dep_ == "case" and g.text.lower() == "uit" for g in c.children):
                    continue
                modality = self._governor_cue((c.lemma_.lower(), c.text.lower()))
                if modality:
                    found.append((modality, c.text))
        return found

    def _left_governor(self, trigger: Token) -> list[tuple[str, str]]:
        """"de vrees voor een invasie" however the parser attached the trigger."""
        i = trigger.i - 1
        sent = trigger.sent
        while i >= sent.start and trigger.doc[i].pos_ in ("DET", "ADJ", "NUM"):
            i -= 1
        if i - 1 < sent.start or trigger.doc[i].pos_ != "ADP":
            return []
        noun = trigger.doc[i - 1]
        modality = self._governor_cue((noun.lemma_.lower(), noun.text.lower()))
        return [(modality, noun.text)] if modality and noun.pos_ in ("NOUN", "ADJ") else []

    def _negated_object(self, head: Token) -> list[tuple[str, str]]:
        """"geen troepen sturen": "geen" on the object negates the act."""
        return [("denied", "geen") for c in head.children
                if c.dep_ in ("obj", "nsubj:pass") for g in c.children
                if g.dep_ == "det" and self.cues.get("negation", g.text.lower())]

    def _surface_condition(self, trigger: Token) -> list[tuple[str, str]]:
        """Without the parse: "Als X ..., (dan) Y" and "Y als X <verb>" make both conditional.

        The condition reaches the trigger when the trigger is inside the condition clause,
        when the condition opens the sentence, or when it follows the trigger's own clause
        with no clause boundary between them ("Hij dreigde ermee, dat hij zou vertrekken als
        ...": the threat itself is no condition). A verb in a relative clause ("religieuzen
        als X en Y die ... worden") does not make "als" a condition.
        """
        sent = _full_sentence(trigger)
        for t in sent:
            lower = t.text.lower()
            inverted = self.cues.get("inverted", lower) and t.i <= sent.start + 1
            if not (self.cues.get("mark", lower) or inverted):
                continue
            end = next((u.i for u in sent if u.i > t.i and u.text in (",", ";", ":")),
                       sent.end)
            clause = t.doc[t.i + 1:end]
            verbs = []
            for u in clause:
                if "Rel" in u.morph.get("PronType") or u.pos_ == "SCONJ":
                    break
                if u.pos_ in ("VERB", "AUX") and u.morph.get("VerbForm") != ["Part"]:
                    verbs.append(u)
            if not (verbs or inverted):
                continue
            first = t.i <= sent.start + 1 or all(
                u.is_punct or u.pos_ in ("CCONJ", "ADV") for u in t.doc[sent.start:t.i])
            inside = t.i < trigger.i < end
            before = trigger.i < t.i and not any(
                u.text in (",", ";", ":") or u.pos_ == "SCONJ" or "Rel" in u.morph.get(
                    "PronType") for u in t.doc[trigger.i + 1:t.i])
            if first or inside or before:
                return [("conditional", lower)]
        return []

    def _conditions(self, trigger: Token, clause_heads: list[Token]) -> list[tuple[str, str]]:
        found = self._surface_condition(trigger)
        path = [*clause_heads, *list(clause_heads[-1].ancestors)[:MAX_WALK]]
        for node in path:
            # the trigger inside a condition clause
            if node.dep_ == "advcl" and self._is_condition(node):
                found.append(("conditional", "als"))
            # a condition clause attached to a clause on the path
            for c in node.children:
                if c.dep_ == "advcl" and c not in path and self._is_condition(c):
                    found.append(("conditional", "als"))
        return found

    def _is_condition(self, clause: Token) -> bool:
        """Whether an adverbial clause is a condition ("als Rusland ... pleegt")."""
        tokens = list(clause.subtree)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            # "als geldschieter" is a role, not a condition; but the parser may have split
            # "als Rusland | daden van agressie pleegt": then a verb clause follows
            after = clause.doc[tokens[-1].i + 1:min(tokens[-1].i + 7, clause.sent.end)]
            if not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "ccomp")
                       for t in after):
                return False
        first = tokens[0].text.lower()
        if self.cues.get("mark", first) or self.cues.get("inverted", first):
            return True
        own = [c for c in clause.children if c.dep_ == "mark"]
        if own:  # "dat hij zou vertrekken als ...": a dat-clause holding a condition is none
            return any(self.cues.get("mark", c.text.lower()) for c in own)
        return any(t.dep_ == "mark" and self.cues.get("mark", t.text.lower())
                   and t.head in (clause, *clause.children) for t in tokens)


def _infinitival(clause: Token) -> bool:
    """An "om ... te" or "te" clause: it shares its governor's modality."""
    return any(c.dep_ == "mark" and c.text.lower() in ("te", "om") for c in clause.children) \
        or clause.morph.get("VerbForm") == ["Inf"] or clause.pos_ == "NOUN"


def _full_sentence(token: Token) -> Span:
    """The token's sentence, joined to the sentences before it that do not end in a full stop
    (a parser may split "Als Rusland | Oekraïne binnenvalt, ...")."""
    doc = token.doc
    sent = token.sent
    start = sent.start
    while start > 0:
        prev = doc[start - 1]
        if prev.text in (".", "!", "?", "…", ";", ":") or prev.is_space or "\n" in prev.text:
            break
        start = prev.sent.start
    return doc[start:sent.end]
