"""Actors: who the document talks about, each mention resolved to one canonical entity.

``readout_gazetteer`` (see gazetteer.py) marks known names before NER. ``readout_actors``
runs after NER: it cleans NER spans, reads the reference gazetteer (countries, capitals
used for their state, demonyms, state institutions, organisations, leaders), resolves
short forms and descriptions within the document (coreference.py) and reads roles
(roles.py). It sets ``doc._.readout_mentions`` and ``doc._.readout_entities``.

Public helpers for later components: ``entity_for_span``, ``mention_for_span`` (``SpanEntities`` for many spans of a doc),
``persons_before`` and ``actor_code``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.coreference import Found, find_descriptions, name_tokens, resolve_short_forms, text_genders
from readout.analyze.extensions import doc_id_of, doc_text
from readout.analyze.gazetteer import Gazetteer, load_gazetteer, make_readout_gazetteer, slug  # noqa: F401  (registers readout_gazetteer)
from readout.analyze.gendered_words import gender_of
from readout.analyze.given_names import doubtful_given_name, title_case_line, wordnet_adjectives
from readout.analyze.honorifics import load_honorifics
from readout.analyze.roles import POSSESSIVE, Role, role_after, role_before, role_set_off_before
from readout.analyze.token_table import entity_spans, token_table
from readout.model import Entity, EntityKind, Mention, Span

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
KIND_OF_LABEL: dict[str, EntityKind] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": "GROUP"}
PREFIX_OF_KIND = {"PERSON": "person", "ORG": "org", "PLACE": "place", "GROUP": "group"}
# Prepositions after which a capital is the city, not its government ("talks in Ottawa").
# A capital stands for its state when it acts or is acted with: subject, agent, partner, target.
# Anywhere else ("flew to Nairobi", "the Nairobi bombing", "east of Lima") it is the city.
ACTOR_DEPS = {"nsubj", "nsubjpass"}
ACTOR_PREPOSITIONS = {"by", "with", "between", "against", "toward", "towards", "on", "among"}
MOTION_LEMMAS = {"visit", "leave", "reach", "enter", "flee", "tour", "arrive", "fly", "return", "travel", "evacuate", "bomb", "shell", "attack", "hit"}
PLACE_NOUNS = {"street", "streets", "boulevard", "airport", "mayor", "residents", "neighborhood", "neighbourhood", "outskirts", "center", "centre", "suburbs", "suburb", "skyline", "port", "district", "districts", "hotel", "hotels", "university", "metro", "police", "population", "citizens", "home", "homes"}
QUOTE_CLOSERS = {'"', "'", "”", "’", ")"}
# auxiliaries that open a yes/no question ("Will Okafor back down?"); NER glues them to the subject's name
QUESTION_AUXILIARIES = {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did"}
HYPHEN = re.compile(r"[-–—]")
# A name that ends in a number glued by a hyphen is a model, a product, a visa class or a project ("PF-9", "EB-5",
# "Su-35", "COVID-19"), not an actor; groupings written so ("G-20") are in the gazetteer, which is read first.
MODEL_NUMBER = re.compile(r"[A-Za-z]-\d+[A-Za-z]?$")
# Lower-case words that belong inside a proper name ("Bank of England", "Ursula von der Leyen", "al-Assad").
NAME_PARTICLES = {"of", "and", "the", "for", "on", "in", "at", "to", "de", "du", "des", "del", "della", "la", "le", "las", "los", "von", "van", "der", "den", "ter", "bin", "ibn", "al", "el", "da", "do", "dos", "das", "di", "y", "e", "&"}
OFFICE_CATEGORIES = {"head_of_state": {"head"}, "head_of_government": {"head"}, "foreign_minister": {"foreign"}}


def _gender_before(doc: Doc, found: list[Found]) -> dict[int, str]:
    """Start tokens of person mentions written after a gendered word ("Mrs. Okafor", "Mr. Okafor", "Congresswoman
    Okafor") -> "female"/"male", from the closed lists of data/gendered_words.json (gendered_words.py)."""
    genders: dict[int, str] = {}
    for f in found:
        if f.label != "PERSON" or f.start == 0:
            continue
        gender = gender_of(doc[f.start - 1].lower_.rstrip("."))
        if gender is not None:
            genders[f.start] = gender
    return genders


def _full_name_genders(doc: Doc, found: list[Found], names: dict[str, str]) -> dict[str, str]:
    """The gender the text gives each person named in full, by the words beside the full name's mentions and the
    pronouns that agree with it as a subject ("Bill Vell said he ...", "Hanna Vell announced her candidacy";
    ``coreference.text_genders``): asked only when a short form carries a gendered word ("Mrs. Vell")."""
    full = [(f.start_char, f.end_char, f.entity_id) for f in found
            if f.label == "PERSON" and f.entity_id and len(name_tokens(f.text)) >= 2]  # as written: not a linked "Clinton"
    return text_genders(doc, full)


class ActorResolver:
    """Resolves entity spans to canonical entities; see the module docstring."""

    def __init__(self, nlp: Language, name: str, data_dir: str | None):
        self.name = name
        self.gaz: Gazetteer = load_gazetteer(data_dir)
        self.adjectives = wordnet_adjectives(nlp)  # what a headline's capitalized epithet is (given_names.py)

    def __call__(self, doc: Doc) -> Doc:
        found = self._collect(doc)
        names: dict[str, str] = {}
        for f in found:
            self._resolve_known(doc, f)
        self._coordinated_places(doc, found)
        for f in found:
            self._drop_epithet(doc, f)
        for f in found:
            if f.label == "PERSON" and f.entity_id is None and len(name_tokens(f.name or f.text)) >= 2:
                f.entity_id = f"person:{slug(f.name or f.text)}"
            if f.label == "PERSON" and f.entity_id:
                known = self.gaz.known.get(f.entity_id)
                names.setdefault(f.entity_id, known.name if known else (f.name or f.text))
        missed = _missed_surnames(doc, found, names, self.gaz)
        found = sorted(found + missed, key=lambda f: f.start_char)
        before = _gender_before(doc, found)
        resolve_short_forms(found, names, self._titled_as_known(doc, found), self._doubtful_full_names(doc, found), before,
                            _full_name_genders(doc, found, names) if before else None)
        if missed:
            unlinked = {id(f) for f in missed if f.entity_id is None}
            found = [f for f in found if id(f) not in unlinked]
        lone = [f for f in found if f.label == "PERSON" and f.entity_id is None]  # one word, no full name, unknown
        for f in found:
            if f.entity_id is None:
                f.entity_id = f"{PREFIX_OF_KIND[KIND_OF_LABEL[f.label]]}:{slug(f.name or f.text)}"
        self._read_roles(doc, found)
        self._split_titled_namesakes(doc, found)
        found = _drop_unintroduced(found, lone)
        found = _drop_concept_names(doc, found, self.adjectives)
        roles = self._entity_roles(found)
        countries = self._entity_countries(doc, found, roles)
        categories = self._categories(found, roles)
        found.extend(find_descriptions(doc, self.gaz, found, categories, countries))
        kept = sorted((f for f in found if f.entity_id), key=lambda f: (f.start_char, -f.end_char))
        text, doc_id = doc_text(doc), doc_id_of(doc)
        doc._.readout_mentions = tuple(Mention(span=Span(doc_id=doc_id, start=f.start_char, end=f.end_char, text=text[f.start_char : f.end_char]), entity_id=f.entity_id, via=f.via) for f in kept)
        doc._.readout_entities = self._entities(kept, roles, countries)
        return doc

    # -- collecting and cleaning spans --------------------------------------------------

    def _collect(self, doc: Doc) -> list[Found]:
        found: list[Found] = []
        ents = [e for e in entity_spans(doc) if e.label_ in LABELS]
        single = {e.start for e in ents if len(e) == 1}
        ent_starts = [e.start for e in ents]  # in text order (doc.ents is)
        lines: dict[int, bool] = {}  # line start -> is a heading, filled as needed
        absorbed: set[int] = set()
        table, text = token_table(doc), doc_text(doc)  # characters and columns read from the table: no Token objects
        for index, ent in enumerate(ents):
            if index in absorbed:
                continue
            if ent.id_:
                found.append(self._found(doc, ent.start, ent.end, ent.label_, ent.id_))
                continue
            parts = self._hyphen_parts(doc, ent)
            if parts:
                found.extend(parts)
                continue
            start, end = self._clean(doc, ent)
            if start >= end:
                continue
            start_char, end_char = table.idx[start], table.idx[end - 1] + table.length[end - 1]
            if text[start_char:end_char].lower() in self.gaz.not_actors or self._names_no_actor(doc, start, end, ent.label_) or _in_heading(text, start_char, end_char, lines):
                continue
            if ent.label_ == "PERSON":
                while start > 0 and ent.start - start < 2 and self._name_word(doc[start - 1]) and (not doc[start - 1].ent_type_ or start - 1 in single):
                    start -= 1
                # the entities inside the words taken in before it: those starting from ``start`` up to its own start
                absorbed.update(i for i in range(bisect_left(ent_starts, start), bisect_left(ent_starts, ent.start))
                                if ents[i].end <= ent.start and not ents[i].id_)
                found = [f for f in found if f.end <= start or f.entity_id]
            found.append(self._found(doc, start, end, self._label(doc, start, end, ent.label_), None))
        for i in _words_with_hyphens(text, table.idx):  # each word's entity type read from the table
            if not table.ent_type[i]:
                found.extend(self._hyphen_parts(doc, doc[i : i + 1]))
        found.sort(key=lambda f: f.start_char)
        return found

    def _names_no_actor(self, doc: Doc, start: int, end: int, label: str) -> bool:
        """An organisation or person span that names no actor: cut off before its last word ("Bridge of"), a
        common-noun phrase ("overseas tech"), a name ending in a model number ("PF-9", "EB-5"), or a name whose head
        noun names a thing ("... Rail Link")."""
        if label not in {"ORG", "PERSON"}:
            return False
        span = doc[start:end]
        if doc[end - 1].lower_ in NAME_PARTICLES:
            return True
        if any(t.is_alpha and t.is_lower and t.lower_ not in NAME_PARTICLES for t in span):
            return True
        if MODEL_NUMBER.search(span.text):
            return True
        return span.root.lower_ in self.gaz.thing_heads

    def _label(self, doc: Doc, start: int, end: int, label: str) -> str:
        """The NER label, except that a continent or world region ("Eurasia") taken for an organisation or a person
        is a place, as the NER's own LOC label reads it."""
        if label in {"ORG", "PERSON"} and doc[start:end].text.lower() in self.gaz.regions:
            return "LOC"
        return label

    def _found(self, doc: Doc, start: int, end: int, label: str, entity_id: str | None) -> Found:
        table = token_table(doc)  # the span's characters from the table: no Span, no Token object per word of its text
        start_char, end_char = table.idx[start], table.idx[end - 1] + table.length[end - 1]
        text = doc_text(doc)[start_char:end_char]
        return Found(start, end, start_char, end_char, text, label, entity_id, "gazetteer" if entity_id else "ner", name=" ".join(text.split()))

    def _clean(self, doc: Doc, ent: SpacySpan) -> tuple[int, int]:
        """Drop a leading article, a trailing possessive, anything past a parenthesis, titles before a person's name."""
        start, end = ent.start, ent.end
        table = token_table(doc)  # each word's columns read from the table: no Token object per word
        lowers, is_punct, is_space = table.lower, table.is_punct, table.is_space
        for i in range(start, end):
            if lowers[i] in {"(", ")"}:
                end = i if i > start else end
                start = i + 1 if i == start else start
                break
        while start < end and (lowers[start] in {"the", "a", "an"} or is_punct[start] or is_space[start]):
            start += 1
        text, idx, length = doc_text(doc), table.idx, table.length
        while end > start and (text[idx[end - 1] : idx[end - 1] + length[end - 1]] in POSSESSIVE or is_punct[end - 1] or is_space[end - 1]):
            end -= 1
        if all(lowers[i] in self.gaz.title_words or _abbreviated_title(doc[i]) for i in range(start, end)):
            return start, start  # a stray title word ("State" of "Secretary of State", "Lt." of "Lt. Gov.")
        # only a span with a verb after its first word, or opening with an auxiliary, asks about its line (cheap first)
        suspect = end - start >= 2 and (lowers[start] in QUESTION_AUXILIARIES or any(table.tag[i] in HEADLINE_CUT_TAGS for i in range(start + 1, end)))
        headline = suspect and title_case_line(text, idx[start])
        if headline:
            end = _before_headline_verb(doc, start, end)
        if _opens_question(doc, start, end, headline):
            start += 1  # "Will Okafor back down?", "Will Ruritania Sign The Treaty": whatever NER calls the name
        if ent.label_ == "PERSON":
            while start < end - 1 and (lowers[start] in self.gaz.title_words or lowers[start].rstrip("s") in self.gaz.title_words):
                start += 1
        return start, end

    def _name_word(self, token) -> bool:
        """A capitalized word right before a person span that NER left out ("Olaf" in "Olaf Scholz")."""
        if token.is_sent_start or token.is_stop or not token.text[:1].isupper() or not token.is_alpha:
            return False
        if token.ent_id_ or token.lower_ in self.gaz.title_words or token.lower_.rstrip("s") in self.gaz.title_words:
            return False
        return token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG", "PERSON", "NORP", "GPE"} and self.gaz.lookup(token.text) is None

    def _hyphen_parts(self, doc: Doc, span: SpacySpan) -> list[Found]:
        """ "Chile-Peru", "Boric-Ruto" written as one token: one mention per known part."""
        text = span.text
        if not HYPHEN.search(text):
            return []
        out, offset = [], 0
        for part in HYPHEN.split(text):
            surface = self.gaz.lookup(part)
            if surface is None:
                return []
            known = self.gaz.known[surface.entity_id]
            label = "PERSON" if known.kind == "PERSON" else ("ORG" if known.kind == "ORG" else "GPE")
            start_char = span.start_char + offset
            out.append(Found(span.start, span.end, start_char, start_char + len(part), part, label, surface.entity_id, "gazetteer", name=part, surface_kind=surface.kind))
            offset += len(part) + 1
        return out

    # -- resolving ------------------------------------------------------------------------

    def _drop_epithet(self, doc: Doc, f: Found) -> None:
        """ "Reckless Halvorsen" in a headline, where the gazetteer knows "Halvorsen" as a person: the mention is the
        known person's surname, without the doubtful given name (given_names.py) NER glued to it."""
        if f.label != "PERSON" or f.entity_id is not None or f.end - f.start < 2 or not doubtful_given_name(doc, f.start, self.adjectives):
            return
        rest = doc[f.start + 1 : f.end]
        surface = self.gaz.lookup(rest.text)
        if surface is None or not surface.entity_id.startswith("person:"):
            return
        f.start, f.start_char, f.text, f.name = rest.start, rest.start_char, rest.text, " ".join(rest.text.split())
        f.entity_id, f.surface_kind, f.via = surface.entity_id, surface.kind, "gazetteer"

    def _doubtful_full_names(self, doc: Doc, found: list[Found]) -> frozenset[str]:
        """Person entities the document names in full only with a doubtful given name ("Reckless Halvorsen" in a headline)."""
        full = [f for f in found if f.label == "PERSON" and f.entity_id and f.via == "ner" and len(name_tokens(f.name or f.text)) >= 2]
        plausible = {f.entity_id for f in full if not doubtful_given_name(doc, f.start, self.adjectives)}
        return frozenset(f.entity_id for f in full if f.entity_id not in plausible)

    def _titled_as_known(self, doc: Doc, found: list[Found]) -> frozenset[int]:
        """Start tokens of one-word gazetteer people whose title before them is a word of their known office
        ("President" before a surname the gazetteer gives to a president): the title confirms the reference."""
        starts = set()
        for f in found:
            known = self.gaz.known.get(f.entity_id) if f.entity_id and f.end - f.start == 1 else None
            if known is None or known.kind != "PERSON" or not known.office or f.start == 0:
                continue
            title = doc[f.start - 1].lower_
            if title in self.gaz.title_words and title in known.office.lower().split():
                starts.add(f.start)
        return frozenset(starts)

    def _resolve_known(self, doc: Doc, f: Found) -> None:
        surface = self.gaz.lookup(f.text) if f.entity_id is None or f.surface_kind is None else None
        if surface is None:
            return
        f.entity_id, f.surface_kind = surface.entity_id, surface.kind
        if surface.kind == "demonym":
            f.via = "demonym"
        elif surface.kind == "institution":
            f.via = "metonymy"
        elif surface.kind == "capital":
            if _acts_as_state(doc[f.end - 1]):
                f.via = "metonymy"
            else:
                f.entity_id, f.via = surface.place, "gazetteer"
        else:
            f.via = "gazetteer"

    def _coordinated_places(self, doc: Doc, found: list[Found]) -> None:
        """ "in Ottawa and Brussels": a capital coordinated with a place is a place too (the parse
        does not always attach the second conjunct to the first)."""
        for previous, f in zip(found, found[1:]):
            if f.surface_kind != "capital" or f.via != "metonymy" or not previous.entity_id or not previous.entity_id.startswith("place:"):
                continue
            between = doc_text(doc)[previous.end_char : f.start_char].strip()
            if between in {"and", "or", ","}:
                surface = self.gaz.lookup(f.text)
                if surface is not None and surface.place:
                    f.entity_id, f.via = surface.place, "gazetteer"

    def _read_roles(self, doc: Doc, found: list[Found]) -> None:
        """Each person mention's role, read before the name, else after it; "Presidents A and B" gives both."""
        previous: Found | None = None
        for f in found:
            if f.label != "PERSON":
                continue
            f.role = role_before(doc, f.start, f.end, self.gaz) or role_after(doc, f.end, self.gaz) or role_set_off_before(doc, f.start, f.end, self.gaz)
            if f.role is None and previous is not None and previous.role is not None and previous.role.plural and f.start >= 2 and doc[f.start - 1].lower_ == "and" and previous.end == f.start - 1:
                f.role = previous.role
            previous = f

    def _split_titled_namesakes(self, doc: Doc, found: list[Found]) -> None:
        """A titled surname linked by the shared word to a full name the document places or titles otherwise is another
        person: "King Hussein of Jordan" is not the "Iraq's Saddam Hussein" or "Iraqi President Saddam Hussein" named
        later. Split when the two are placed in different countries (by their roles, or a possessor or nationality right
        before the full name), or when both are titled and the titles differ with no country in common ("Vice President
        X" later "President X" of one state stays one person). The short form gets an entity of its own, so its title and
        country are not the full name's (issue 10: a surname shared across persons)."""
        full: dict[str, list[tuple[Role | None, str | None]]] = {}
        ending = self._countries_ending(found)
        for f in found:
            if f.label == "PERSON" and f.entity_id and f.via != "short-form" and len(name_tokens(f.text)) >= 2:
                country = self._role_country(doc, found, f.role) if f.role is not None else self._country_before(doc, ending, f)
                full.setdefault(f.entity_id, []).append((f.role, country))
        if not full:
            return
        split: dict[tuple[str, str], str] = {}  # (short form, title category) -> the namesake's entity split off
        for f in found:
            if f.via != "short-form" or f.role is None or f.entity_id not in full:
                continue
            key = (f.text.lower(), f.role.title.category)
            own = self._role_country(doc, found, f.role)
            countries = {c for _, c in full[f.entity_id] if c}
            titled = [r for r, _ in full[f.entity_id] if r is not None]
            if (key in split  # "King Y" again, after a "King Y of A" split off: the same king
                    or (own is not None and countries and own not in countries)  # placed elsewhere: another person
                    or (titled and not any(r.title.category == f.role.title.category for r in titled) and (own is None or own not in countries))):
                f.entity_id, f.via = split.setdefault(key, f"person:{slug(f.text)}"), "ner"  # (titled otherwise, in no common country)

    @staticmethod
    def _countries_ending(found: list[Found]) -> dict[int, Found]:
        return {o.end: o for o in found if o.entity_id and o.entity_id.startswith("country:")}

    def _country_before(self, doc: Doc, countries_ending: dict[int, Found], f: Found) -> str | None:
        """The country a possessor or a nationality right before a name places the person in ("Iraq's X", "Iraqi X");
        ``countries_ending``: the country mentions by the token they end before (``_countries_ending``)."""
        at = f.start - 1 if f.start > 0 and doc[f.start - 1].text in POSSESSIVE else f.start
        other = countries_ending.get(at)
        if other is None and at == f.start:  # "Hungarian astronaut X": a nationality, then a word or two saying what X is
            word = f.start - 1
            while word >= 0 and f.start - word <= 2 and doc[word].is_lower and doc[word].is_alpha and not doc[word].is_stop:
                word -= 1
                other = countries_ending.get(word + 1)
                if other is not None:
                    other = other if other.surface_kind == "demonym" else None
                    break
        if other is None or (at != f.start and other.surface_kind == "demonym"):
            return None
        known = self.gaz.known.get(other.entity_id)
        return known.country if known is not None else None

    def _role_country(self, doc: Doc, found: list[Found], role: Role) -> str | None:
        """The country a role names in its words or right after its name ("Iraqi President", "King X of Jordan")."""
        return (self._country_within(found, (role.start_char, role.end_char)) or self._country_in_name(role.text)
                or self._country_of_titled(doc, found, role))

    def _entity_roles(self, found: list[Found]) -> dict[str, Role]:
        """The first role the document gives each person."""
        roles: dict[str, Role] = {}
        for f in found:
            if f.label == "PERSON" and f.entity_id and f.role is not None:
                roles.setdefault(f.entity_id, f.role)
        return roles

    def _entity_countries(self, doc: Doc, found: list[Found], roles: dict[str, Role]) -> dict[str, str | None]:
        """A country for each entity: the gazetteer's, else one named in its role or its own name; a place NER found
        that no hand-written file knows takes the country of the state, province or large city of that name
        (``world_places.py``: ISO 3166-2 and GeoNames)."""
        countries: dict[str, str | None] = {}
        ending: dict[int, Found] | None = None  # made when a person with no role is met
        for f in found:
            if not f.entity_id or f.entity_id in countries:
                continue
            known = self.gaz.known.get(f.entity_id)
            if known is not None and known.country:
                countries[f.entity_id] = known.country
                continue
            role = roles.get(f.entity_id)
            if role is not None:
                # the first role that places the person, else the surname's office holders: "Defense Secretary X" after
                # "the U.S. defense secretary, X" is American (the person's own earlier mention, not the story's dateline)
                countries[f.entity_id] = next((c for r in self._roles_of(found, f.entity_id, role) if (c := self._role_country(doc, found, r))),
                                              None) or self._country_of_surname(f)
            elif f.label == "PERSON":
                # "Iraq's X", "Iraqi X": the possessor or nationality right before one of the person's names places them
                ending = ending if ending is not None else self._countries_ending(found)
                countries[f.entity_id] = next((c for o in found if o.entity_id == f.entity_id and o.label == "PERSON"
                                               and (c := self._country_before(doc, ending, o))), None)
            elif f.label == "ORG":
                countries[f.entity_id] = self._country_in_name(f.name or f.text) or (
                    None if known is not None else self.gaz.world_place_country(f.name or f.text, kind_word=True))
            elif f.label in ("GPE", "LOC") and known is None:
                countries[f.entity_id] = self.gaz.world_place_country(f.name or f.text)  # "Sindh province": PAK
            else:
                countries[f.entity_id] = None
        return countries

    def _roles_of(self, found: list[Found], entity_id: str, first: Role) -> list[Role]:
        """The roles the document gives a person, the first (``_entity_roles``) first, then the others in text order."""
        return [first, *(f.role for f in found if f.entity_id == entity_id and f.role is not None and f.role is not first)]

    def _country_of_titled(self, doc: Doc, found: list[Found], role: Role) -> str | None:
        """ "Foreign Minister Ivo Zog of Norway": the country after the titled name that gave the role."""
        titled = next((f for f in found if f.role is role), None)
        if titled is None or titled.end + 1 >= len(doc) or doc[titled.end].lower_ != "of":
            return None
        after = next((f for f in found if f.start == titled.end + 1 and f.entity_id), None)
        known = self.gaz.known.get(after.entity_id) if after is not None else None
        return known.country if known is not None and known.kind == "COUNTRY" and after.surface_kind in {"name", None} else None

    def _country_of_surname(self, f: Found) -> str | None:
        """ "President Bush": a titled surname alone that the gazetteer's office holders of one country share is of that
        country, though which of them is meant is left open (the gazetteer lists the surname as no one's other name)."""
        words = (f.name or f.text).split()
        countries = self.gaz.surname_countries.get(words[-1].lower(), set()) if len(words) == 1 else set()
        return next(iter(countries)) if len(countries) == 1 else None

    def _country_in_name(self, name: str) -> str | None:
        """ "Kenya Ports Authority", "Italian Senate": a country or demonym among the words."""
        words = name.replace("’s", "").replace("'s", "").split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                surface = self.gaz.lookup(" ".join(words[i : i + n]))
                known = self.gaz.known.get(surface.entity_id) if surface is not None else None
                if known is not None and known.kind == "COUNTRY" and surface.kind in {"name", "demonym", "institution"}:
                    return known.country
        return None

    def _country_within(self, found: list[Found], window: tuple[int, int]) -> str | None:
        for other in found:
            if other.entity_id and other.start_char >= window[0] and other.end_char <= window[1]:
                known = self.gaz.known.get(other.entity_id)
                if known is not None and known.kind != "PERSON" and known.country:
                    return known.country
        return None

    def _categories(self, found: list[Found], roles: dict[str, Role]) -> dict[str, set[str]]:
        """What each person's role can be called: "head", "president", "foreign", ..."""
        out: dict[str, set[str]] = {}
        for f in found:
            if f.label != "PERSON" or not f.entity_id:
                continue
            cats = out.setdefault(f.entity_id, set())
            role = roles.get(f.entity_id)
            if role is not None:
                cats.add(role.title.category)
            known = self.gaz.known.get(f.entity_id)
            if known is not None and known.category:
                cats |= OFFICE_CATEGORIES.get(known.category, set()) | {known.category}
                office_title = self.gaz.title((known.office or "").split(" of ")[0])
                if office_title is not None:
                    cats.add(office_title.category)
        return out

    # -- output ---------------------------------------------------------------------------

    def _entities(self, kept: list[Found], roles: dict[str, Role], countries: dict[str, str | None]) -> tuple[Entity, ...]:
        order: list[str] = []
        by_id: dict[str, list[Found]] = {}
        for f in kept:
            if f.entity_id not in by_id:
                order.append(f.entity_id)
            by_id.setdefault(f.entity_id, []).append(f)
        entities = []
        for entity_id in order:
            mentions = by_id[entity_id]
            known = self.gaz.known.get(entity_id)
            kind: EntityKind = known.kind if known else KIND_OF_LABEL[mentions[0].label]
            if known:
                name = known.name
            else:
                name = _display_name(mentions, kind)
            role = roles.get(entity_id)
            role_text = role.text if role is not None else (known.office if known else None)
            country = (known.country if known else None) or countries.get(entity_id)
            aliases = tuple(dict.fromkeys(" ".join(m.text.split()) for m in mentions))
            entities.append(Entity(id=entity_id, name=name, kind=kind, country=country, role=role_text, aliases=aliases, mention_count=len(mentions)))
        return tuple(entities)


def _display_name(mentions: list[Found], kind: EntityKind) -> str:
    """The entity's name: its longest proper name ("Ann Holt"), not a description resolved to it ("the Arnor
    governor", via "title", often more words); a person's name comes from its PERSON mentions. A description is
    the name only when the entity has nothing else."""
    names = [m for m in mentions if m.via != "title" and (kind != "PERSON" or m.label == "PERSON")] or mentions
    return max((m.name or m.text for m in names), key=lambda n: (len(name_tokens(n)), len(n)))


def _missed_surnames(doc: Doc, found: list[Found], names: dict[str, str], gaz: Gazetteer) -> list[Found]:
    """Bare surnames NER left untagged ("Zog later met ..." after "Foreign Minister Ivo Zog"): a capitalized proper noun
    outside every span, standing alone, whose word is the last of a full name the document gives. They become one-word
    person mentions for ``resolve_short_forms`` to link (the ones it does not link are dropped), so the person's role
    and country reach them, and the event and quote readers that ask for the entity of such a word. A word NER gave a
    label this resolver does not collect counts as untagged: the small model calls a bare surname it does not know a
    product or a work of art about as often as it leaves it bare."""
    surnames = {name_tokens(name)[-1] for name in names.values() if len(name_tokens(name)) >= 2}
    if not surnames:
        return []
    taken = {i for f in found for i in range(f.start, f.end)}
    table = token_table(doc)
    out = []
    for i, lower in enumerate(table.lower):
        if i in taken or table.ent_type[i] in LABELS or lower not in surnames:
            continue
        token = doc[i]
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper() or not token.is_alpha:
            continue
        if any(0 <= k < len(doc) and _name_like(doc[k], gaz) for k in (i - 1, i + 1)):
            continue  # a word of a longer name NER missed ("Anna Zog", "Zog Industries"), even at a sentence's start
        out.append(Found(i, i + 1, token.idx, token.idx + len(token.text), token.text, "PERSON", None, "ner", name=token.text))
    return out


def _name_like(token, gaz: Gazetteer) -> bool:
    """A capitalized proper noun that is no honorific or title ("Mr.", "President"): a word of a longer name."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.endswith("."):
        return False
    return token.lower_ not in gaz.title_words and token.lower_.rstrip("s") not in gaz.title_words and token.text not in load_honorifics()


def _drop_unintroduced(found: list[Found], lone: list[Found]) -> list[Found]:
    """A one-word "person" that the document never names in full nor gives a title, and the gazetteer does not
    know, is dropped: news introduces a person by full name or by office, so such a word is mostly a festival,
    a product or a byline fragment that NER took for a name (a festival's one-word name, "Guest")."""
    with_role = {f.entity_id for f in found if f.role is not None}
    dropped = {id(f) for f in lone if f.entity_id not in with_role}
    return [f for f in found if id(f) not in dropped] if dropped else found


def _drop_concept_names(doc: Doc, found: list[Found], adjectives: frozenset[str]) -> list[Found]:
    """A "person" of two or more words that the gazetteer does not know, whose first word is a common adjective
    (``wordnet_adjectives``), that the document never titles and writes only after "the" ("the wider Young Wave",
    invented) is a concept, a grouping or a title NER took for a name, and is dropped: news writes a person's name
    without an article, and where "the" and an epithet come before it, the name is still a given name and a
    surname ("the late Anna Zog"). On 924 PolNeAR articles this drops a film, a book title and one party NER
    called a person."""
    by_entity: dict[str, list[Found]] = {}
    for f in found:
        if f.entity_id and f.entity_id.startswith("person:"):
            by_entity.setdefault(f.entity_id, []).append(f)
    dropped: set[str] = set()
    for entity_id, mentions in by_entity.items():
        if any(f.via == "gazetteer" or f.role is not None or not _after_article(doc, f.start) for f in mentions):
            continue
        if any(f.end - f.start >= 2 and doc[f.start].lower_ in adjectives for f in mentions):
            dropped.add(entity_id)
    return [f for f in found if f.entity_id not in dropped] if dropped else found


def _opens_question(doc: Doc, start: int, end: int, headline: bool = False) -> bool:
    """ "Will Okafor back down?": the span's first word is the auxiliary of an inverted question, not a given name
    nor part of a place's or a body's name ("Did Halvik Tern ...?"). It opens the sentence, is an auxiliary, a name
    follows it, and the sentence ends in a question mark; a comma after the name (a vocative, "May Lin, are you
    running?") or a finite verb right after it ("Will Okafor is back?") keeps the given name. A headline often drops
    its question mark ("Will Ruritania Sign The Treaty"): in a Title Case line a base-form verb right after the name
    says the same ("Will Smith Returns To The Stage" keeps its given name)."""
    first = doc[start]
    if end - start < 2 or not first.is_sent_start or first.lower_ not in QUESTION_AUXILIARIES or not first.text[:1].isupper():
        return False
    after = doc[end] if end < len(doc) else None
    sent = first.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in QUOTE_CLOSERS), None)
    if last is None or "?" not in last.text:
        return headline and after is not None and after.tag_ == "VB"
    return after is None or (after.text != "," and after.tag_ not in {"VBZ", "VBD", "VBP"})


HEADLINE_CUT_TAGS = {"VB", "VBD", "VBZ", "VBP", "MD", "RP"}  # a verb, a modal or a particle: no word of a name


def _before_headline_verb(doc: Doc, start: int, end: int) -> int:
    """ "Ann Okafor Suffered A Heavy Defeat", "Halvik Tern Sell Its Ferries": in a Title Case line NER runs a name on
    into the headline's verb; the name ends before the first verb after its first word (a verb never is one), or after
    its second when the first is a question's auxiliary ("Will Osei Brannick Keep His Seat": the verb is "Keep")."""
    first = start + 2 if doc[start].lower_ in QUESTION_AUXILIARIES else start + 1
    for i in range(first, end):
        if doc[i].tag_ in HEADLINE_CUT_TAGS:
            return i
    return end


def _after_article(doc: Doc, start: int) -> bool:
    """Is token ``start`` preceded by "the", with nothing but adjectives between ("the wider ...")?"""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def _abbreviated_title(token) -> bool:
    """ "Lt.", "Hon.": an honorific abbreviation with its stop (see honorifics.py), never a name by itself."""
    return token.text.endswith(".") and token.text[:-1] in load_honorifics()


def _acts_as_state(token) -> bool:
    """Does this capital act or get acted with ("Ottawa said", "talks with Lima", "urged Paris",
    "Ottawa's decision"), rather than name the city ("flew to Nairobi", "Lima's streets")?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Paris and Berlin said": the first conjunct decides
    head = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    if token.dep_ == "pobj":
        return head.lower_ in ACTOR_PREPOSITIONS or (head.lower_ == "from" and head.head.lemma_ in {"pressure", "demand", "request", "response", "reply", "message", "call", "order", "orders", "signal"})
    if token.dep_ == "dobj":
        return head.lemma_ not in MOTION_LEMMAS
    if token.dep_ == "poss":
        return head.lower_ not in PLACE_NOUNS and head.pos_ != "PROPN"  # "Lima's National Theater" is a place
    return False


def _words_with_hyphens(text: str, starts: list[int]) -> list[int]:
    """The indices of the tokens holding a dash (``HYPHEN``), in text order, found in the text rather than word by word
    (a dash is never a space, so the token whose first character is the last at or before it holds it)."""
    out: list[int] = []
    for match in HYPHEN.finditer(text):
        i = bisect_right(starts, match.start()) - 1
        if i >= 0 and (not out or out[-1] != i):
            out.append(i)
    return out


def _in_heading(text: str, start: int, end: int, lines: dict[int, bool]) -> bool:
    """Is this span in a heading or a bullet's label ("Main Points", "- The Plan: ...")?

    NER takes the capitalized words of headings for names; a line with no closing
    punctuation whose words are mostly capitalized is a heading.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    label = text[end:line_end].lstrip().startswith(":") and len(text[line_start:start].split()) <= 2
    if line_start not in lines:
        line = text[line_start:line_end].strip()
        words = [w for w in line.split() if len(w) > 3]
        capitalized = sum(w.lstrip("\"'“‘(-")[:1].isupper() for w in words)
        lines[line_start] = bool(line) and line[-1] not in ".!\"”:;," and len(line.split()) <= 12 and capitalized >= 0.6 * max(1, len(words))
    return label or lines[line_start]


@Language.factory(
    "readout_actors",
    default_config={"data_dir": None},
    assigns=["doc._.readout_entities", "doc._.readout_mentions"],
    requires=["doc.ents"],
)
def make_readout_actors(nlp: Language, name: str, data_dir: str | None) -> ActorResolver:
    return ActorResolver(nlp, name, data_dir)


# -- public helpers for later components ------------------------------------------------------


class SpanEntities:
    """``mention_for_span`` and ``entity_for_span`` over one doc's mentions and entities, read once: the quotes reader
    asks for about a thousand spans a pass, and each free call read ``doc._`` and every mention's span again (35 ms a
    pass on 60 PolNeAR articles). Made after the actors component, which alone sets the mentions and entities."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions = [(m.span.start, m.span.end, m) for m in doc._.readout_mentions or ()]
        self.entities: dict[str, Entity] = {}
        for entity in doc._.readout_entities or ():
            self.entities.setdefault(entity.id, entity)  # the first entity of an id, as a search in order finds it
        self._persons: set[str] | None = None

    def mention(self, start_char: int, end_char: int) -> Mention | None:
        """The mention covering ``start_char:end_char`` (the smallest one), else the mention
        overlapping it most, preferring persons over demonyms and the mention nearest the end
        (the head of an English noun phrase). None when no mention touches the span."""
        covering = [(start, end, m) for start, end, m in self.mentions if start <= start_char and end >= end_char]
        if covering:
            return min(covering, key=lambda c: c[1] - c[0])[2]
        touching = [(start, end, m) for start, end, m in self.mentions if start < end_char and start_char < end]
        if not touching:
            return None
        if self._persons is None:
            self._persons = {e.id for e in self.doc._.readout_entities or () if e.kind == "PERSON"}
        persons = self._persons

        def rank(t: tuple[int, int, Mention]) -> tuple:
            start, end, m = t
            overlap = min(end_char, end) - max(start_char, start)
            return (m.via != "demonym", m.entity_id in persons, overlap, end)

        return max(touching, key=rank)[2]

    def entity(self, start_char: int, end_char: int) -> Entity | None:
        """The entity of ``mention``: who a speaker or event-actor span stands for."""
        mention = self.mention(start_char, end_char)
        return self.entities.get(mention.entity_id) if mention is not None else None


def mention_for_span(doc: Doc, start_char: int, end_char: int) -> Mention | None:
    """The mention covering ``start_char:end_char`` (``SpanEntities.mention``; many spans of one doc: ask a ``SpanEntities``)."""
    return SpanEntities(doc).mention(start_char, end_char)


def entity_for_span(doc: Doc, start_char: int, end_char: int) -> Entity | None:
    """The entity of ``mention_for_span``: who a speaker or event-actor span stands for."""
    return SpanEntities(doc).entity(start_char, end_char)


def persons_before(doc: Doc, char: int) -> list[Entity]:
    """Persons mentioned before ``char``, the most recent first: the candidates a pronoun or
    "the two leaders" can refer to (pronoun resolution itself belongs to the quotes reader)."""
    entities = {e.id: e for e in doc._.readout_entities or () if e.kind == "PERSON"}
    order: list[str] = []
    for mention in sorted(doc._.readout_mentions or (), key=lambda m: -m.span.end):
        if mention.span.end <= char and mention.entity_id in entities and mention.entity_id not in order:
            order.append(mention.entity_id)
    return [entities[entity_id] for entity_id in order]


def actor_code(entity: Entity, mention: Mention | None = None, doc: Doc | None = None) -> str | None:
    """A CAMEO/PLOVER-style actor code: ISO3 for a country, ISO3 plus a sector when the role says so
    ("CANGOV" for a head of state or minister, "CANMIL" for a general, "CANBUS" for a state
    company), "IGO" or "NGO" for an international body. Given the mention (and its doc), a
    state's code takes the sector of what stands for it: an institution ("the Bundeswehr" ->
    DEUMIL) or the group noun it qualifies ("Canadian troops" -> CANMIL)."""
    gaz = load_gazetteer()
    if entity.kind == "COUNTRY":
        sector = None
        if mention is not None and mention.via == "metonymy":
            surface = gaz.lookup(mention.span.text)
            sector = surface.sector if surface is not None else None
        if sector is None and mention is not None and doc is not None:
            sector = _sector_of_group(gaz, doc, mention)
        elif sector is None and mention is not None and mention.via == "metonymy":
            sector = "GOV"
        return f"{entity.country}{sector or ''}" if entity.country else None
    known = gaz.known.get(entity.id)
    sector = _sector_of_role(gaz, entity.role) or (known.sector if known else None)
    if entity.kind == "ORG" and not entity.country:
        return sector if sector in {"IGO", "NGO"} else None
    if not entity.country:
        return None
    if sector == "IGO":
        sector = "GOV"
    return f"{entity.country}{sector or ''}"


def titled_code(entity: Entity) -> str | None:
    """The code the document's own title for a person gives ("Foreign Minister Ivo Zog of Norway" -> "NORGOV"), which
    the event coder gives every bare mention of that person ("Zog later met ..."). None for a person the gazetteer
    knows: its office there may be past or to come (a candidate is no government), so only the words at the mention
    count, as before; None too without a country or a title with a sector."""
    gaz = load_gazetteer()
    if entity.kind != "PERSON" or not entity.role or not entity.country or entity.id in gaz.known:
        return None
    sector = _sector_of_role(gaz, entity.role)
    return f"{entity.country}{sector}" if sector else None


def _sector_of_group(gaz: Gazetteer, doc: Doc, mention: Mention) -> str | None:
    """Which part of a state a country word stands for, from the words around it:
    the noun it qualifies ("Hungarian officials", "Algerian government forces" -> MIL), the
    noun it is the place of ("rebels in Darfur" -> REB), or, for a plural demonym standing
    alone, its people ("Algerians" -> CVL)."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None
    last = span[-1]
    if last.dep_ in {"amod", "compound", "nmod", "poss", "npadvmod"} or (last.i + 1 < len(doc) and doc[last.i + 1].text in {"'s", "’s"}):
        for token in (last.head, *doc[span.end : min(last.head.i, span.end + 3)]):
            two = doc[token.i - 1 : token.i + 1].text.lower() if token.i > span.end else ""
            if two in gaz.sector_nouns:
                return gaz.sector_nouns[two]
            if token.lower_ in gaz.sector_nouns:
                return gaz.sector_nouns[token.lower_]
    if last.head.pos_ == "ADP" and last.head.head.lower_ in gaz.sector_nouns:
        return gaz.sector_nouns[last.head.head.lower_]
    if mention.via == "metonymy":
        return "GOV"  # a capital standing for its state is its government
    if mention.via == "demonym" and last.tag_ in {"NNPS", "NNS"} and last.dep_ not in {"amod", "compound"}:
        return "CVL"
    return None


def _sector_of_role(gaz: Gazetteer, role: str | None) -> str | None:
    """The sector of the last title in a role ("a French presidential aide" -> GOV); a state institution the role names
    speaks over a title's own sector ("FBI director" -> COP, the director of no firm: BUS is what "director" alone gives)."""
    if not role:
        return None
    written = role.replace("’s", " ").replace("'s", " ").split()
    for size in (3, 2, 1):
        for start in range(len(written) - size + 1):
            surface = gaz.lookup(" ".join(written[start : start + size]))
            if surface is not None and surface.kind == "institution" and surface.sector:
                return surface.sector
    words = role.lower().replace("’s", " ").replace("'s", " ").split()
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - 4), end):
            title = gaz.title(" ".join(words[start:end]))
            if title is not None:
                return title.sector
    return None
