"""Is the "he" of "X said he would ..." X? Only when X is not known to be a woman (or "she" a man).

The pronoun policy (``coreference.PersonResolver``) gives a pronoun in a reported clause the reporting
verb's named subject, which is right most of the time ("Ruiz said she would resign"). When the document
itself says the sayer is of the other gender, the pronoun is someone else, usually the person the sayer
spoke about ("Spokeswoman Lea Kim said he would attend": her principal). The evidence is what the
text writes next to a person's own mentions: a gendered honorific ("Mrs.", "Mr.") or a gendered person
noun used as a title or apposition ("Congresswoman", "X, the candidate's wife"), from the closed lists
of ``data/gendered_words.json`` (gendered_words.py), and the pronouns that agree with the person as a
subject ("X announced her candidacy"); the one table of ``coreference.text_genders``, which the pronoun
policy reads too. No names are guessed from given names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from readout.analyze.coreference import GENDERS, document_genders
from readout.model import Entity, Mention

WINDOW_SENTENCES = 3  # the pronoun's sentence and the two before, as the pronoun policy's window


class Genders:
    """The genders a document gives its people, read once when a reader first asks (most docs never do)."""

    def __init__(self, doc: Doc, mentions: tuple[Mention, ...], entities: tuple[Entity, ...]):
        self.doc = doc
        self.mentions = mentions
        self.persons = {e.id for e in entities if e.kind == "PERSON"}
        self._known: dict[str, str] | None = None

    def of(self, entity_id: str) -> str | None:
        """ "female", "male", or None when the text does not say (or says both)."""
        if self._known is None:
            self._known = self._read()
        return self._known.get(entity_id)

    def _read(self) -> dict[str, str]:
        return document_genders(self.doc)  # the pronoun resolver's own table: one reading per doc

    def conflicts(self, pronoun: str, entity_id: str | None) -> bool:
        """Does the text make ``entity_id`` a person the pronoun ("he", "she") cannot stand for?"""
        if entity_id is None or pronoun not in GENDERS:
            return False
        gender = self.of(entity_id)
        wanted = "male" if "he" in GENDERS[pronoun] else "female"
        return gender is not None and gender != wanted

    def other_person(self, pronoun: Token, not_id: str, skip: Callable[[str], bool] | None = None) -> str | None:
        """The person named last before the pronoun, in its sentence and the two before, who is not ``not_id``
        and whom the text does not give the other gender: whom a "he" that cannot be the sayer stands for. People
        ``skip`` refuses (a wire credit's reporters) are passed over."""
        doc = self.doc
        first = pronoun.sent.start
        for _ in range(WINDOW_SENTENCES - 1):
            if first > 0:
                first = doc[first - 1].sent.start
        window_start = doc[first].idx
        for m in reversed(self.mentions):  # the actors component keeps mentions in text order
            if m.span.end > pronoun.idx:
                continue
            if m.span.start < window_start:
                break
            if m.entity_id in self.persons and m.entity_id != not_id and not self.conflicts(pronoun.lower_, m.entity_id) and (
                    skip is None or not skip(m.entity_id)):
                return m.entity_id
        return None
