"""The ``kroniek_events`` component: PLOVER events with modality (``doc._.events``).

Each sentence is searched for triggers (``data/lang/nl/event_triggers.tsv``: verbs matched on
their lemma with a separable particle joined back on, "roept ... terug" is "terugroepen";
nouns on lemma, form or the last part of a compound). A trigger's ``requires`` column keeps
ambiguous words out ("sturen" needs a force noun, "spreken" needs "met X"). The actors come
from the dependency tree (``kroniek.extract.events_actors``):

- verbs: the subject is the source and the object (or a "tegen"/"met"/"aan"/... phrase, see
  ``event_roles.tsv``) the target; in the passive the "door X" agent is the source and the
  subject the target; a te-infinitive or a conjunct without a subject takes its governor's
  ("besloot ... terug te roepen");
- nouns: a possessive, a country adjective ("Israëlische aanval") or a "van"/"door" phrase is
  the source, a "tegen"/"op"/... phrase the target; the subject of a light verb is the source
  of its object noun ("hij heeft zijn dreiging opgevoerd"), the subject of "krijgen" its
  target; "tussen A en B" gives both;
- a place after a locative preposition ("in Kiev") is the event's place, never an actor; a
  build-up "in het grensgebied met X" is aimed at X; the actor a conditional threat or
  build-up is aimed at is the subject of its condition ("als Rusland ... pleegt").

Modality comes from ``kroniek.extract.events_modality``; codes, CAMEO and intensity from the
ontology (``data/ontology/plover.tsv``, or the file given as ``ontology_path``). Coordinated
actors are one actor with ``members``. Sentences from sports reporting (``offdomain`` words)
keep a conflict or talks event only when a government, military, police or rebel actor takes
part. ``confidence`` grows with how the actors were found: both from the dependency tree and
linked to entities is high, none or from a pronoun is low.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kroniek.extract import events_syntax as syntax
from kroniek.extract.base import ensure_extensions, run_per_sentence
from kroniek.extract.events_actors import ActorFinder, sector_nouns
from kroniek.extract.events_lexicon import (
    ModalityCues,
    Ontology,
    RoleWords,
    Trigger,
    TriggerLexicon,
    load_modality_cues,
    load_ontology,
    load_roles,
    load_triggers,
)
from kroniek.extract.events_modality import ModalityFinder
from kroniek.extract.events_syntax import AUX_LEMMAS, NOMINAL_DEPS, PARTICLES

COMPONENT = "kroniek_events"
AGE = re.compile(r"^\d+-jarige?$")
COUNTED_TYPES = {"MOBILIZE", "ASSAULT", "COERCE", "PROTEST", "RETREAT", "AID", "SANCTION"}
WEAK_IN_SPORTS = {"ASSAULT", "PROTEST", "REJECT", "SUPPORT", "MOBILIZE", "CONSULT", "THREATEN",
                  "COERCE", "REQUEST", "CONCEDE", "ACCUSE", "AGREE", "SANCTION"}
COMPLEMENT_TARGET_TYPES = {"THREATEN", "ACCUSE"}
# "eist de vrijlating van de journalist": the journalist is not the one asked
OWNER_IS_NO_TARGET = {"REQUEST"}
# "verwierp het voorstel van Turkije": what is accepted or refused belongs to the target
OWNER_OF_THEME = {"REJECT", "AGREE", "SUPPORT"}
# "viel doelen in Libanon aan": the country where the things attacked are is the target
PLACE_IS_TARGET = {"ASSAULT", "COERCE"}
# modes that sports reporting never uses as a metaphor ("een aanval" can be a football
# attack; "een ontvoering" is always one)
LITERAL_MODES = {"abduct", "kill", "mass"}
STRONG_SECTORS = {"GOV", "MIL", "COP", "REB", "INS", "IGO", "SPY", "LEG", "JUD"}
PATIENT_VAN = {("COERCE", None), ("ASSAULT", "abduct"), ("ASSAULT", "kill"),
               ("ASSAULT", "physical"), ("RETREAT", "release"), ("COOPERATE", "judicial"),
               ("ACCUSE", None)}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
# prepositions of a time, cause or circumstance: "na de inval" is no argument of the verb
ADJUNCT_PREPS = frozenset({"na", "voor", "vóór", "tijdens", "sinds", "ondanks", "wegens",
                           "vanwege", "bij", "rond", "om", "zonder"})
# an agentless passive of these types ("er worden troepen gestuurd") takes its agent from
# the sentence before, if that sentence's subject is one of these sectors or a linked entity
IMPLICIT_AGENT_TYPES = {"MOBILIZE", "AID", "SANCTION", "RETREAT"}
AGENT_SECTORS = {"GOV", "MIL", "IGO"}
# verbal events that a quote's cue can be: its speaker is the source
SPEECH_TYPES = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONCEDE",
                "CONSULT", "PROTEST"}
CLAUSE_WORDS = {"dat", "of", "te"}
EXPLETIVES = {"er", "het", "dat", "dit", "wat", "die", "welke"}
RELATIVES = {"die", "welke", "wie"}
POSSESSIVES = {"zijn", "haar", "hun"}


@Language.factory(COMPONENT, default_config={
    "ontology_path": None, "triggers_path": None, "roles_path": None, "cues_path": None,
    "min_confidence": 0.0})
def make_events(nlp: Language, name: str, ontology_path: str | None, triggers_path: str | None,
                roles_path: str | None, cues_path: str | None,
                min_confidence: float) -> Callable[[Doc], Doc]:
    return EventCoder(load_ontology(ontology_path), load_triggers(triggers_path),
                      load_roles(roles_path), load_modality_cues(cues_path), min_confidence)


class EventCoder:
    def __init__(self, ontology: Ontology, triggers: TriggerLexicon, roles: RoleWords,
                 cues: ModalityCues, min_confidence: float = 0.0) -> None:
        ensure_extensions()
        self.ontology = ontology
        self.triggers = triggers
        self.roles = roles
        self.cues = cues
        self.modality = ModalityFinder(cues, lambda t: roles.has("transparent", t.lemma_),
                                       lambda t: syntax.separable_lemmas(t, stranded=True))
        self.people = roles.words("person")
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        actors = ActorFinder(doc, self.people)
        events = run_per_sentence(doc, COMPONENT, lambda sent: self.sentence_events(sent,
                                                                                   actors))
        doc._.events = [e for e in events if e["confidence"] >= self.min_confidence]
        return doc

    # -- triggers -------------------------------------------------------------------------
    def sentence_events(self, sent: Span, actors: ActorFinder) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        words = {t.text.lower() for t in sent} | {t.lemma_.lower() for t in sent}
        offdomain = bool(words & self.roles.words("offdomain"))
        for token in sent:
            trigger = self.match(token)
            if trigger is None or trigger.type not in self.ontology.types:
                continue
            event = EventBuilder(self, token, trigger, actors).build()
            if event is None:
                continue
            if offdomain and trigger.type in WEAK_IN_SPORTS and \
                    trigger.mode not in LITERAL_MODES and not _strong_actor(event):
                continue
            found.append(event)
        return _dedupe(found)

    def match(self, token: Token) -> Trigger | None:
        if token.pos_ in ("PUNCT", "SYM", "NUM", "DET", "ADP", "CCONJ", "SCONJ", "PRON"):
            return None
        verbal = token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT" and token.pos_ != "NOUN"
        if token.pos_ == "NOUN" and not verbal:
            # a verb mistagged as a noun: it has auxiliaries and no determiner ("is afgetreden")
            deps = {c.dep_ for c in token.children}
            # or the root of its sentence with a subject ("Betogers protesteerden ...")
            verbal = bool(deps & {"aux", "aux:pass"} or token.dep_ == "ROOT" and "nsubj" in deps
                          or syntax.past_tense_form(token) or syntax.perfect_participle(token)
                          ) and not deps & {"det", "nmod:poss", "cop"}
        if syntax.in_a_name(token):
            return None
        lemma, lower = token.lemma_.lower(), token.text.lower()
        if self.roles.has("no_trigger", lower) or self.roles.has("no_trigger", lemma):
            return None
        words: list[str] = []
        if verbal:
            particles = [c.text.lower() for c in token.children
                         if c.dep_ == "compound:prt" and c.text.lower() in PARTICLES]
            stranded = syntax.stranded_particle(token)
            if stranded and stranded not in particles:
                particles.append(stranded)
            words += [p + lemma for p in particles]
            # "terug te roepen": the particle glued to the infinitive or participle
        words += [lemma, lower]
        candidates: list[Trigger] = []
        for word in dict.fromkeys(words):
            candidates += self.triggers.lookup(word)
        # the last part of a compound noun, also of one the tagger took for a verb
        # ("importheffingen" as a subject)
        if not candidates and (token.pos_ in ("NOUN", "PROPN", "X") or token.dep_ in
                               NOMINAL_DEPS and "Fin" not in token.morph.get("VerbForm")):
            candidates = self.triggers.compound_head(lower) or self.triggers.compound_head(
                lemma)
        nominalized = token.morph.get("VerbForm") == ["Inf"] and any(
            c.dep_ == "det" for c in token.children)  # "het aftreden van X"
        if nominalized and any(t.pos == "noun" for t in candidates):
            candidates = [t for t in candidates if t.pos == "noun"]
        for trigger in candidates:
            if trigger.pos == "verb" and not verbal and token.pos_ in ("NOUN", "PROPN"):
                continue
            if trigger.pos == "verb" and token.dep_ == "amod" and token.i < token.head.i \
                    and not token.lower_.endswith("nde"):
                continue  # "erkende organisaties": a past participle as an adjective
            if trigger.type == "THREATEN" and trigger.pos == "verb" and self._danger(token):
                continue  # "dreigde haar baan te verliezen": in danger of, no threat
            if trigger.pos == "noun" and verbal and not any(
                    c.dep_ == "det" for c in token.children) and token.dep_ not in NOMINAL_DEPS:
                continue  # a verb, unless it stands where a noun does ("legde X sancties op")
            if trigger.extra and not all(_has_dependent(token, w, depth=1)
                                         for w in trigger.extra):
                continue
            if trigger.requires and not any(all(self._holds(token, part)
                                                for part in r.split("+"))
                                            for r in trigger.requires):
                continue
            return trigger
        return None

    def _danger(self, verb: Token) -> bool:
        """Whether the te-infinitive under "dreigen" makes it "be in danger of": a verb of
        danger ("dreigt te mislukken") or a passive ("dreigt gebanaliseerd te worden")."""
        infinitives = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                       and any(g.lower_ == "te" for g in c.children)]
        if verb.dep_ == "aux":
            infinitives.append(verb.head)  # "dreigt" parsed as the infinitive's aux
        return any(
            self.roles.has("danger", syntax.separable_lemmas(c, stranded=True)[-1])
            or any(a.dep_ == "aux:pass" and a.lemma_ == "worden" for a in c.children)
            or c.dep_ == "xcomp" and c.head.lemma_ == "worden"  # "te worden" as the head
            for c in infinitives)

    def _holds(self, token: Token, requirement: str) -> bool:
        if requirement.startswith("!"):  # "!verantwoordelijkheid": that word is absent
            return not self._holds(token, requirement[1:])
        scope = _scope(token)
        if requirement.startswith("prep:"):
            prep = requirement[5:]
            # never a time phrase: "Op 28 december werd het gelanceerd"
            return any(c.dep_ in ("case", "mark") and c.text.lower() == prep
                       and not syntax.in_time(t) for t in scope for c in t.children) or any(
                t.text.lower() == prep and t.dep_ in ("case", "mark") and not syntax.in_time(t.head)
                for t in scope)
        if requirement.startswith("@"):
            role = requirement[1:]
            if role == "political":
                return self._political(token)
            if any(self.roles.has(role, t.text) or self.roles.has(role, t.lemma_)
                   or "-" in t.text and self.roles.has(role, t.text.rsplit("-", 1)[1])
                   or t.pos_ in ("NOUN", "PROPN") and self._role_compound(role, t.lower_)
                   for t in scope if t != token):
                return True  # "Taurus-raketten" is "raketten", "expeditieleger" "leger"
            if role == "person" and any(
                    t.pos_ == "PROPN" or AGE.match(t.text) or t.lemma_.lower() in sector_nouns()
                    or t.text.lower() in sector_nouns() for t in scope if t != token
                    and t.head == token and t.dep_ in ("obj", "nsubj:pass", "nsubj", "amod")):
                return True  # "een 30-jarige Rotterdammer", "Montesinos", "een journalist"
            if role in ("person", "place") and token.doc._.entities:
                label = "PER" if role == "person" else None
                # the trigger's own dependents: "Sharon weigert ... zolang het geweld
                # aanhoudt" has no person under "aanhoudt"
                spans = {(t.idx, t.idx + len(t)) for t in scope
                         if t != token and (t.head == token or t.head.head == token)}
                for entity in token.doc._.entities:
                    if label and entity.get("type") != label:
                        continue
                    if not label and entity.get("type") not in ("GPE", "LOC"):
                        continue
                    for m in entity["mentions"]:
                        if any(m["start"] <= s < m["end"] for s, _ in spans):
                            return True
            return False
        if requirement in CLAUSE_WORDS:
            # "waarschuwde gisteren dat ...": the complementizer right after the verb,
            # however the parser attached it
            sent = token.sent
            for t in token.doc[token.i + 1:min(token.i + 5, sent.end)]:
                if t.text.lower() == requirement:
                    return True
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    break
        # the verb right after a noun in a verb-final clause, however it was attached
        # ("heeft maandag overleg gevoerd")
        window = [t for t in token.doc[token.i + 1:min(token.i + 3, token.sent.end)]
                  if t.pos_ in ("VERB", "AUX")] if token.pos_ in ("NOUN", "PROPN") else []
        return any(t != token and (t.lemma_.lower() == requirement
                                       or t.text.lower() == requirement
                                       or syntax.compound_of(t, requirement)
                                       or t.pos_ in ("VERB", "AUX") and requirement in
                                       syntax.separable_lemmas(t, stranded=True))
                   for t in (*scope, *window))

    def _role_compound(self, role: str, word: str) -> bool:
        """Whether ``word`` is a compound ending in a role word of five letters or more."""
        return any(len(word) > len(w) + 2 and word.endswith(w)
                   for w in self.roles.words(role) if len(w) >= 5)

    def _political(self, token: Token) -> bool:
        sent = token.sent
        if any(self.roles.has("political", t.text) or self.roles.has("political", t.lemma_)
               for t in sent):
            return True
        for entity in token.doc._.entities or []:
            country = entity.get("type") == "GPE" and not entity["id"].startswith("kr:geonames")
            if country or entity.get("sector") in STRONG_SECTORS:
                if any(sent.start_char <= m["start"] < sent.end_char for m in
                       entity["mentions"]):
                    return True
        return False


def _scope(token: Token) -> list[Token]:
    """The trigger's dependents two levels down, its head and the head's dependents."""
    out = []
    for child in token.children:
        out.append(child)
        out.extend(child.children)
    if token.head != token:
        out.append(token.head)
        out.extend(c for c in token.head.children if c != token)
    return out


def _has_dependent(token: Token, word: str, depth: int = 2) -> bool:
    level = [token]
    for _ in range(depth):
        level = [c for t in level for c in t.children]
        for t in level:
            if t.text.lower() == word or t.lemma_.lower() == word or t.text.lower().startswith(
                    word[:-1]) and len(word) > 5:
                return True
    return False


def _strong_actor(event: dict[str, Any]) -> bool:
    for role in ("source", "target"):
        actor = event.get(role)
        if actor and (actor.get("sector") in STRONG_SECTORS or actor.get("country") == "IGO"):
            return True
    return False


def _dedupe(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One event per type per clause: a noun trigger under a verb trigger of the same type,
    or two triggers of one sentence that code the same type, mode, source and target
    ("hebben hulpgoederen gestuurd", however the parse attached the noun)."""
    out: list[dict[str, Any]] = []
    for event in sorted(events, key=lambda e: -_filled(e)):
        if any(o["type"] == event["type"] and (event["_token"] in o["_related"]
                                               or o["_token"] in event["_related"]
                                               or _same_coding(o, event))
               for o in out):
            continue
        out.append(event)
    out.sort(key=lambda e: e["trigger"]["start"])
    for event in out:
        del event["_token"], event["_related"]
    return out


def _same_actor(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return (a["entity"] or a["text"]) == (b["entity"] or b["text"])


def _same_coding(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["mode"] != b["mode"]:
        return False
    if b["source"] is None and b["target"] is None:
        return True  # the same coding, only less complete
    return a["source"] is not None and _same_actor(a["source"], b["source"]) and (
        b["target"] is None or _same_actor(a["target"], b["target"]))


def _filled(event: dict[str, Any]) -> int:
    return (event["source"] is not None) + (event["target"] is not None)


class EventBuilder:
    """Builds the event of one trigger."""

    def __init__(self, coder: EventCoder, token: Token, trigger: Trigger,
                 actors: ActorFinder) -> None:
        self.coder = coder
        self.roles = coder.roles
        self.token = token
        self.trigger = trigger
        self.actors = actors
        self.type = trigger.type
        self.source: dict[str, Any] | None = None
        self.target: dict[str, Any] | None = None
        self.theme: Token | None = None
        self.clause_heads = [token]
        self.used: set[int] = set()  # token indices that are actors
        self.passive = False

    # -- actors -----------------------------------------------------------------------------
    def _actor(self, token: Token | None, how: str = "dependency") -> dict[str, Any] | None:
        if token is None or token.text.lower() in EXPLETIVES and token.pos_ != "PRON" or (
                token.text.lower() in ("er", "dat", "wat", "dit")):
            return None
        if self._locative(token) or syntax.in_time(token):  # "heeft dinsdag ... aangevallen"
            return None
        if token.text.lower() in ("die", "welke", "wie"):
            antecedent = syntax.antecedent(token)
            if antecedent is not None and self.actors.actor(antecedent) is None:
                # the parse chose a noun that is no actor: the nearest noun before the
                # pronoun ("schermutselingen met de politie, die ...")
                antecedent = syntax.antecedent(token, linear=True) or antecedent
            if antecedent is None:
                return None
            token = antecedent
        actor = self.actors.actor(token, how)
        if actor is not None:
            self.used.add(token.i)
        return actor

    def _locative(self, token: Token) -> bool:
        return any(c.dep_ == "case" and self.roles.has("locative_prep", c.text, self.type)
                   and not self.roles.has("target_prep", c.text, self.type)
                   and not syntax.approximation(c) for c in token.children)

    def _case(self, token: Token) -> str | None:
        cases = [c.text.lower() for c in token.children if c.dep_ in ("case", "fixed")]
        return cases[0] if cases else None

    def _owner_actor(self, noun: Token) -> dict[str, Any] | None:
        """The actor of the noun's van-phrase ("het voorstel van Turkije")."""
        owner = next((c for c in noun.children if c.dep_ == "nmod"
                      and self._case(c) == "van"), None)
        return self._actor(owner) if owner is not None else None

    def _prep_actors(self, head: Token) -> None:
        for child in head.children:
            if child.i in self.used and child.i != head.i:
                continue  # already the subject ("Zelensky" parsed as an adverb)
            # any prepositional phrase of a name, whatever label the parse gave it
            if child.dep_ not in ("obl", "nmod", "obl:arg", "obl:agent", "iobj") and not (
                    child.pos_ in ("NOUN", "PROPN") and child.dep_ in ("xcomp", "advmod")):
                continue
            case = self._case(child)
            # a recipient without a preposition: "wil Oekraïne geen tanks leveren"
            recipient = child.dep_ == "iobj" or child.dep_ == "advmod" and case is None and (
                self.trigger.obj == "theme" and child.pos_ in ("NOUN", "PROPN")
                and bool(self.actors.index.covering(child.idx, child.idx + len(child))))
            if recipient and self.target is None:
                self.target = self._actor(child)
            elif case is None:
                continue
            elif case == "door" or child.dep_ == "obl:agent" and case in (None, "door"):
                self.source = self.source or self._actor(child)
            elif self.roles.has("between_prep", case):
                self._between(child)
            elif self.roles.has("target_prep", case, self.type) and self.target is None:
                if self.roles.has("border_noun", child.text) or self.roles.has(
                        "border_noun", child.lemma_):
                    continue
                # "tegen het beleid van minister X": X is the target
                actor = self._actor(child) or self._owner_actor(child)
                if actor is not None and not _is_region(actor):
                    self.target = actor
            if self.roles.has("border_noun", child.lemma_) or self.roles.has(
                    "border_noun", child.text):
                self._border(child)

    def _country_of_place(self, noun: Token, countries_only: bool = False
                          ) -> dict[str, Any] | None:
        """The country in "doelen in Libanon", as an actor (with ``countries_only``, never a
        city: "een aanslag in Parijs" names the place, not the one attacked)."""
        for child in noun.children:
            if child.dep_ in ("nmod", "obl") and self._case(child) == "in":
                # "in het zuiden van Libanon": the country of the part
                part_of = next((g for g in child.children if g.dep_ == "nmod"
                                and self._case(g) == "van" and g.pos_ == "PROPN"), None)
                place = part_of if part_of is not None and child.pos_ == "NOUN" else child
                actor = self.actors.actor(place, coordinate=False)  # a place as an actor
                if countries_only and actor is not None and str(
                        actor.get("entity") or "").startswith("kr:geonames"):
                    continue
                if actor is not None and (actor.get("type") == "GPE" or actor.get("country")
                                          and not _is_region(actor)):
                    self.used.add(child.i)
                    actor["how"] = "place"
                    return actor
        return None

    def _theme_target(self, theme: Token) -> None:
        """A target phrase the parse hung under what is moved ("vuurde raketten af op
        Noord-Israël")."""
        for child in theme.children:
            case = self._case(child)
            if child.dep_ in ("nmod", "obl") and case and self.roles.has(
                    "target_prep", case, self.type) and not self.roles.has(
                    "locative_prep", case, self.type):
                actor = self._actor(child)
                if actor is not None and not _is_region(actor):
                    self.target = actor
                    return

    def _border(self, noun: Token) -> None:
        if self.target is not None:
            return
        for child in noun.subtree:
            if child == noun or child.dep_ not in ("nmod", "appos", "obl"):
                continue
            if self._case(child) in ("met", "van") or child.head.dep_ == "nmod":
                actor = self.actors.actor(child)
                if actor and actor["entity"]:
                    self.target = actor
                    return
        # however the parser attached it: the first named actor after "met"/"van"
        doc = noun.doc
        nxt = noun.i + 1
        if nxt < noun.sent.end and doc[nxt].text.lower() in ("met", "van"):
            end = next((t.i for t in doc[nxt:noun.sent.end] if t.is_punct), noun.sent.end)
            for actor in self.actors.mentions_in(doc[nxt].idx, doc[end - 1].idx + len(
                    doc[end - 1])):
                if actor["entity"] and not _is_region(actor):
                    self.target = actor
                    return

    def _between(self, child: Token) -> None:
        """"tussen A en B": the mentions in the phrase, first the source, then the target."""
        tokens = sorted(child.subtree, key=lambda t: t.i)
        start = tokens[0].idx
        # the parser often attaches the second party elsewhere: read on to the phrase's end
        end_token = tokens[-1]
        sent = child.sent
        i = end_token.i + 1
        while i < sent.end and sent.doc[i].pos_ in ("NOUN", "ADJ", "CCONJ", "PROPN", "DET") \
                and sent.doc[i].dep_ not in ("ROOT",):
            end_token = sent.doc[i]
            i += 1
        self._between_range(start, end_token.idx + len(end_token))

    def _between_range(self, start: int, end: int) -> None:
        found = self.actors.mentions_in(start, end)
        distinct: list[dict[str, Any]] = []
        for actor in found:
            if not any(a["entity"] == actor["entity"] for a in distinct):
                distinct.append(actor)
        if distinct and self.source is None:
            self.source = distinct.pop(0)
            self.source["how"] = "between"
        if distinct and self.target is None:
            self.target = distinct[0]
            self.target["how"] = "between"

    def _is_force(self, token: Token) -> bool:
        return any(self.roles.has("force", t.text) or self.roles.has("force", t.lemma_)
                   for t in (token, *(c for c in token.children if c.dep_ == "conj")))

    def _between_after(self, noun: Token) -> None:
        """"gesprekken tussen A en B" however the parser attached "tussen"."""
        if self.source is not None and self.target is not None:
            return
        sent = noun.sent
        for i in range(noun.i + 1, min(noun.i + 3, sent.end)):
            tussen = noun.doc[i]
            if not self.roles.has("between_prep", tussen.text):
                continue
            end = tussen
            j = i + 1
            while j < sent.end and noun.doc[j].pos_ in ("NOUN", "ADJ", "CCONJ", "PROPN", "DET",
                                                          "NUM") or (
                    j < sent.end and noun.doc[j].text == ","):
                end = noun.doc[j]
                j += 1
            self._between_range(tussen.idx, end.idx + len(end))
            return

    def _adjacent_phrase(self, noun: Token, van_patient: bool) -> None:
        """"aanval op Taiwan" however the parser attached "op Taiwan"."""
        doc = noun.doc
        i = noun.i + 1
        if i + 1 >= noun.sent.end or doc[i].pos_ != "ADP":
            return
        case = doc[i].text.lower()
        phrase = doc[i + 1]
        while phrase.pos_ in ("DET", "ADJ", "NUM") and phrase.i + 1 < noun.sent.end:
            phrase = doc[phrase.i + 1]
        if phrase.i in self.used or phrase.pos_ not in ("NOUN", "PROPN", "PRON"):
            return
        if self.roles.has("target_prep", case, self.type) and self.target is None:
            actor = self._actor(phrase)
            if actor is not None and not _is_region(actor):
                self.target = actor
        elif case in ("van", "door") and self.source is None and not van_patient:
            actor = None if self._is_force(phrase) else self._actor(phrase)
            if actor is not None:
                self.source = actor

    def _verb_actors(self) -> None:
        token = self.token
        if token.pos_ == "NOUN" and syntax.perfect_participle(token):
            self._participle_actors(token)
            return
        children = list(token.children)
        auxes = {c.lemma_.lower() for c in children if c.dep_.startswith("aux")}
        obj = next((c for c in children if c.dep_ == "obj"), None)
        borrowed = self._borrowed_object(token)
        if borrowed is not None:  # the first of two objects is the governing verb's
            obj = next((c for c in children if c.dep_ == "obj" and c != borrowed), None)
        participle = syntax.participle(token)
        # "is ontvoerd": "zijn" with the participle of a verb that takes an object is a
        # passive perfect; without an object ("is vertrokken", "is ... binnengevallen") not
        zijn_passive = participle and "zijn" in auxes and obj is None and \
            self.trigger.obj in ("target", "theme") and not self._unaccusative()
        passive = "hebben" not in auxes and (
            any(c.dep_ in ("nsubj:pass", "obl:agent") for c in children)
            or participle and "worden" in auxes or zijn_passive)
        self.passive = passive
        if obj is not None and (obj.lemma_.lower() in self.trigger.extra
                                or obj.text.lower() in self.trigger.extra):
            obj = None  # "verklaarde X de oorlog": "oorlog" is part of the trigger
        if obj is not None and syntax.the_country_left(token, obj):
            obj = None  # "zet twee diplomaten het land uit": the one expelled is the other
        if token.dep_ in ("xcomp", "ccomp", "obj") and token.head.lemma_.lower() in (
                "hebben", "zijn") and token.morph.get("VerbForm") == ["Inf"]:
            self.clause_heads.append(token.head)  # "heeft ... klaarstaan": one clause
        subj, subj_pass, rest = self._complex_subjects()
        shared = _shared_perfect_subject(token, subj)
        if shared is not None:  # "heeft X ontboden en twee diplomaten uitgewezen"
            obj, subj = obj or subj, shared
        if passive and subj_pass is None and subj is not None:
            subj_pass, subj = subj, None
        if not passive and subj_pass is not None:
            obj, subj_pass = obj or subj_pass, None  # "heeft ... troepen gestuurd": active
        second = None
        if not passive and obj is None and rest:
            # "FARC heeft 62 agenten vrijgelaten" with "agenten" as subject; with an
            # intransitive trigger a second name is still its target ("dreigt Israël met")
            obj = rest[0]
            second = obj if self.trigger.obj == "none" else None
        if subj is None and subj_pass is None:
            inherited = self._controller()
            if inherited is not None:
                if passive:
                    subj_pass = inherited
                else:
                    subj = inherited
        if self.trigger.obj == "none" and subj is None and obj is not None:
            subj, obj, second = obj, None, None  # "reisde de president naar ...": misparsed
        if subj is None and not passive:
            subj = self._position_subject() or self._fragment_subject()
            if subj is not None and subj == obj:  # two objects and no subject in the parse
                obj = next((c for c in children if c.dep_ == "obj" and c != subj), None)
        if subj_pass is None and passive:
            subj_pass = self._position_subject()
        if not passive and obj is None and self.trigger.obj == "target":
            obj = self._middle_field_object(subj)
        if not passive and obj is None and subj is not None and self.trigger.obj == "target":
            obj = self._flat_second_name(subj)
        patient = subj_pass if passive else obj
        if not passive:
            self.source = self._actor(subj)
        if patient is not None:
            if self.trigger.obj == "target" or passive and self.trigger.obj == "none" or \
                    patient is second:
                self.target = self._actor(patient)  # "zij is gedreigd met ...": the target
                if self.target is None and self.type not in OWNER_IS_NO_TARGET:
                    # "erkende de onafhankelijkheid van Congo": what belongs to the target
                    self.target = self._owner_actor(patient)
                    if self.target is None and self.type in PLACE_IS_TARGET:
                        self.target = self._country_of_place(patient)
            elif self.trigger.obj == "source":
                self.source = self.source or self._actor(patient)
            else:
                self.theme = patient
        self._prep_actors(token)
        if self.target is None and self.type in PLACE_IS_TARGET and self.source is not None:
            # "heeft doelen in Libanon aangevallen" with "in Libanon" on the verb
            place = self._country_of_place(token, countries_only=True)
            if place is not None and place.get("country") != self.source.get("country"):
                self.target = place
        if self.target is None and self.theme is not None:
            self._theme_target(self.theme)
        if self.target is None and self.theme is not None and self.type in OWNER_OF_THEME:
            # "sloeg het aanbod van Poetin af": the one whose offer it is
            self.target = self._owner_actor(self.theme)
        if passive and self.source is None:
            for child in token.sent:
                if child.text.lower() == "door" and child.dep_ == "case" and \
                        child.i > token.i - 8 and child.head.i not in self.used and \
                        not syntax.other_clause(child.head, token):
                    self.source = self._actor(child.head)
                    break

    def _fragment_subject(self) -> Token | None:
        """A sentence split by the parser ("Als Rusland | Oekraïne binnenvalt, ..."): the
        verbless fragment before the trigger's sentence ends in its subject."""
        sent = self.token.sent
        if sent.start == 0:
            return None
        last = self.token.doc[sent.start - 1]
        if last.is_punct or last.is_space or last.pos_ not in ("NOUN", "PROPN"):
            return None
        fragment = last.sent
        if any(t.pos_ in ("VERB", "AUX") for t in fragment) or self.token.i - sent.start > 6:
            return None
        head = syntax.phrase_head(last)
        return head if self.actors.actor(head) is not None else None

    def _middle_field_object(self, subj: Token | None) -> Token | None:
        """Without an object in the parse: the actor between the finite verb (or the subject)
        and the trigger that is not in a prepositional phrase ("Rusland heeft Oekraïne
        gisteren aangevallen")."""
        token = self.token
        finite = syntax.finite(token)
        start = finite.i + 1 if finite != token else token.sent.start
        if subj is not None:
            start = max(start, subj.right_edge.i + 1)
        doc = token.doc
        positions = list(range(start, token.i))
        if finite == token:
            # a finite trigger has its object after it, however the parser attached the
            # name ("beschuldigen China ervan een schip te hebben geramd")
            end = token.i + 1
            while end < token.sent.end and not (
                    doc[end].is_punct or doc[end].pos_ in ("SCONJ", "VERB", "AUX")
                    or doc[end].lower_ in ("te", "ervan", "erom", "erop", "ertoe")):
                end += 1
            positions += range(token.i + 1, end)
        for i in positions:
            t = doc[i]
            tagged_name = bool(self.actors.index.covering(t.idx, t.idx + len(t)))
            if t.pos_ not in ("NOUN", "PROPN", "ADJ", "X") and not (
                    tagged_name and t.pos_ in ("ADV", "VERB")) or t.i in self.used or \
                    syntax.in_time(t):
                continue
            if subj is not None and t in subj.subtree:
                continue
            j = i - 1
            while j >= start and doc[j].pos_ in ("DET", "ADJ", "NUM", "ADV"):
                j -= 1
            if j >= start and doc[j].pos_ == "ADP":
                continue  # "in Kiev", "met de politie"
            if t.pos_ == "ADJ" and not self.actors.index.covering(t.idx, t.idx + len(t)):
                continue  # an adjective is an actor only as a tagged name ("Oekraïne")
            if self.actors.actor(t, coordinate=False) is not None:
                return t
        return None

    def _flat_second_name(self, subj: Token) -> Token | None:
        """Two names in a row taken for one ("annexeerde Duitsland Oostenrijk"): the second,
        when it is another entity, is the object."""
        own = self.actors.index.covering(subj.idx, subj.idx + len(subj))
        if not own:
            return None
        for child in subj.children:
            # "annexeerde Duitsland Oostenrijk" (flat), "dat Rusland Oekraïne ... zal
            # aanvallen" (apposition without a comma)
            if child.dep_ == "flat" or child.dep_ == "appos" and child.i == subj.i + 1:
                theirs = self.actors.index.covering(child.idx, child.idx + len(child))
                if theirs and {id(r) for r in theirs}.isdisjoint(id(r) for r in own):
                    return child
        return None

    def _unaccusative(self) -> bool:
        return any(self.roles.has("unaccusative", w) for w in syntax.separable_lemmas(self.token))

    def _participle_actors(self, token: Token) -> None:
        """A participle tagged as a noun under the object of "hebben" ("De VS hebben hun
        ambassadeur teruggeroepen"): the subject and object of "hebben" are its own."""
        root = token.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        self.source = self._actor(subj) if subj is not None else None
        obj = token.head if token.head.dep_ == "obj" and token.head.head == root else None
        if obj is not None:
            if self.trigger.obj == "target":
                self.target = self._actor(obj)
            elif self.trigger.obj == "theme":
                self.theme = obj
        self.clause_heads.append(root)

    def _complex_subjects(self) -> tuple[Token | None, Token | None, list[Token]]:
        """The subject of the verbal complex: an nsubj (or nsubj:pass) of the trigger or of
        any auxiliary, copula or governing modal in it, whichever parse the parser chose.

        Times ("zaterdag") are no subjects. With several candidates the one in a subject
        position wins: right before the finite verb, or right after it. Returns the subject,
        the passive subject and the other nominal subjects of the trigger itself (in a
        middle-field position they are its object).
        """
        token = self.token
        complex_ = [token, *(c for c in token.children
                             if c.dep_ in ("aux", "aux:pass", "cop"))]
        if token.dep_ in ("xcomp", "ccomp", "obj") and (
                token.head.pos_ == "AUX" or token.head.lemma_.lower() in AUX_LEMMAS) or (
                token.dep_ == "aux" and token.head.pos_ in ("VERB", "AUX")):
            complex_.append(token.head)  # "moeten ... stoppen" parsed with the modal as head
        candidates = [c for node in complex_ for c in node.children
                      if c.dep_ in SUBJECT_DEPS and not syntax.in_time(c)
                      and (c.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ", "NUM")
                           or c.pos_ == "ADV" and self._named(c))  # "Biden" as an adverb
                      and not (c.text.lower() in EXPLETIVES and c.text.lower()
                               not in RELATIVES and not self._neuter_pronoun(c))]
        # "waarin Hamas dertig gijzelaars vrijlaat" parsed with "Hamas" under "gijzelaars"
        candidates += [g for c in list(candidates) for g in c.children
                       if g.dep_ == "nsubj" and g.i < c.i and g.pos_ == "PROPN"
                       and self._named(g)]
        finite = syntax.finite(token)
        fronted = self._fronted_name(finite, candidates) if finite in complex_ else None
        if fronted is not None:
            candidates.append(fronted)
        if not candidates:
            return None, None, []
        if syntax.subordinate(finite):  # verb-final: the subject comes first
            ranked = sorted(candidates, key=lambda c: c.i)
        else:
            # in a subject position both before and after the finite verb: the one before
            # ("Frankrijk en Duitsland steunen Oekraïne"; an object rarely comes first)
            ranked = sorted(candidates, key=lambda c: (not syntax.subject_position(c, finite),
                                                        c.head != finite, c.i > finite.i,
                                                        abs(c.i - finite.i)))
        best = ranked[0]
        # a second subject in the middle field is the object: between the finite verb and
        # the trigger, or after the trigger when the trigger is the finite verb itself
        rest = [c for c in ranked[1:] if c.head == token and c.dep_ == "nsubj" and (
            max(finite.i, best.i) < c.i < token.i or finite == token and c.i > max(best.i,
                                                                               token.i))]
        if best.dep_ == "nsubj" or best is fronted:
            return best, None, rest
        return None, best, rest

    def _named(self, token: Token) -> bool:
        return bool(self.actors.index.covering(token.idx, token.idx + len(token)))

    @staticmethod
    def _neuter_pronoun(token: Token) -> bool:
        """"het" as the subject of a subordinate clause ("Rusland zegt dat het ..."): a
        reference to a country or organization, not an expletive."""
        return token.lower_ == "het" and token.pos_ == "PRON" and token.dep_ == "nsubj" and \
            syntax.subordinate(syntax.finite(token.head))

    def _fronted_name(self, finite: Token, candidates: list[Token]) -> Token | None:
        """The first constituent of a main clause, right before the finite verb, when it is
        a name the parser did not make a subject ("Oekraïne heeft honderden kinderen
        geëvacueerd" with "Oekraïne" as an adverb): a Dutch main clause puts its subject
        there far more often than anything else without a preposition."""
        sent = finite.sent
        if finite.i == sent.start or syntax.subordinate(finite):
            return None
        head = syntax.phrase_head(finite.doc[finite.i - 1])
        if head.left_edge.i != sent.start or head in candidates or head.dep_ in SUBJECT_DEPS \
                or head.i in self.used or syntax.in_time(head):
            return None
        if head.pos_ not in ("NOUN", "PROPN", "ADV", "X") or any(
                c.dep_ in ("case", "mark") for c in head.children):
            return None
        if not self._named(head):
            return None  # a tagged name only: "Gisteren", "Daarom" are adverbs
        return head if self.actors.actor(head) is not None else None

    def _position_subject(self) -> Token | None:
        """When the parse gives no subject: the noun phrase right before the finite verb, or
        right after it (inverted order), if it is an actor and not in a prepositional phrase.
        """
        if self.token.dep_ in ("xcomp", "conj", "acl", "acl:relcl"):
            return None
        finite = syntax.finite(self.token)
        sent = self.token.sent
        for i in (finite.i - 1, finite.i + 1, finite.i + 2):
            if not sent.start <= i < sent.end:
                continue
            candidate = self.token.doc[i]
            if candidate.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            head = syntax.phrase_head(candidate)
            if head.i in self.used or any(c.dep_ == "case" and not syntax.approximation(c)
                                          for c in head.children):
                continue
            if head.text.lower() in EXPLETIVES or head.text.lower() == "zich":
                continue
            if self.actors.actor(head) is not None:
                return head
        return None

    def _controller(self) -> Token | None:
        """The subject of the governing verb for a te-infinitive or a conjunct; also for an
        om-te clause under that verb's object ("heeft zes weken om Trimble te vragen")."""
        node = self.token
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and node.head.head.pos_ in (
                "VERB", "AUX") and any(c.text.lower() in ("te", "om") for c in node.children):
            subj = next((c for c in node.head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        for _ in range(3):
            if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or node.head == node:
                return None
            if node.dep_ == "ccomp" and not any(c.text.lower() in ("te", "om")
                                                for c in node.children):
                return None
            was_xcomp = node.dep_ == "xcomp"
            node = node.head
            if was_xcomp and self._object_control(node):
                # "riep het Westen op meer wapens te leveren": the West is to deliver
                subjects = [c for c in node.children if c.dep_ == "nsubj"]
                obj = next((c for c in node.children if c.dep_ in ("obj", "iobj")
                            or c.dep_ == "nsubj" and c.i > node.i), None)
                if obj is None and len(subjects) > 1:
                    obj = subjects[-1]  # "heeft Rusland opgeroepen": the second "subject"
                if obj is None:
                    obj = syntax.object_before_particle(node, self.token)
                if obj is None:
                    obj = self._borrowed_object(self.token)
                if obj is not None:
                    return obj
            subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                return subj
        return None

    def _borrowed_object(self, infinitive: Token) -> Token | None:
        """"beschuldigt Rwanda ervan de rebellen te steunen" parsed with both objects under
        the infinitive: the first belongs to the object-control verb above it."""
        head = infinitive.head
        if infinitive.dep_ != "xcomp" or not self._object_control(head) or any(
                c.dep_ in ("obj", "iobj") for c in head.children):
            return None
        objects = [c for c in infinitive.children if c.dep_ == "obj" and c.i < infinitive.i]
        return objects[0] if len(objects) >= 2 else None

    def _object_control(self, verb: Token) -> bool:
        return any(self.roles.has("object_control", w)
                   for w in syntax.separable_lemmas(verb, stranded=True))

    def _noun_actors(self) -> None:
        token = self.token
        # "de bezetting van het Ruhrgebied door Frankrijk": with a door-agent, van is the patient
        van_patient = (self.type, self.trigger.mode) in PATIENT_VAN or (
            self.type, None) in PATIENT_VAN or any(
            self._case(c) == "door" for c in token.children if c.dep_ in ("nmod", "obl")) or any(
            self._case(g) == "door" for c in token.children if c.dep_ == "nmod"
            and self._case(c) == "van" for g in c.children if g.dep_ == "nmod")
        for child in token.children:
            if child.dep_ == "nmod:poss":
                bound = self._binder(child)
                self.source = self.source or self._actor(bound or child)
            elif child.dep_ == "amod":
                actor = self.actors.actor(child, coordinate=False)
                if actor and actor["entity"] and self.source is None and not _is_region(actor):
                    self.source = actor
                    self.used.add(child.i)
            elif child.dep_ in ("nmod", "obl") and self._case(child) == "van":
                actor = None if self._is_force(child) else self._actor(child)
                if actor is None:
                    self.theme = self.theme or child
                elif van_patient:
                    self.target = self.target or actor
                elif self.trigger.obj == "theme" and actor["entity"] is None:
                    self.theme = self.theme or child
                else:
                    self.source = self.source or actor
            elif child.dep_ == "nsubj" and child.i < token.i and any(
                    c.dep_ in ("cop", "aux") and c.lemma_.lower() == "hebben"
                    for c in token.children):
                # "X hebben sancties aangekondigd" with the noun parsed as the predicate
                self.source = self.source or self._actor(child)
            elif child.dep_ == "acl":
                agent = next((g for g in child.children if self._case(g) == "door"), None)
                if agent is not None and self.source is None:
                    self.source = self._actor(agent)
        if self.source is None:  # "De ontvoering - vermoedelijk door X -": door one level down
            agent = next((g for c in token.children if c.dep_ not in ("acl", "acl:relcl")
                          for g in c.children if self._case(g) == "door"), None)
            if agent is not None:
                self.source = self._actor(agent)
        self._prep_actors(token)
        if self.type in PLACE_IS_TARGET and self.source is not None and self.target is None:
            # "de inval van Duitsland in Polen": the country invaded
            place = self._country_of_place(token, countries_only=True)
            if place is not None and place.get("entity") != self.source.get("entity"):
                self.target = place
        self._adjacent_phrase(token, van_patient)
        self._between_after(token)
        head = token.head
        if token.dep_ == "nmod" and (self.roles.has("transparent", head.text)
                                     or self.roles.has("transparent", head.lemma_)):
            token, head = head, head.head
        if head == token:
            return
        if head.dep_ in ("aux", "aux:pass") and head.head != head:
            head = head.head  # "hebben sancties aangekondigd" with the noun under "hebben"
        dep = token.dep_
        verbal = (head, *(c for c in head.children if c.dep_ in ("aux", "aux:pass")))
        if dep == "nsubj" and any(c.dep_ == "nsubj" and c.i < token.i
                                  for node in verbal for c in node.children):
            dep = "obj"  # "Het leger voert operaties uit": the second subject is the object
        if not self._light_verb(head):
            following = self._following_light_verb()
            if following is not None:  # "heeft maandag overleg gevoerd", misattached
                head, dep = following, "obj"
        lemmas = syntax.separable_lemmas(head)
        if dep in ("obj", "nsubj:pass", "obl", "obl:arg", "xcomp", "nsubj",
                   "advmod") and self._case(token) not in ADJUNCT_PREPS and self._light_verb(
                head):
            self.clause_heads.append(head)
            auxes = [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")]
            # "hebben een akkoord gesloten" parsed as a passive: active all the same
            active = any(a.lemma_.lower() == "hebben" for a in auxes)
            if (dep in ("obj", "obl", "obl:arg", "xcomp", "advmod") or active and
                    dep == "nsubj:pass") and self.source is None:
                governing = [head.head] if head.dep_ in ("obj", "xcomp", "ccomp") and \
                    head.head.lemma_.lower() in AUX_LEMMAS else []  # "heeft" over "uitgevoerd"
                subj = next((c for node in (head, *auxes, *governing) for c in node.children
                             if c.dep_ == "nsubj" and c != token and not syntax.in_time(c)), None)
                if subj is None and dep != token.dep_:
                    subj = self._position_subject_of(head)
                self.source = self._actor(subj) if subj is not None else None
                if self.source is None and subj is None:
                    controller = syntax.controller_of(head)
                    self.source = self._actor(controller)
            if dep == "nsubj:pass" and not active and self.source is None:
                agent = next((c for c in head.children if self._case(c) == "door"), None)
                self.source = self._actor(agent)
            if self.target is None and dep == "obj":  # "legde Italië sancties op"
                other = next((c for c in head.children if c.i not in self.used and c != token
                              and (c.dep_ == "iobj" or c.dep_ == "nsubj" and c.i > head.i
                                   and self.source is not None)), None)
                if other is not None:
                    self.target = self._actor(other)
            self._prep_actors(head)
        elif any(self.roles.has("causative_verb", w) for w in lemmas) and token.dep_ in (
                "obl", "obl:arg") and self._case(token) == "tot":
            # "Rusland provoceren tot een invasie": the one provoked is the source; the
            # causing verb governs the event ("oproepen tot een staking": not yet a fact)
            obj = next((c for c in head.children if c.dep_ in ("obj", "nsubj:pass")), None)
            if self.source is None and obj is not None:
                self.source = self._actor(obj)
        elif any(self.roles.has("recipient_verb", w) for w in lemmas) and token.dep_ in (
                "obj", "xcomp", "obl"):
            self.clause_heads.append(head)
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            self.target = self.target or self._actor(subj)
        elif any(self.roles.has("support_verb", w) for w in lemmas) and token.dep_ in (
                "nsubj", "obj", "nsubj:pass"):
            self.clause_heads.append(head)
            self._prep_actors(head)

    def _light_verb(self, verb: Token) -> bool:
        return any(self.roles.has("light_verb", w, self.type)
                   for w in syntax.separable_lemmas(verb))

    def _following_light_verb(self) -> Token | None:
        """A light verb right after the noun in its clause ("overleg gevoerd")."""
        doc, sent = self.token.doc, self.token.sent
        for i in range(self.token.i + 1, min(self.token.i + 4, sent.end)):
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") and self._light_verb(t):
                return t
            if t.is_punct or t.pos_ in ("SCONJ", "CCONJ"):
                return None
        return None

    def _position_subject_of(self, verb: Token) -> Token | None:
        """The actor right before the clause's finite verb, or right after it."""
        finite = syntax.finite(verb)
        doc, sent = verb.doc, verb.sent
        for i in (finite.i - 1, finite.i + 1):
            if sent.start <= i < sent.end and doc[i].pos_ in ("NOUN", "PROPN") and \
                    i != self.token.i and not syntax.in_time(doc[i]):
                head = syntax.phrase_head(doc[i])
                if self.actors.actor(head) is not None:
                    return head
        return None

    def _binder(self, possessive: Token) -> Token | None:
        """The subject a possessive pronoun refers to in its own clause: "hij betuigde zijn
        steun", "Rusland voert zijn dreiging op"."""
        if possessive.text.lower() not in POSSESSIVES:
            return None
        node = self.token
        for _ in range(4):
            if node.head == node or node.dep_ in ("acl:relcl", "parataxis"):
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                auxes = [node, *(c for c in node.children if c.dep_ in ("aux", "aux:pass"))]
                subj = next((c for a in auxes for c in a.children if c.dep_ == "nsubj"
                             and c.i != possessive.i and not syntax.in_time(c)), None)
                if subj is not None and subj.i < self.token.i and \
                        self.actors.actor(subj) is not None:
                    return subj
                break
        # whatever the parse: the nearest subject before it in the same clause
        doc = possessive.doc
        for i in range(possessive.i - 1, possessive.sent.start - 1, -1):
            t = doc[i]
            if t.text in (",", ";", ":") or t.pos_ == "SCONJ" or "Rel" in t.morph.get(
                    "PronType"):
                break
            if t.dep_ == "nsubj" and t != self.token and not syntax.in_time(t) and \
                    self.actors.actor(t) is not None:
                return t
        return None

    def _previous_subject(self) -> dict[str, Any] | None:
        """The implicit agent of an agentless passive: the subject of the sentence before,
        in the same paragraph, when it is a government or armed actor ("Het Pentagon legde
        opties voor. Er zouden militairen kunnen worden gestuurd")."""
        sent = self.token.sent
        doc = self.token.doc
        last = sent.start - 1
        while last >= 0 and doc[last].is_space:
            last -= 1
        if last < 0 or "\n" in doc.text[doc[last].idx:sent.start_char]:
            return None
        previous = doc[last].sent
        root = previous.root
        heads = {root, *(c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop"))}
        subj = next((c for c in previous if c.dep_ == "nsubj" and c.head in heads
                     and not syntax.in_time(c)), None)
        if subj is None:  # inverted order the parse missed: "Zaterdag hebben X ..."
            finite = syntax.finite(root)
            for i in range(finite.i + 1, min(finite.i + 4, previous.end)):
                if doc[i].pos_ in ("NOUN", "PROPN"):
                    subj = doc[i]
                    break
                if doc[i].pos_ not in ("DET", "ADJ", "NUM"):
                    break
        actor = self.actors.actor(subj, "previous sentence") if subj is not None else None
        if actor is None or not (actor["entity"] or actor.get("sector") in AGENT_SECTORS):
            return None
        return actor

    def _instrument_source(self) -> None:
        """Weapons of a country are that country's: "aangevallen met Russische drones"."""
        if self.source is not None or self.type not in ("ASSAULT", "COERCE"):
            return
        for child in self.token.children:
            if child.dep_ in ("obl", "obl:arg", "nmod") and self._case(child) == "met" and \
                    self._is_force(child):
                actor = self.actors.actor(child, "instrument", coordinate=False)
                if actor and actor["entity"] and actor.get("country"):
                    self.source = actor
                    return

    def _theme_source(self) -> None:
        """Troops of a country are that country's: "Russische troepen" gives the source."""
        if self.theme is None or self.source is not None:
            return
        actor = self.actors.actor(self.theme)
        if actor and actor["entity"] and actor.get("country"):
            actor["how"] = "theme"
            self.source = actor

    def _complement_target(self) -> None:
        """A warning or accusation about someone: "waarschuwde dat Israël met vuur speelt"
        is aimed at the subject of the dat-clause, when that is a known actor."""
        if self.target is not None or self.type not in COMPLEMENT_TARGET_TYPES:
            return
        if self.type == "THREATEN":
            # "dreigt Oekraïne aan te vallen": the object of the threatened act
            for clause in self.token.children:
                if clause.dep_ == "xcomp" and any(c.lower_ == "te" for c in clause.children):
                    obj = next((c for c in clause.children if c.dep_ == "obj"), None)
                    actor = self.actors.actor(obj, "complement") if obj is not None else None
                    if actor and actor["entity"] and (
                            self.source is None or actor["entity"] != self.source["entity"]):
                        self.target = actor
                        return
        for clause in self.token.children:
            if clause.dep_ != "ccomp" or not any(
                    c.dep_ == "mark" and c.text.lower() == "dat" for c in clause.children):
                continue
            subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            actor = self.actors.actor(subj, "complement") if subj is not None else None
            if actor and actor["entity"] and (self.source is None
                                              or actor["entity"] != self.source["entity"]):
                self.target = actor
            return

    def _condition_target(self, modality: str) -> None:
        """The party a conditional move or a threat is aimed at: the subject of the
        condition ("als Rusland Oekraïne binnenvalt", "dreigde op te stappen als de IRA
        niet ontwapent")."""
        if self.target is not None or self.type not in ("MOBILIZE", "THREATEN", "SANCTION"):
            return
        if modality != "conditional" and self.type != "THREATEN":
            return
        for t in self.token.sent:
            if t.dep_ == "mark" and self.coder.cues.get("mark", t.text.lower()):
                clause = t.head
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subj is None:  # verb-final: the first noun phrase is the subject
                    subj = next((c for c in clause.children if c.dep_ in ("obj", "nsubj:pass")
                                 and c.i < clause.i and c.pos_ in ("NOUN", "PROPN")), None)
                if subj is None and clause.pos_ in ("PROPN", "NOUN"):
                    subj = clause
                actor = self.actors.actor(subj) if subj is not None else None
                known = actor and (actor["entity"] or actor.get("sector"))
                if known and (self.source is None or actor["entity"] != self.source["entity"]
                              or actor["entity"] is None and actor["text"] !=
                              self.source["text"]):
                    actor["how"] = "condition"
                    self.target = actor
                    return

    # -- the event --------------------------------------------------------------------------
    def build(self) -> dict[str, Any] | None:
        noun = self.trigger.pos == "noun"
        if noun:
            self._noun_actors()
        else:
            self._verb_actors()
        self._theme_source()
        self._instrument_source()
        if self.passive and self.source is None and self.type in IMPLICIT_AGENT_TYPES:
            self.source = self._previous_subject()
        if not noun and self.source is None and self.type in SPEECH_TYPES:
            self.source = self.actors.speaker_of_cue(self.token)
        if self.source and self.target and self.source["entity"] and \
                self.source["entity"] == self.target["entity"]:
            self.target = None
        if noun and not self.trigger.bare and self.source is None and self.target is None:
            return None
        modality, cues = self.coder.modality.modality(
            self.token, self.clause_heads, self._is_source,
            ignore=frozenset({"conditional"}) if self.type == "THREATEN" else frozenset())
        if modality == "asserted":
            modality, cues = self._quoted(modality, cues)
        self._condition_target(modality)
        self._complement_target()
        mode = self._mode()
        coding = self.coder.ontology.coding(self.type, mode)
        sent = self.token.sent
        words = {t.lower_ for t in sent}
        event = {
            "type": self.type, "mode": mode,
            "context": self.coder.ontology.context(self.type, mode, words, self.trigger.context),
            "cameo": coding.cameo, "quad": coding.quad, "intensity": coding.intensity,
            "source": self.source, "target": self.target,
            "place": self._place(), "date": self._date(),
            "modality": modality, "modality_cues": cues,
            "trigger": self._trigger_span(),
            "sentence": {"start": sent.start_char, "end": sent.end_char},
            "quantities": self._quantities(),
            "confidence": self._confidence(),
            "_token": self.token.i,
            "_related": {self.token.i, self.token.head.i, *(c.i for c in self.token.children)},
        }
        return event

    def _quoted(self, modality: str, cues: list[str]) -> tuple[str, list[str]]:
        """An event inside what someone said ("Volgens de krant ...", "X zei dat ...", a
        direct quote) is reported, unless the speaker is the event's source."""
        quote = self.actors.quote_at(self.token.idx)
        if quote is None or not quote.get("speaker"):
            return modality, cues
        speaker = self.actors.speaker_actor(quote)
        if speaker is not None and self.source is not None and (
                speaker["entity"] and speaker["entity"] == self.source["entity"]
                or speaker["start"] < self.source["end"] and self.source["start"] <
                speaker["end"] or self.source.get("how") == "quote"):
            return modality, cues
        return "reported", [quote.get("cue") or "volgens"]

    def _trigger_span(self) -> dict[str, Any]:
        """The trigger word, with a separable particle right before it ("terug te roepen")."""
        token = self.token
        start = token.idx
        for child in token.children:
            if child.dep_ == "compound:prt" and token.i - 2 <= child.i < token.i:
                start = child.idx
        end = token.idx + len(token)
        return {"text": token.doc.text[start:end], "start": start, "end": end}

    def _is_source(self, token: Token) -> bool:
        if self.source is None:
            return False
        actor = self.actors.actor(token)
        if actor is None:
            return False
        if actor["entity"] and actor["entity"] == self.source["entity"]:
            return True
        return actor["start"] == self.source["start"]

    def _mode(self) -> str | None:
        if self.type == "MOBILIZE" and self.theme is not None:
            for t in self.theme.subtree:
                mode = self.roles.mode("force", t.text) or self.roles.mode("force", t.lemma_)
                if mode:
                    return mode
        if self.type in ("MOBILIZE", "RETREAT") and self.trigger.mode == "troops":
            for t in self.token.subtree:
                mode = self.roles.mode("force", t.text)
                if mode:
                    return mode if self.type == "MOBILIZE" else "troops"
        return self.trigger.mode

    def _place(self) -> dict[str, Any] | None:
        doc = self.token.doc
        sent = self.token.sent
        # an actor found as the country of the places ("doelen in Libanon") is a place too
        taken = [(a["start"], a["end"]) for a in (self.source, self.target)
                 if a and a.get("how") != "place"]
        best = None
        for place in doc._.places or []:
            if not sent.start_char <= place["start"] < sent.end_char:
                continue
            if any(s <= place["start"] < e for s, e in taken):
                continue
            span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            if self._case(head) == "van" and head.dep_ == "nmod":
                head = head.head  # "in het zuiden van Libanon", "naar de kust van Libanon"
            before = doc[span.start - 1] if span.start > sent.start else None
            locative = any(c.dep_ == "case" and self.roles.has("locative_prep", c.text)
                           for c in head.children) or (
                before is not None and before.pos_ == "ADP"
                and self.roles.has("locative_prep", before.text))
            if not locative or not any(s <= place["start"] < e for s, e in self._spans()):
                continue
            distance = abs(span.start - self.token.i)
            if best is None or distance < best[0]:
                best = (distance, place)
        if best is None:
            return None
        place = best[1]
        return {key: place.get(key) for key in ("text", "start", "end", "name", "entity",
                                                 "geonames", "country", "type")}

    def _date(self) -> dict[str, Any] | None:
        doc = self.token.doc
        sent = self.token.sent
        times = [t for t in doc._.times or [] if sent.start_char <= t["start"] < sent.end_char
                 and t.get("type", "date") == "date" and t.get("value")]
        if times:
            time = min(times, key=lambda t: abs(t["start"] - self.token.idx))
            return {"text": time["text"], "start": time["start"], "end": time["end"],
                    "value": time["value"], "from": "sentence"}
        published = doc._.published
        if published is not None:
            return {"value": published.value, "precision": published.precision,
                    "from": "published"}
        return None

    def _quantities(self) -> list[int]:
        if self.type not in COUNTED_TYPES:
            return []
        spans = self._spans()
        return [i for i, q in enumerate(self.token.doc._.quantities or [])
                if any(s <= q["start"] < e for s, e in spans)]

    def _spans(self) -> list[tuple[int, int]]:
        """Character extents of the trigger's clause (its subtree, its light verb's)."""
        spans = []
        for head in self.clause_heads:
            tokens = list(head.subtree)
            spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
        return spans

    def _confidence(self) -> float:
        score = 0.3 + (0.1 if self.trigger.pos == "verb" else 0.0)
        weights = {"source": (0.25, 0.15), "target": (0.2, 0.1)}
        for role, actor in (("source", self.source), ("target", self.target)):
            if actor is None:
                continue
            linked, unlinked = weights[role]
            if actor.get("how") in ("dependency", "between", "theme"):
                score += linked if actor["entity"] else unlinked
            else:
                score += unlinked / 2
        return round(min(score, 0.95), 2)


def _is_region(actor: dict[str, Any]) -> bool:
    """Continents and regions ("Oost-Europa") are places, not actors; a region of one
    country ("de Krim", "de Gazastrook") stands for that country."""
    return actor.get("type") == "LOC" and not actor.get("country")


def _shared_perfect_subject(verb: Token, subj: Token | None) -> Token | None:
    """The second participle of "heeft X ontboden en twee diplomaten uitgewezen" shares the
    auxiliary and the subject of the first; what the parse made its subject, between the
    coordinator and the participle, is its object."""
    first = verb.head
    if verb.dep_ != "conj" or subj is None or subj.head != verb or subj.i > verb.i or \
            any(c.dep_.startswith("aux") for c in verb.children) or not any(
            c.dep_ == "aux" for c in first.children) or not syntax.participle(verb):
        return None
    if not any(c.dep_ == "cc" and c.i < subj.i for c in verb.children):
        return None
    return next((c for c in first.children if c.dep_ == "nsubj"), None)

