"""The data ``kroniek_events`` reads: the event ontology, triggers, word roles, modality cues.

All of it lives in data files a domain expert can edit: ``data/ontology/plover.tsv`` and
``contexts.tsv`` (types, modes, CAMEO codes, intensities, contexts) and, under
``data/lang/nl``, ``event_triggers.tsv``, ``event_roles.tsv`` and ``modality_cues.tsv``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kroniek.data_files import LANG_DIR, read_tsv

ONTOLOGY_DIR = LANG_DIR.parent.parent / "ontology"
ONTOLOGY_PATH = ONTOLOGY_DIR / "plover.tsv"
CONTEXTS_PATH = ONTOLOGY_DIR / "contexts.tsv"
MODALITIES = ("conditional", "denied", "feared", "hypothetical", "planned", "reported",
              "asserted")  # in order of precedence


@dataclass(frozen=True)
class Coding:
    """One type+mode of the ontology."""

    type: str
    mode: str | None
    cameo: str | None
    cameo_label: str | None
    quad: int | None
    intensity: float | None


@dataclass(frozen=True)
class Context:
    name: str
    cues: tuple[str, ...]
    default_for: tuple[str, ...]


@dataclass
class Ontology:
    codings: dict[tuple[str, str | None], Coding]
    contexts: list[Context]

    @property
    def types(self) -> set[str]:
        return {t for t, _ in self.codings}

    def coding(self, type_: str, mode: str | None) -> Coding:
        return (self.codings.get((type_, mode)) or self.codings.get((type_, None))
                or Coding(type_, mode, None, None, None, None))

    def context(self, type_: str, mode: str | None, words: set[str],
                default: str | None = None) -> str | None:
        for context in self.contexts:
            if any(word.startswith(cue) for cue in context.cues for word in words):
                return context.name
        if default:
            return default
        for key in (f"{type_}:{mode}" if mode else None, type_):
            for context in self.contexts:
                if key and key in context.default_for:
                    return context.name
        return None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in cell.split(";") if part.strip())


@lru_cache(maxsize=4)
def load_ontology(path: str | None = None, contexts_path: str | None = None) -> Ontology:
    """The ontology at ``path`` (default: the shipped PLOVER file) and its contexts."""
    codings: dict[tuple[str, str | None], Coding] = {}
    for row in read_tsv(Path(path) if path else ONTOLOGY_PATH):
        mode = row.get("mode") or None
        quad = row.get("quad")
        intensity = row.get("intensity")
        codings[(row["type"], mode)] = Coding(
            row["type"], mode, row.get("cameo") or None, row.get("cameo_label") or None,
            int(quad) if quad else None, float(intensity) if intensity else None)
    contexts_file = Path(contexts_path) if contexts_path else (
        Path(path).with_name("contexts.tsv") if path else CONTEXTS_PATH)
    contexts = []
    if contexts_file.exists():
        contexts = [Context(row["context"], _split(row.get("cues", "")),
                            tuple(p.strip() for p in row.get("default_for", "").split(";")
                                  if p.strip()))
                    for row in read_tsv(contexts_file)]
    return Ontology(codings, contexts)


@dataclass(frozen=True)
class Trigger:
    """One row of ``event_triggers.tsv``."""

    lemma: str  # the head word (the last word of a multiword entry)
    extra: tuple[str, ...]  # the other words of a multiword entry: dependents of the head
    pos: str
    type: str
    mode: str | None
    requires: tuple[str, ...]
    obj: str
    bare: bool
    compound: bool
    context: str | None


@dataclass
class TriggerLexicon:
    by_word: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))

    def lookup(self, word: str) -> list[Trigger]:
        return self.by_word.get(word, [])

    def compound_head(self, word: str) -> list[Trigger]:
        """Noun entries that end ``word`` as the last part of a compound ("luchtaanval")."""
        for cut in range(3, len(word) - 3):  # a head of four letters at least ("hulp")
            found = [t for t in self.nouns.get(word[cut:], []) if t.compound]
            if found:
                return found
        return []


@lru_cache(maxsize=4)
def load_triggers(path: str | None = None) -> TriggerLexicon:
    lexicon = TriggerLexicon()
    for row in read_tsv(Path(path) if path else LANG_DIR / "event_triggers.tsv"):
        words = row["lemma"].lower().split()
        trigger = Trigger(
            lemma=words[-1], extra=tuple(words[:-1]), pos=row.get("pos", "").lower(),
            type=row["type"], mode=row.get("mode") or None, requires=_split(row.get("requires",
                                                                                  "")),
            obj=(row.get("obj") or "target").lower(), bare=row.get("bare", "").lower() == "yes",
            compound=row.get("compound", "").lower() != "no" and row.get("bare", "") != "no",
            context=row.get("context") or None)
        for form in (words[-1], *_split(row.get("forms", ""))):
            lexicon.by_word[form].append(trigger)
            if trigger.pos == "noun" and not trigger.extra:
                lexicon.nouns[form].append(trigger)
    # multiword entries first: "humanitaire hulp" before "hulp"
    for entries in lexicon.by_word.values():
        entries.sort(key=lambda t: -len(t.extra))
    return lexicon


# roles whose words also count as the last part of a compound, and its shortest length
COMPOUND_ROLES = frozenset({"force"})
MIN_COMPOUND_HEAD = 6


@dataclass
class RoleWords:
    """``event_roles.tsv``: role -> word -> the types it applies to (empty: all) and mode."""

    roles: dict[str, dict[str, tuple[frozenset[str], str | None]]]

    def _entry(self, role: str, word: str) -> tuple[frozenset[str], str | None] | None:
        words = self.roles.get(role, {})
        word = word.lower()
        entry = words.get(word)
        if entry is None and role in COMPOUND_ROLES:
            # the head of a compound: "gevechtsvliegtuigen", "Patriot-raketten"
            for cut in range(3, len(word) - MIN_COMPOUND_HEAD + 1):
                entry = words.get(word[cut:].lstrip("-"))
                if entry is not None:
                    break
        return entry

    def has(self, role: str, word: str, type_: str | None = None) -> bool:
        entry = self._entry(role, word)
        return entry is not None and (not entry[0] or type_ is None or type_ in entry[0])

    def mode(self, role: str, word: str) -> str | None:
        entry = self._entry(role, word)
        return entry[1] if entry else None

    def words(self, role: str) -> AbstractSet[str]:
        return self.roles.get(role, {}).keys()


@lru_cache(maxsize=4)
def load_roles(path: str | None = None) -> RoleWords:
    roles: dict[str, dict[str, tuple[frozenset[str], str | None]]] = defaultdict(dict)
    for row in read_tsv(Path(path) if path else LANG_DIR / "event_roles.tsv"):
        types = frozenset(t.strip() for t in row.get("types", "").split(";") if t.strip())
        roles[row["role"]][row["word"].lower()] = (types, row.get("mode") or None)
    return RoleWords(dict(roles))


@dataclass
class ModalityCues:
    """``modality_cues.tsv``: kind -> cue -> modality."""

    cues: dict[str, dict[str, str]]

    def get(self, kind: str, word: str) -> str | None:
        return self.cues.get(kind, {}).get(word.lower())


@lru_cache(maxsize=4)
def load_modality_cues(path: str | None = None) -> ModalityCues:
    cues: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv(Path(path) if path else LANG_DIR / "modality_cues.tsv"):
        cues[row["kind"]][row["cue"].lower()] = row["modality"]
    return ModalityCues(dict(cues))
