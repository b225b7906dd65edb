"""Dutch clause structure for the event coder, and repairs of the parses it gets wrong.

Where the finite verb of a clause is, whether a clause is subordinate, the lemmas of a
separable verb ("roept ... terug" is "terugroepen"), the particle the parser took for a
preposition, a past tense or participle tagged as a noun, a time expression, the name of a
treaty: what ``kroniek_events`` needs to read Dutch word order.
"""

from __future__ import annotations

from spacy.tokens import Token

PARTICLES = {"terug", "op", "aan", "af", "uit", "in", "door", "mee", "toe", "over", "voor",
             "weg", "vrij", "klaar", "bij", "samen", "omver", "tegen", "binnen", "neer", "dood",
             "gevangen", "overeen", "in beslag", "plaats", "bijeen", "deel", "stop", "vast",
             "los", "dicht"}
NOMINAL_DEPS = ("obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "nmod")
# words that can follow a separable verb's particle but never a preposition's object
STRANDING_WORDS = {"te", "om", "dat", "omdat", "zodat", "en", "maar"}
# pronominal adverbs that open a relative clause ("een voorstel waarin Hamas ... vrijlaat")
RELATIVE_ADVERBS = frozenset({"waarin", "waarbij", "waarmee", "waardoor", "waarop", "waarna",
                              "waarover", "waaruit", "waarvoor", "waartegen"})
# verbs the parser may make the head of the verbal complex ("heeft ... klaarstaan")
AUX_LEMMAS = {"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "willen", "mogen",
              "laten", "gaan", "blijven"}


def the_country_left(verb: Token, obj: Token) -> bool:
    """"het land" as the object of a verb with "uit" ("het land uitzetten", "het land
    uitgezet"): the country someone leaves, not an actor."""
    return obj.lemma_.lower() == "land" and any(
        c.dep_ == "det" and c.lower_ == "het" for c in obj.children) and (
        verb.lemma_.lower().startswith("uit") or any(
            c.dep_ == "compound:prt" and c.lower_ == "uit" for c in verb.children))


def antecedent(pronoun: Token, linear: bool = False) -> Token | None:
    """The noun a relative pronoun refers to: ", die ..." after "de CSF"; a coordination
    as a whole ("62 agenten en militairen die ..."). ``linear``: the nearest noun before
    it, whatever the parse says."""
    if not linear and pronoun.head.dep_ == "acl:relcl" and pronoun.head.head.pos_ in (
            "NOUN", "PROPN"):
        return pronoun.head.head
    i = pronoun.i - 1
    if i >= pronoun.sent.start and pronoun.doc[i].text == ",":
        i -= 1
    # an extraposed relative clause follows the verbs: "heeft 62 agenten vrijgelaten die"
    floor = i - 3
    while i > max(floor, pronoun.sent.start) and pronoun.doc[i].pos_ in ("VERB", "AUX"):
        i -= 1
    if i >= pronoun.sent.start and pronoun.doc[i].pos_ in ("NOUN", "PROPN"):
        head = phrase_head(pronoun.doc[i])
        if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        return head
    return None


def participle(verb: Token) -> bool:
    """A past participle, by its tag or, when the tag says otherwise, by its form next to
    an auxiliary ("is doodgestoken" tagged as an infinitive)."""
    if verb.morph.get("VerbForm") == ["Part"]:
        return True
    form, lemma = verb.text.lower(), verb.lemma_.lower()
    return form != lemma and form.endswith(("d", "t", "en")) and "ge" in form[:-2] and any(
        c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in ("zijn", "worden", "hebben")
        for c in verb.children)


def object_before_particle(verb: Token, infinitive: Token) -> Token | None:
    """"riep beide partijen op de gevechten te staken" parsed with "partijen" under the
    infinitive: an object standing before the control verb's particle is the verb's own."""
    particle = stranded_particle(verb)
    if particle is None:
        return None
    at = next((t.i for t in verb.doc[verb.i + 1:infinitive.i] if t.lower_ == particle), None)
    if at is None:
        return None
    return next((c for c in infinitive.children if c.dep_ == "obj" and verb.i < c.i < at), None)


def in_time(token: Token) -> bool:
    """Whether the token is part of a time expression of the article."""
    return any(t["start"] <= token.idx < t["end"] for t in token.doc._.times or [])


def in_a_name(token: Token) -> bool:
    """A capitalized noun inside a name of several words ("het Verdrag van Versailles",
    "het Goede Vrijdag-akkoord"): the name of a treaty or plan, not an event."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper() or \
            token.i == token.sent.start or not token.ent_type_:
        return False
    doc = token.doc
    return token.ent_iob_ == "I" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"


def perfect_participle(token: Token) -> bool:
    """A participle the tagger took for a noun, in a clause whose finite verb is "hebben" or
    "zijn" parsed as its main verb ("De VS hebben hun ambassadeur teruggeroepen")."""
    text, lemma = token.lower_, token.lemma_.lower()
    if not lemma.endswith("en") or text == lemma or len(lemma) < 5:
        return False
    particle = next((p for p in PARTICLES if lemma.startswith(p) and text.startswith(p + "ge")),
                    "")
    stem = lemma[len(particle):-2]
    if not text.startswith(particle + "ge") or not text.endswith(("d", "t", "en")) or \
            stem[:3] not in text:
        return False
    root = token.sent.root
    return root.lemma_.lower() in ("hebben", "zijn") and root.pos_ in ("VERB", "AUX") and \
        root.i < token.i and not any(t.pos_ == "VERB" and t != root and t.dep_ != "amod"
                                     for t in token.sent)


def past_tense_form(token: Token) -> bool:
    """A past tense the tagger took for a noun ("protesteerden", "dreigde"): the verb's
    stem with -de(n) or -te(n), lemmatized to an infinitive."""
    text, lemma = token.lower_, token.lemma_.lower()
    if not lemma.endswith("en") or text == lemma or len(lemma) < 5:
        return False
    stem = lemma[:-2]
    for ending in ("den", "ten", "de", "te"):
        if text.endswith(ending):
            past = text[: -len(ending)]
            # "protesteer-den" from "protester-en": a vowel doubled in the open syllable
            return past == stem or past == stem[:-1] + stem[-2:] or past == stem[:-1]
    return False


def compound_of(token: Token, word: str) -> bool:
    """Whether a noun is a compound ending in ``word``: "zelfmoordaanslag" is an "aanslag"."""
    text = token.text.lower()
    return token.pos_ in ("NOUN", "PROPN") and len(word) >= 4 and len(text) - len(word) >= 3 \
        and text.endswith(word)


def separable_lemmas(verb: Token, stranded: bool = False) -> tuple[str, ...]:
    """The verb's lemma, and the lemma with each separable particle the parse attached
    ("roept ... terug": "terugroepen"); with ``stranded``, also the particle the parse took
    for a preposition (see ``stranded_particle``)."""
    lemma = verb.lemma_.lower()
    particles = [c.text.lower() for c in verb.children if c.dep_ == "compound:prt"]
    if stranded and (extra := stranded_particle(verb)):
        particles.append(extra)
    return (lemma, *(p + lemma for p in particles))


def stranded_particle(verb: Token) -> str | None:
    """The particle of a finite separable verb that the parse took for a preposition: in
    "roept Israël op tot kalmte" nothing follows "op" that it could govern (a preposition,
    "te", "om", "dat" or the end of the clause comes next)."""
    children = {c.dep_ for c in verb.children}
    # a past plural the tagger took for an infinitive ("riepen"): a root with a subject
    # and no auxiliary is finite
    finite = verb.morph.get("VerbForm") == ["Fin"] or verb.dep_ == "ROOT" and \
        "nsubj" in children and not children & {"aux", "aux:pass"}
    if not finite:
        return None
    doc = verb.doc
    end = verb.sent.end
    for i in range(verb.i + 1, end):
        t = doc[i]
        # a noun tagged as a verb ("een verdachte", "raketten") ends no clause
        if t.text in (",", ";", ":") or t.pos_ == "SCONJ" or t.pos_ == "VERB" and \
                t.dep_ not in (*NOMINAL_DEPS, "amod"):
            return None
        if t.lower_ not in PARTICLES or t.dep_ == "compound:prt" and t.head != verb and \
                t.head.dep_ not in NOMINAL_DEPS:
            continue
        nxt = doc[i + 1] if i + 1 < end else None
        if nxt is None or nxt.is_punct or nxt.pos_ == "ADP" or nxt.lower_ in STRANDING_WORDS:
            return t.lower_
        # "riep beide partijen op de gevechten te staken": what follows the particle is the
        # object of the verb's own te-infinitive
        j = i + 1
        while j < min(i + 6, end - 1) and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            j += 1
        if j > i + 1 and doc[j].lower_ in PARTICLES and j + 2 < end and \
                doc[j + 1].lower_ == "te":
            j += 1  # the infinitive's own particle: "op sancties op te leggen"
        if j > i + 1 and doc[j].lower_ == "te" and (
                doc[j + 1].head == verb or doc[j + 1].pos_ == "VERB"):
            return t.lower_
    return None


def approximation(case: Token) -> bool:
    """"rond 700 betogers": "rond" before a number means "about", not "around"."""
    nxt = case.doc[case.i + 1] if case.i + 1 < len(case.doc) else None
    return nxt is not None and nxt.like_num


def finite(verb: Token) -> Token:
    """The finite verb of a clause: the verb itself, its finite auxiliary, or (when the parse
    lost the auxiliary) the nearest finite verb to its left in the same clause."""
    for child in verb.children:  # before the verb's own tag: participles get tagged finite
        if child.dep_.startswith("aux") and child.morph.get("VerbForm") == ["Fin"]:
            return child
    head = verb.head
    if (head.pos_ == "AUX" or head.lemma_.lower() in AUX_LEMMAS and head.i < verb.i) and \
            head.morph.get("VerbForm") == ["Fin"] and verb.dep_ in ("xcomp", "ccomp", "obj"):
        return head  # "heeft twee verdachten aangehouden" with the participle under "heeft"
    if verb.morph.get("VerbForm") == ["Fin"]:
        return verb
    if verb.morph.get("VerbForm") in (["Part"], ["Inf"]):
        sent = verb.sent
        for i in range(verb.i - 1, sent.start - 1, -1):
            t = verb.doc[i]
            if t.text in (",", ";", ":") or t.pos_ == "SCONJ" or "Rel" in t.morph.get(
                    "PronType"):
                break
            if t.pos_ in ("AUX", "VERB") and t.morph.get("VerbForm") == ["Fin"]:
                return t
    return verb


def subject_position(subject: Token, finite: Token) -> bool:
    """The subject's phrase ends right before the finite verb or starts right after it."""
    return subject.right_edge.i == finite.i - 1 or subject.left_edge.i == finite.i + 1 or \
        subject.i in (finite.i - 1, finite.i + 1)


def subordinate(finite: Token) -> bool:
    """Whether the finite verb ends a subordinate clause ("als Rusland Oekraïne binnenvalt")."""
    sent = finite.sent
    for i in range(finite.i - 1, sent.start - 1, -1):
        t = finite.doc[i]
        if t.text in (",", ";", ":"):
            return False
        if t.pos_ == "SCONJ" or "Rel" in t.morph.get("PronType") or t.lower_ in \
                RELATIVE_ADVERBS:
            return True
    return False


def other_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` sits in a relative or other clause that does not hold ``verb``."""
    node = token
    while node.head != node:
        if node == verb:
            return False
        if node.dep_ in ("acl:relcl", "acl", "advcl", "ccomp", "csubj", "parataxis") and \
                verb not in node.subtree:
            return True
        node = node.head
    return False


def phrase_head(token: Token) -> Token:
    while token.dep_ in ("det", "amod", "nummod", "flat", "compound", "fixed") and \
            token.head != token:
        token = token.head
    return token


def controller_of(head: Token) -> Token | None:
    node = head
    for _ in range(3):
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head == node:
            return None
        node = node.head
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None
