"""Who did it and to whom: actor phrases from the dependency parse and their PLOVER codes.

A code is an ISO 3166 alpha-3 country (or IGO) plus an optional sector
("RUSGOV", "ISRMIL"). The country comes first from the actors extractor's
entities (so "the Velorian president" or "he" resolve the way the rest of
readout resolves them), then from the place names in the actor's own phrase.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from readout.analyze.actor_dictionary import ActorMatcher, DictionaryMatch
from readout.analyze.coreference import PersonResolver
from readout.analyze.datelines import DATELINE_REACH, find_dateline
from readout.analyze.event_lexicon import MAX_PHRASE_TOKENS, EventLexicon
from readout.analyze.extensions import char_span, doc_text, document_of
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.honorifics import load_honorifics
from readout.analyze.token_table import TokenTable, token_table
from readout.model import Entity, EventActor

# dependents that start another actor or a clause about the actor, not part of its name
_SKIP_DEPS = {"relcl", "conj", "cc", "punct", "advcl", "ccomp", "parataxis"}
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_NOT_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "PRODUCT"}
_COLLECTIVE_POSSESSIVES = {"its", "their"}  # a country's or a group's own ("his government" is the person's, read elsewhere)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our", "who", "which", "that"}


@dataclass(frozen=True)
class EntityIndex:
    """The actors extractor's mentions, by the start offset of every token they cover (constant-time lookups).

    An index belongs to one doc, so it also remembers the answers that depend only on a token, the
    lexicon and the entities (``is_actor``, ``code_actor``): the coder asks them about the same
    subjects and objects for each trigger and each dyad, about twice per token.
    """

    by_token_start: dict[int, Entity]
    answers: dict = field(default_factory=dict, compare=False, repr=False)
    persons: PersonResolver | None = field(default=None, compare=False, repr=False)  # who the doc's pronouns stand for
    coded: dict[int, DictionaryMatch] = field(default_factory=dict, compare=False, repr=False)  # token index -> user dictionary name

    @classmethod
    def of(cls, doc: Doc, dictionary: ActorMatcher | None = None) -> EntityIndex:
        """``dictionary``: the user's actor dictionary, its names found once per doc (codes as of the doc's date)."""
        entities = {e.id: e for e in (doc._.readout_entities or ())}
        table: dict[int, Entity] = {}
        for mention in doc._.readout_mentions or ():
            entity = entities.get(mention.entity_id)
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand") if entity else None
            for token in span or ():
                table.setdefault(token.idx, entity)
        coded: dict[int, DictionaryMatch] = {}
        if dictionary is not None:
            document = document_of(doc)
            for match in dictionary.matches(doc, document.published if document is not None else None):
                coded.update((i, match) for i in range(match.start, match.end))
        return cls(table, persons=PersonResolver(doc), coded=coded)

    def covering(self, start: int, end: int) -> Entity | None:
        """The entity of a mention covering the token that starts at ``start``."""
        return self.by_token_start.get(start)


@lru_cache(maxsize=None)
def _actors_code_function(name: str = "actor_code"):
    """``readout.analyze.actors.actor_code`` (or another of its code functions) when the actors extractor provides it.
    Resolved once per name (a module is not unloaded): the event coder asks about a thousand times a pass."""
    try:
        module = importlib.import_module("readout.analyze.actors")
    except ImportError:
        return None
    return getattr(module, name, None)


_NAME_DEPS = {"compound", "amod", "poss", "nmod", "flat", "case", "det", "nummod", "quantmod"}


def phrase_tokens(head: Token) -> list[Token]:
    """The head's own phrase: its subtree without conjuncts and clauses hanging off it."""
    doc = head.doc
    return [doc[i] for i in _phrase_indices(token_table(doc), head.i)]


def _phrase_indices(table: TokenTable, head: int) -> list[int]:
    """``phrase_tokens`` over the token table's columns (no Token object and no decoded string per step)."""
    found = [head]
    dep = table.dep
    for child in table.children(head):
        if dep[child] in _SKIP_DEPS:
            continue
        found.extend(_phrase_indices(table, child))
    found.sort()
    cut = [i for i in range(found[0], head) if _breaks_at(table, i)]  # a dash the parse hung elsewhere too
    return [i for i in found if i > cut[-1]] if cut else found


def name_tokens(head: Token) -> list[Token]:
    """The head and the words that name it ("Brazilian President Luiz Inácio Lula da Silva", "Israeli army")."""
    doc = head.doc
    return [doc[i] for i in _name_indices(token_table(doc), head.i, doc)]


def _name_indices(table: TokenTable, head: int, doc: Doc) -> list[int]:
    """``name_tokens`` over the token table's columns (no Token object and no decoded string per step)."""
    dep, ent_type = table.dep, table.ent_type
    # "Saudi-led": the leader's name and the hyphen are the name's (the table's lemma is lower-cased: the lemma as is decides)
    if dep[head] == "amod" and table.lemma[head] == "lead" and doc[head].lemma_ == "lead":
        return sorted([head, *(c for c in table.children(head) if c < head)])
    found = [head]
    for child in table.children(head):
        if ent_type[child] in ("DATE", "TIME") and dep[child] == "compound" and child < head:
            continue  # "On Tuesday Defense Secretary X": the day the parser hung on the name is no part of it
        if dep[child] in _NAME_DEPS or (dep[child] == "appos" and child > head):
            found.extend(_name_indices(table, child, doc))
    found.sort()
    cut = [i for i in range(found[0], head) if _breaks_at(table, i)]  # a dash the parse hung elsewhere too
    return [i for i in found if i > cut[-1]] if cut else found


def _shown_tokens(head: Token, entities: EntityIndex) -> list[Token]:
    """``name_tokens(head)``, made once per doc and head: ``_is_actor`` and ``_code_actor`` both read it for the same head.
    Callers must not change the list in place."""
    key = ("name_tokens", id(head.doc), head.i)
    tokens = entities.answers.get(key)
    if tokens is None:
        tokens = entities.answers[key] = name_tokens(head)
    return tokens


def _breaks_at(table: TokenTable, i: int) -> bool:
    """A colon, a dash or a semicolon before the head ends what names it: "NEW YORK - Presidential envoy X" is the envoy,
    the dateline before the spaced hyphen no part of the name ("Saudi-led" is written without spaces). Read from the
    table: a token's lower case is one of these marks only when its text is, and a token is followed by a space when
    the next one starts after its end (``i`` comes before the head, so it is never the doc's last token)."""
    word = table.lower[i]
    if word in (":", "—", "–", ";", "--"):
        return True
    idx, length = table.idx, table.length
    return word == "-" and i > 0 and idx[i - 1] + length[i - 1] < idx[i] and idx[i] + length[i] < idx[i + 1]


def _place_match(tokens: list[Token], lexicon: EventLexicon, doc: Doc):
    """The first place name, demonym or capital in the tokens, longest match first, with the token indices it covers.

    Words inside a person's name are not places ("Mark Cuban" is not Cuban).
    """
    table = token_table(doc)  # the columns, not a string decoded per Token attribute (is_actor and code_actor ask often)
    ent_type, idx, length = table.ent_type, table.idx, table.length
    firsts = [t.i for t in tokens]
    kept = {i for i in firsts if ent_type[i] != "PERSON"}
    if not kept:
        return None, set()
    whole = doc_text(doc)  # read once: each read is an extension lookup
    for t, first in zip(tokens, firsts):
        for n in range(MAX_PHRASE_TOKENS, 0, -1):
            last = first + n - 1
            if last not in kept:
                continue
            text = whole[idx[first] : idx[last] + length[last]]
            found = lexicon.place(text) or (lexicon.place(text[:-2]) if text.endswith(("'s", "’s")) else None)
            if found and n == 1 and t.is_lower and found.kind in ("capital", "name"):
                continue  # "the male population", "turkey", "chad": a common word, no place, in lower case
            if found:
                return found, set(range(t.i, last + 1))
    return None, set()


def _place_in(tokens: list[Token], lexicon: EventLexicon, doc: Doc):
    return _place_match(tokens, lexicon, doc)[0]


def _sector_in(tokens: list[Token], head: Token, lexicon: EventLexicon) -> str | None:
    """The sector a phrase names: a two-word sector anywhere in it first ("opposition leaders" is OPP, not the leaders' GOV), then its head's word.

    A two-word title may be hyphened ("secretary-general" is the "secretary general", no military "general").
    """
    # read from the token table's lower-cased columns: ``lexicon.sector`` lower-cases what it is given, so the words'
    # lower case reads as their text did ("-" is its own lower case), and the table's lemmas are lower-cased lemmas
    table = token_table(head.doc)
    lower, lemma, size, sector = table.lower, table.lemma, table.size, lexicon.sector
    ordered = ([head.i] if head in tokens else []) + [t.i for t in tokens if t.i != head.i]
    for i in ordered:
        after = i + 2 if i + 2 < size and lower[i + 1] == "-" else i + 1
        if after < size:
            two = sector(f"{lower[i]} {lower[after]}") or sector(f"{lower[i]} {lemma[after]}")
            if two:
                return two
    for i in ordered:
        found = sector(lower[i]) or sector(lemma[i])
        if found:
            return found
    return None


def code_actor(head: Token, lexicon: EventLexicon, entities: EntityIndex, where: str | None = None) -> EventActor:
    """The actor whose phrase is headed by ``head``, with its code when one can be found.

    ``where``: the country the event takes place in; a sector actor or a person with no country of
    its own is of that country ("troops attacked militants in Somalia": SOMREB).
    """
    key = ("code_actor", id(head.doc), id(lexicon), head.i, where)
    actor = entities.answers.get(key)
    if actor is None:
        actor = entities.answers[key] = _code_actor(head, lexicon, entities, where)
    return actor


# a courtesy or civil title's abbreviation as the word before a name: with its stop, bare, or the stop split off
TITLE_MARKS = frozenset(load_honorifics()) | frozenset(word + "." for word in load_honorifics()) | {"."}


def titled_surname(head: Token) -> bool:
    """A proper noun right after a courtesy or civil title's abbreviation ("Mr. English", "Dr. French", "Rep. Israel"):
    a person's surname, whatever place or people the same word names. Callers test ``TITLE_MARKS`` first."""
    if head.i == 0 or head.tag_ != "NNP":
        return False
    before = head.doc[head.i - 1]
    if before.text == "." and head.i > 1:
        before = head.doc[head.i - 2]
    return before.text.rstrip(".") in load_honorifics() and before.text[:1].isupper()


def _code_actor(head: Token, lexicon: EventLexicon, entities: EntityIndex, where: str | None) -> EventActor:
    doc = head.doc
    tokens = phrase_tokens(head)
    doers = {t.i for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for t in a.subtree}
    if doers:  # "Envoy expelled by Ghana", "rebels backed by Y": who does the act to them, not their own country
        tokens = [t for t in tokens if t.i not in doers]
    shown = _shown_tokens(head, entities)  # rebound below, never changed in place (shared with ``_is_actor``)
    # trim leading determiners and punctuation from the displayed text
    while len(shown) > 1 and (shown[0].dep_ in ("det", "punct", "case") or shown[0].is_punct) and shown[0].lower_ != "both":  # "both sides" stays whole
        shown = shown[1:]
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1].text)
    relational = _relational(head, lexicon)
    if relational:  # "Zembla's militia ally": the possessor is another actor, its country not the ally's
        owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        # "U.S. allies", "American partners": a state's word before the noun names whose allies, not theirs (an
        # organisation's, "NATO allies", names the group they are members of, and stays)
        owner |= {t.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
                  and (place := lexicon.place(c.text)) is not None and place.kind != "igo" for t in c.subtree}
        tokens, shown = [t for t in tokens if t.i not in owner], [t for t in shown if t.i not in owner] or [head]
    entity = entities.covering(head.idx, head.idx + len(head.text))
    surname = head.i > 0 and doc[head.i - 1].text in TITLE_MARKS and titled_surname(head)
    if surname and entity is not None and entity.kind != "PERSON":
        entity = None  # "Mr. French": a surname, no country
    if entities.coded:
        match = _dictionary_match(head, shown, tokens, entities)
        if match is not None:
            return EventActor(text=doc_text(doc)[start:end], entity_id=entity.id if entity is not None else None,
                              code=_dictionary_code(match, head, shown, lexicon), span=char_span(doc, start, end))
    country = None
    if entity is not None:
        actor_code = _actors_code_function()
        country = actor_code(entity) if actor_code else None
        country = (country or entity.country or "")[:3] or None
        if country is not None and entity.kind == "PERSON":
            # "Iraq's Saddam Hussein", "Iraqi President X": the place the phrase itself names before the name speaks over
            # the country the name's entity was linked to (a surname shared with "King Hussein of Jordan")
            # (a possessor or a nationality word: "NATO member Estonia" is no member of NATO's country)
            before = [t for t in shown if t.i < head.i and entities.covering(t.idx, t.idx + len(t.text)) is not entity]
            named, covered = _place_match(before, lexicon, doc) if before else (None, set())
            if named is not None and (named.kind == "demonym" or any(doc[i].dep_ == "poss" for i in covered)):
                country = named.code
    group = _armed_group_of(head, entity, country, shown, lexicon, entities)
    if group is not None:
        country = group  # "the Pakistani Taliban": the branch of an armed group in the state its nationality word names
    _, place_tokens = _place_match(shown, lexicon, doc)
    sector = _sector_in([t for t in shown if t.i not in place_tokens], head, lexicon) if head.i not in place_tokens else None
    if sector is None and place_tokens and min(place_tokens) < head.i:
        sector = lexicon.office_abbreviations.get(head.text)  # "the Australian PM": capitals only ("3 pm" is a time)
    if sector is None and entity is not None and _bare_name(shown, entity, entities):
        titled = _actors_code_function("titled_code")
        code = titled(entity) if titled else None
        sector = code[3:] if code and code[:3] == country else None  # a bare "Zog": the "Foreign Minister Ivo Zog" named before
    if sector is None and entity is not None and entity.kind == "PERSON":
        title = _apposed_title(head, lexicon, entities)
        if title is not None and (country is None or title.startswith(country)):
            country, sector = title[:3], title[3:]  # "Kenya's foreign minister, NAME": the title's country and role
    armed_group = _armed_group_sector(entity, lexicon)
    if sector is None and (group is not None or armed_group is not None):
        sector = load_gazetteer().known[entity.id].sector  # an armed group's own sector: "the Taliban" AFGREB, not AFG
    if entity is not None and entity.kind == "COUNTRY":
        sector = _institution_sector(head) or sector  # "the Pentagon" (MIL), "the Justice Department" (GOV, not JUD)
    if sector is not None and country is None and not place_tokens and _named_organisation(head, sector, lexicon) and _place_in(tokens, lexicon, doc) is None:
        sector = None  # "the Army of God", "the People's Union": the organisation so named, no state's army or union
    if sector == "MIL" and head.lemma_.lower() == "officer":
        sector = _officer_sector(head, lexicon)
    body = _staff_institution(head)
    if body is not None:  # "FBI agents" USACOP, "Pentagon officials" USAMIL, "Elysee staff" FRAGOV: the body they work for
        sector, country = body.sector, country or body.entity_id.partition(":")[2][:3] or None
    business = _business_code(head, shown, tokens, lexicon) if entity is None or entity.kind != "PERSON" or sector else None
    if business is not None:  # a firm, a business association, a company's officer (BUS) or a central bank (GOV)
        country, sector = business[0] or country, business[1]
    if country is None:
        # the head itself first ("Hungary"), then its modifiers ("Israeli army"); a state named bare before a one-sided
        # act noun is where or to whom it was done, no doer ("condemned the Kuwait invasion": not Kuwait)
        acted_on = {t.i for c in places_acted_on(head, lexicon) + venues(head, lexicon) for t in c.subtree}
        # a people named "ethnic X" deep in the phrase ("police against hamlets inhabited by ethnic Hungarians") is
        # whom the phrase is about, not the actor's state; "ethnic Hungarian villagers", the head's own modifier, stays
        acted_on |= {t.i for t in tokens if t.i > 0 and t.head.i != head.i and doc[t.i - 1].lower_ == "ethnic"}
        if surname:
            acted_on.add(head.i)  # "Mr. English": a surname after a courtesy title, no nationality
        place = (None if surname else _place_in([head], lexicon, doc)) or _place_in([t for t in tokens if t.i not in acted_on], lexicon, doc)
        if place is None:
            for t in tokens:
                other = entities.covering(t.idx, t.idx + len(t.text)) if t.i != head.i and t.i not in acted_on else None
                if other is not None and other.country:
                    country = other.country
                    break
        else:
            country = place.code
            if place.kind == "capital" and sector is None and _place_in([head], lexicon, doc) is not None:
                sector = "GOV"  # "Ottawa said": the capital stands for the government
    if country or sector:
        sector = _fired_by(head, sector, lexicon)
    lived_in = _people_of_a_place(head, lexicon, doc)
    if lived_in is not None:
        country = lived_in  # "Croatian Serbs", "Macedonian Albanians": a people where the modifier says it lives
    if where is not None and ethnic_group(head):
        country = where  # "ethnic Albanians protested in Serbia": a people where it lives, not the state its name is of
    many = country is None and sector in lexicon.armed_sectors and _of_many_states(head, lexicon)  # "Western troops": no one state's
    if country is None and sector is not None and not relational and not many:
        country = _possessor_country(head, lexicon, entities)  # "Kenya said its troops ...": KENMIL
        if country is None and sector == "MIL" and entity is None:
            # "Kenya sent troops. The troops arrived in X" (the earlier mention first), "Kenya said troops arrived in X"
            country = _troops_named_before(head, lexicon, entities) or _reporting_state(head, lexicon, entities)
    if country == "IGO" and business is not None:
        sector = None  # "the European Central Bank", "the World Bank": an international body, no state's bank or firm
    cause = sector == "MIL" and _named_for_a_cause(head, lexicon) and not (entity is not None and entity.id in load_gazetteer().known)
    if cause:
        sector = "REB"  # "the Kosovo Liberation Army", "the Free X Army": an armed group named for its cause, no state's army
        if country is None and where is not None and not _sentence_names(head, where, lexicon, entities):
            where = None
    people = country is None and sector in lexicon.armed_sectors and _a_people_named(head, lexicon, doc)
    if people:
        sector = "REB"  # "Hutu militia", "Kurdish fighters", "Tamil security forces": a people's armed group, no state's forces
        if where is not None and not _sentence_names(head, where, lexicon, entities):
            where = None  # the dateline's country (or any the sentence does not name) is not a stateless people's
    if country is None and where is not None and not many and armed_group is None and (business is None or business[1] is None) and (sector is not None or (entity is not None and entity.kind == "PERSON")) and not (sector in lexicon.armed_sectors and _a_persons(head, lexicon, entities)):
        country = where
    code = (country or "") + (sector or "") or None
    return EventActor(
        text=doc_text(doc)[start:end],
        entity_id=entity.id if entity is not None else None,
        code=code,
        span=char_span(doc, start, end),
    )


def _armed_group_sector(entity: Entity | None, lexicon: EventLexicon) -> str | None:
    """The sector of an armed body the gazetteer lists (an armed group, REB, or a state's own armed body, with its
    country), or None: an alliance with no country ("NATO") stays the international body it is."""
    known = load_gazetteer().known.get(entity.id) if entity is not None and entity.kind == "ORG" else None
    if known is None or known.sector not in lexicon.armed_sectors or (known.sector != "REB" and known.country is None):
        return None
    return known.sector


def _armed_group_of(head: Token, entity: Entity | None, country: str | None, shown: list[Token], lexicon: EventLexicon,
                    entities: EntityIndex) -> str | None:
    """The country of an armed group named by a nationality word other than its own home's ("the Pakistani Taliban",
    "Syrian Hezbollah"): the group's branch in that state, as "Somali militants" are Somalia's (None otherwise)."""
    if entity is None or country is None or entity.kind != "ORG":
        return None
    if _armed_group_sector(entity, lexicon) is None:
        return None
    before = [t for t in shown if t.i < head.i and entities.covering(t.idx, t.idx + len(t.text)) is not entity]
    named, _ = _place_match(before, lexicon, head.doc) if before else (None, set())
    return named.code if named is not None and named.kind == "demonym" and named.code != country else None


def _apposed_title(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> str | None:
    """The code of a title a name is set after in apposition, when it gives both a country and a role.

    "Kenya's foreign minister, NAME, said": the parser makes the name the apposition of "minister", and the
    name alone has no role (and, unlinked, no country); the title it stands for has both (KENGOV).
    """
    title = head.head
    if head.dep_ != "appos" or title.i >= head.i or title.pos_ != "NOUN":
        return None
    code = code_actor(title, lexicon, entities).code
    roles = set(lexicon.sectors.values())
    return code if code is not None and len(code) > 3 and code[:3] not in roles | {"IGO"} and code[3:] in roles else None


_MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})  # done between parties: a modifier may be either


def places_acted_on(head: Token, lexicon: EventLexicon) -> list[Token]:
    """A state named bare before a one-sided act noun: "the Kuwait invasion", "the Cuba embargo", "the Lebanon bombing".

    The name says where, or to whom, the act was done, not who did it: the doer is written as an adjective ("the Iraqi
    invasion"), an abbreviation ("the U.S. invasion", "the UN blockade") or a possessor ("Iraq's invasion"), each still
    the doer. Mutual acts ("the Kenya talks") and visits are left as they were; a capital is read elsewhere.
    """
    triggers = lexicon.nouns.get(head.lemma_.lower()) or lexicon.nouns.get(head.lower_)
    if not triggers or head.pos_ not in ("NOUN", "PROPN") or all(t.event_type in _MUTUAL_TYPES for t in triggers):
        return []
    found = []
    for c in head.children:
        if c.dep_ != "compound" or c.i >= head.i or c.ent_type_ == "PERSON":
            continue
        text = doc_text(head.doc)[c.left_edge.idx : c.idx + len(c.text)]  # "the North Korea sanctions": the whole name
        place = lexicon.place(text) or lexicon.place(c.text)
        if place is None or place.kind != "name" or "." in text or c.text.isupper():
            continue  # "U.S.", "US", "USSR": the press writes the doer so
        found.append(c)
    return found


_MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "conference", "summit", "meeting", "parley"})


def venues(head: Token, lexicon: EventLexicon) -> list[Token]:
    """A lone place named before a meeting noun is where it meets, not a party: "walked out of the Kenya talks",
    "the Geneva conference". Two places ("the Kenya-Uganda talks") or a place in a conjunction name the parties."""
    if head.lemma_.lower() not in _MEETING_NOUNS and head.lower_ not in _MEETING_NOUNS:
        return []
    doc = head.doc
    places = []
    for c in head.children:
        if c.dep_ != "compound" or c.i >= head.i or c.ent_type_ == "PERSON":
            continue
        for t in c.subtree:
            if t.conjuncts or t.text in ("-", "/", "&") or (lexicon.place(t.text) is not None and t.i != c.i):
                return []  # "the Kenya-Uganda talks", "the Kenya and Uganda talks": the parties
        text = doc_text(doc)[c.left_edge.idx : c.idx + len(c.text)]
        place = lexicon.place(text) or lexicon.place(c.text)
        if place is not None and place.code == "IGO":
            return []  # "the U.N. climate talks": the body that holds them, a party
        if place is not None or c.ent_type_ in ("GPE", "LOC"):
            places.append(c)  # a state, a capital or another city ("the Geneva talks")
    return places if len(places) == 1 else []


def _of_many_states(head: Token, lexicon: EventLexicon) -> bool:
    """Forces their modifier makes several states' or no named one's ("Western troops", "allied forces", "foreign
    soldiers"; agents.json "many_states"; the caller asks only of an armed sector, so "the foreign minister" is one
    state's); a two-word sector with the word is one state's too."""
    return any(c.dep_ in ("amod", "compound") and c.i < head.i and c.lower_ in lexicon.many_states
               and not lexicon.sector(f"{c.lower_} {head.lower_}") and not lexicon.sector(f"{c.lower_} {head.lemma_.lower()}")
               for c in head.children)


_MEMBERS = ("workers", "employees", "members")  # "Union of Mineworkers": a union of a trade's members is one


def _named_organisation(head: Token, sector: str, lexicon: EventLexicon) -> bool:
    """A capitalised sector word named by an "of" or a possessor that is no place and no word of its sector ("the Army of
    God", "the People's Union", "the Lord's Resistance Army"): an organisation's own name, not a state's army or union.
    A name with a place keeps the state ("the Army of the Republic of X": the caller asks); "People's"
    before armed forces or police is the name states give their own ("the People's Liberation Army")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or (lexicon.sector(head.text) or lexicon.sector(head.lemma_)) != sector:
        return False
    for c in head.children:
        named = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else [c] if c.dep_ == "poss" else []
        for g in named:
            if g.pos_ != "PROPN" or not g.text[:1].isupper() or (lexicon.sector(g.text) or lexicon.sector(g.lemma_)) == sector:
                continue
            if g.ent_type_ in ("GPE", "LOC", "NORP"):
                return False  # "the University of Toronto": a place the gazetteer lacks
            if g.lower_.endswith(_MEMBERS) or (c.dep_ == "poss" and g.lower_ == "people" and sector in ("MIL", "COP")):
                continue
            return True
    return False


def _institution_sector(head: Token) -> str | None:
    """The branch of the state a named institution stands for, from the gazetteer's institutions ("the Pentagon": MIL,
    "the Justice Department": GOV): its name is the whole of it, so a word inside the name ("justice", JUD) is not read
    for a sector of its own."""
    name = _proper_name(head)
    if not name:
        return None
    surface = load_gazetteer().lookup(doc_text(head.doc)[name[0].idx : name[-1].idx + len(name[-1].text)])
    return surface.sector if surface is not None and surface.kind == "institution" else None

# people who work for a body and speak or act for it: named after it ("FBI agents", "Pentagon officials", "officials of
# the Justice Department") they are that body's branch of the state
_STAFF = frozenset({"official", "agent", "staff", "staffer", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
                    "advisor", "investigator", "personnel", "employee", "analyst", "negotiator", "lawyer", "source"})


def _staff_institution(head: Token):
    """The gazetteer's institution a staff noun is named after, a capitalised compound before it or a name after "of"
    ("FBI agents", "Pentagon officials", "a State Department spokesman", "officials of the Elysee"); None otherwise."""
    if head.lemma_.lower() not in _STAFF and head.lower_ not in _STAFF:
        return None
    named = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and not c.is_lower]
    named += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and not g.is_lower]
    for body in named:
        name = _proper_name(body)
        if not name:
            continue
        surface = load_gazetteer().lookup(doc_text(head.doc)[name[0].idx : name[-1].idx + len(name[-1].text)])
        if surface is not None and surface.kind == "institution" and surface.sector and (surface.entity_id or "").startswith("country:"):
            return surface
    return None


def _officer_sector(head: Token, lexicon: EventLexicon) -> str | None:
    """An officer is military unless a noun before it says of what: "a hearing officer", "trade enforcement officers",
    "a loan officer" have no sector; a word with a sector of its own gives it ("intelligence officers": SPY), and so
    does a named institution of the state before it or after "of" ("FBI officers", and a city's police force the
    gazetteer lists, "officers of the X Police Department": COP); "army officers", "senior officers" stay MIL."""
    named = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and not c.is_lower]  # "LAPD" may be tagged a noun
    named += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and not g.is_lower]
    for body in named:
        if (branch := _institution_sector(body)) is not None:
            return branch
    for child in (c for c in head.children if c.dep_ == "compound" and c.i < head.i):
        own = lexicon.sector(child.text) or lexicon.sector(child.lemma_)
        if own is not None:
            return own
        if child.pos_ == "NOUN" or (child.pos_ == "PROPN" and lexicon.place(child.text) is None):
            return None  # "a hearing officer"; "a Kellogg officer": an officer of a named body that is no army
    return "MIL"

@dataclass(frozen=True)
class _Business:
    suffixes_as_written: frozenset[str]
    suffixes: frozenset[str]
    not_companies: frozenset[str]
    company_heads: frozenset[str]
    central_bank_words: tuple[str, ...]  # each with a space either side, as looked for in a phrase's padded text
    central_banks: dict[str, str]
    associations: tuple[str, ...]  # each with a space either side


@lru_cache(maxsize=1)
def _business() -> _Business:
    raw = json.loads((Path(__file__).parent / "data" / "business_actors.json").read_text(encoding="utf-8"))
    return _Business(
        suffixes_as_written=frozenset(raw["company_suffixes"]["as_written"]),
        suffixes=frozenset(raw["company_suffixes"]["capitalised"]),
        not_companies=frozenset(raw["not_companies"]),
        company_heads=frozenset(raw["company_heads"]),
        central_bank_words=tuple(f" {words} " for words in raw["central_bank_words"]),
        central_banks=dict(raw["central_banks"]["names"]),
        associations=tuple(f" {words} " for words in raw["business_associations"]),
    )


def _proper_name(head: Token) -> list[Token]:
    """The proper name the head ends or heads: its named-entity span ("U.S. Chamber of Commerce", "Vikra Group"), else
    the capitalised compounds before it; no determiner, no possessive ending."""
    doc = head.doc
    if head.ent_iob_ in ("B", "I"):
        start, end = head.i, head.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        tokens = list(doc[start:end])
    else:
        start = head.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head.i >= start and not doc[start - 1].is_lower:
            start -= 1
        tokens = list(doc[start : head.i + 1])
    return [t for t in tokens if t.dep_ not in ("det", "case") and t.lower_ not in ("the", "'s", "’s")]


def _company_name(name: list[Token], lexicon: EventLexicon) -> bool:
    """A company's proper name: two or more words, the last a legal form or a word only companies end their names with
    ("Acme Corp.", "Vikra Group", "Norsk Fiskeri AS"), no word of another kind of body ("International Crisis Group",
    "World Bank", "Islamic State group"), and no place ("West Bank")."""
    if len(name) < 2 or any(t.ent_type_ in ("GPE", "LOC", "NORP", "PERSON") for t in name[-1:]):
        return False
    last, table = name[-1], _business()
    if last.text not in table.suffixes_as_written and not (last.lower_ in table.suffixes and last.text[:1].isupper()):
        return False
    if any(t.lower_ in table.not_companies for t in name) or not name[0].text[:1].isupper():
        return False
    return lexicon.place(" ".join(t.text for t in name)) is None


def _phrase_text(tokens: list[Token]) -> str:
    return " ".join(t.lower_ for t in tokens).replace(" 's", "").replace(" ’s", "")


def _central_bank(name: list[Token], text: str) -> tuple[str | None] | None:
    """A central bank, with its state when its own name says it (CAMEO files a central bank under the government): a
    name the press gives one ("the Federal Reserve", "the Fed", "the Bank of England"), or "central bank" in the
    phrase ("Kenya's central bank", the state then from the phrase). ``text``: the phrase's words with a space either side."""
    table = _business()
    words = _phrase_text(name).split(" ")
    for known in (" ".join(words[i:]) for i in range(len(words))):  # the name, or a known name it ends with ("the U.S. Federal Reserve")
        if known in table.central_banks:
            if known == "fed" and name[-1].text != "Fed":
                continue  # "fed" is a verb; the bank is written "the Fed"
            return (table.central_banks[known],)
    if any(words in text for words in table.central_bank_words):
        return (None,)
    return None


def _business_code(head: Token, shown: list[Token], tokens: list[Token], lexicon: EventLexicon) -> tuple[str | None, str | None] | None:
    """(country, sector) of a business actor, or None when the actor is no business.

    - a central bank is GOV, of the state its name gives (else of the phrase's place, read after this);
    - a business association ("a chamber of commerce", "the Kenyan employers' federation") is BUS: its
      country word names where its members are, not the state acting;
    - a named company ("Acme Corp.", "Vikra Group") or a company noun ("the carmaker") is BUS; the country of its
      headquarters only when the phrase names one, as PLOVER codes firms;
    - a person who is an officer of a named company or association, by an apposition ("X, chief executive of Acme
      Corp.", "X, the president of Vikra Group") or a title after the company's name ("Acme Corp. President X"), is
      BUS, not the GOV a "president" or "chairman" alone gives.
    The sector returned is None for an international body ("the European Central Bank": IGO alone)."""
    name = _proper_name(head)
    text = f" {_phrase_text(tokens)} "  # the phrase read once for both the bank's words and an association's
    bank = _central_bank(name, text)
    if bank is not None:
        return bank[0], "GOV"
    table = _business()
    if any(words in text for words in table.associations):
        return None, "BUS"
    if _company_name(name, lexicon):
        return None, "BUS"
    for t in [head, *(t for t in shown if t.i > head.i)]:  # the head, or the noun of an apposition ("X, the carmaker")
        two = f"{t.doc[t.i - 1].lower_} {t.lower_}" if t.i > 0 else ""
        if t.lower_ in table.company_heads or two in table.company_heads:
            return None, "BUS"
    if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
                body = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if body is not None and _body_is_business(body, lexicon):
                    return None, "BUS"
                if body is not None and appos.lemma_.lower() == "director" and any(t.lower_ == "executive" for t in appos.children):
                    return None, None  # "X, executive director of a rights forum": the head of no firm (BUS), sector unknown
        title = [t for t in shown if t.i < head.i and t.ent_type_ != "PERSON"]
        if title and any(lexicon.sector(t.text) for t in title):
            for t in title:
                if t.ent_type_ == "ORG" and (t.i + 1 >= len(head.doc) or head.doc[t.i + 1].ent_type_ != "ORG") and _company_name(_proper_name(t), lexicon):
                    return None, "BUS"
    return None


def _body_is_business(body: Token, lexicon: EventLexicon) -> bool:
    """Is the body a person is an officer "of" a company or a business association?"""
    if _company_name(_proper_name(body), lexicon):
        return True
    text = f" {_phrase_text(phrase_tokens(body))} "
    return any(words in text for words in _business().associations)


def _a_persons(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """Troops a named person's possessive owns ("Marshal X's troops") whose state nothing in the phrase gave: the place
    of the event or another state the sentence names is where they fight or whom they fight, not their leader's state
    (a person's "government", which rules where it is, still takes it). Such troops keep their sector, no country."""
    for c in head.children:
        if c.dep_ == "poss" and c.i < head.i:
            owner = entities.covering(c.idx, c.idx + len(c.text))
            if owner is not None and owner.kind == "PERSON":
                return True
            # a name no dictionary knows ("Marshal Zog's troops"): a person's unless spaCy or the gazetteer calls it else
            if (owner is None and c.tag_ == "NNP" and c.ent_type_ in ("", "PERSON")
                    and _place_in(name_tokens(c), lexicon, c.doc) is None):
                return True
    return False


def _people_of_a_place(head: Token, lexicon: EventLexicon, doc: Doc) -> str | None:
    """The country of a nationality before a people's plural name ("Croatian Serbs": HRV), or None: a people named with
    another nationality lives where that one says, as the PLOVER records code such groups (and CAMEO's ethnic actors)."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    own = lexicon.place(head.text)
    if own is None or own.kind != "demonym":
        return None
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    place = _place_in(modifiers, lexicon, doc) if modifiers else None
    return place.code if place is not None and place.code != own.code and place.code != "IGO" else None


def _relational(head: Token, lexicon: EventLexicon) -> bool:
    """ "its allies", "Zembla's neighbours": an actor named by its relation to another (``relational`` in agents.json)."""
    return head.lemma_.lower() in lexicon.relational or head.lower_ in lexicon.relational


def _possessor_country(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> str | None:
    """The country of whom "its" or "their" before the head stands for ("Kenya withdrew its troops", "the rebels said
    their fighters had ..."): the subject of the actor's own verb when the actor is not that subject, the object of the
    verb above when that verb's "to" clause holds the actor ("urged Kenya to withdraw its troops"), else the subject of
    the nearest reporting verb above (``PersonResolver.reporter``, the one pronoun policy)."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _COLLECTIVE_POSSESSIVES), None)
    if owner is None:
        return None
    verb = head.head
    for _ in range(4):  # "the withdrawal of their forces": up to the verb the phrase hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    possessor = None
    if head.dep_ not in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        possessor = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < owner.i), None)
        if possessor is None and verb.dep_ == "xcomp":
            possessor = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < owner.i), None)
    if (possessor is None or is_pronoun(possessor)) and entities.persons is not None:
        possessor = entities.persons.reporter(owner)
    if possessor is None or possessor.i == head.i or is_pronoun(possessor):
        return None
    code = code_actor(possessor, lexicon, entities).code
    return code[:3] if code and code not in lexicon.sectors.values() else None


def _reporting_state(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> str | None:
    """The state whose report a bare body of troops is in ("Kenya said troops arrived in X", "the Kenyan government said
    soldiers had ..."): the troops of a state's own announcement are its own, not those of the place they reach, which
    the place of the event would make them. Only a plural troop noun with no word of its own before it ("troops",
    "soldiers", "warships", not "rebel soldiers", "peacekeepers of the mission") and only a state or its government as
    the reporter (an international body's report is about others' troops)."""
    if head.tag_ not in ("NNS", "NNPS") or any(c.i < head.i and c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    reporter = entities.persons.reporter(head) if entities.persons is not None else None
    if reporter is None or is_pronoun(reporter):
        return None
    code = code_actor(reporter, lexicon, entities).code
    if not code or code in lexicon.sectors.values() or code[:3] == "IGO" or code[3:] not in ("", "GOV"):
        return None
    return code[:3]


_TROOPS_LOOKBACK = 2  # sentences before the one of "the troops" where the state's own troops may be named


def _troops_named_before(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> str | None:
    """The state whose troops "the troops" are when an earlier sentence named them: "Britain deployed 300 troops to the
    border. The troops attacked ... in X" are Britain's, not X's, which the place of the event would make them. Only a
    plural troop noun with nothing but "the" before it; the earlier mention is the nearest one of the same noun in the
    two sentences before, coded as that sentence codes it, else the state that sends, deploys or withdraws it (the
    subject of the verb it is the object of, a state or its government). Evidence that wins: the earlier mention's own
    code first, then its sender; with neither, None (the place of the event is used, as before)."""
    if head.tag_ not in ("NNS", "NNPS") or lexicon.sector(head.text) != "MIL":
        return None
    before = [c for c in head.children if c.i < head.i]
    if not before or any(c.dep_ != "det" or c.lower_ != "the" for c in before):
        return None
    doc, sent = head.doc, head.sent
    start = sent.start
    for _ in range(_TROOPS_LOOKBACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for earlier in reversed(doc[start : sent.start]):
        if earlier.lower_ != head.lower_:
            continue
        code = code_actor(earlier, lexicon, entities).code
        if code and code[:3] not in lexicon.sectors.values() and code[:3] != "IGO" and len(code) >= 3 and code[:3].isupper() and code[3:] in ("", "MIL"):
            return code[:3]
        verb = earlier.head if earlier.dep_ in ("dobj", "nsubjpass") else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None) if verb is not None else None
        if subject is not None and subject.dep_ == "agent":
            subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
        if subject is None or is_pronoun(subject):
            return None
        code = code_actor(subject, lexicon, entities).code
        if not code or code in lexicon.sectors.values() or code[:3] == "IGO" or code[3:] not in ("", "GOV"):
            return None
        return code[:3]
    return None

def _dictionary_match(head: Token, shown: list[Token], tokens: list[Token], entities: EntityIndex) -> DictionaryMatch | None:
    """The user dictionary's name the actor is, or names it: the head's own, else the first among its name's words
    ("Zembla's foreign minister"), else the first in its phrase ("the ambassador of Zembla")."""
    coded = entities.coded
    return coded.get(head.i) or next((coded[t.i] for t in shown if t.i in coded), None) or next((coded[t.i] for t in tokens if t.i in coded), None)


def _dictionary_code(match: DictionaryMatch, head: Token, shown: list[Token], lexicon: EventLexicon) -> str | None:
    """The dictionary's code, which speaks over the gazetteer's; a bare country code takes the sector the rest of the
    phrase names, as PETRARCH adds an agent's code to an actor's ("Zembla's foreign minister": ZEM + GOV)."""
    if match.code is None or len(match.code) > 3 or match.start <= head.i < match.end:
        return match.code
    sector = _fired_by(head, _sector_in([t for t in shown if not match.start <= t.i < match.end], head, lexicon), lexicon)
    return match.code + (sector or "")


def _fired_by(head: Token, sector: str | None, lexicon: EventLexicon) -> str | None:
    """The sector of a weapon a named side fires: an armed body's own ("rebel rockets": REB), else the military's
    ("Sudanese rockets", "government artillery": MIL); a weapon names no sector of its own (``weapons``)."""
    if sector in lexicon.armed_sectors or not (head.lower_ in lexicon.weapons or head.lemma_.lower() in lexicon.weapons):
        return sector
    return "MIL"


def _bare_name(shown: list[Token], entity: Entity, entities: EntityIndex) -> bool:
    """Is the phrase only the entity's name ("Zog", "Zog's")? A phrase with words of its own ("Zog, now a lobbyist")
    describes the person at that point, and a title given earlier must not speak over it."""
    return all(t.is_punct or t.dep_ in ("det", "case") or entities.covering(t.idx, t.idx + len(t.text)) is entity for t in shown)




def dateline_country(doc: Doc, lexicon: EventLexicon, entities: EntityIndex) -> str | None:
    """The country of the document's dateline city ("LIMA, Peru (Example Wire) --": PER), or None.

    A report filed from a place is about that place unless it says otherwise, so "the president" or "police" whose
    sentence names no country of theirs is of that country (issue 10: leaders named only by title)."""
    key = ("dateline", id(doc), id(lexicon))
    if key not in entities.answers:
        found = find_dateline(doc_text(doc))
        country = None
        if found is not None and not _seat_of_a_body_named(found.group(1), doc, lexicon):
            for name in (found.group(1), found.group(2)):
                place = lexicon.place(name) if name else None
                country = place.code if place is not None else (load_gazetteer().world_place_country(name.title()) if name else None)
                if country is not None and country != "IGO":
                    break
                country = None
        entities.answers[key] = country
    return entities.answers[key]


def _in_dateline(token: Token, entities: EntityIndex) -> bool:
    """Is the token a word of the document's dateline ("LIMA, Peru (Example Wire) --", up to its dash)?"""
    key = ("dateline_end", id(token.doc))
    if key not in entities.answers:
        found = find_dateline(doc_text(token.doc))
        entities.answers[key] = (found.start(1), found.end()) if found is not None else None
    reach = entities.answers[key]
    return reach is not None and reach[0] <= token.idx < reach[1]


def _seat_of_a_body_named(city: str, doc: Doc, lexicon: EventLexicon) -> bool:
    """Is the dateline city the seat of an international body the story names ("BRUSSELS ... the European Union")? Then
    the story is often the body's and the city's country is no one's by default (``igo_seats`` in agents.json)."""
    bodies = lexicon.igo_seats.get(city.upper())
    if not bodies:
        return False
    text = doc_text(doc)
    return any(re.search(rf"(?<![\w.]){re.escape(body)}(?![\w])", text) for body in bodies)


def _named_for_a_cause(head: Token, lexicon: EventLexicon) -> bool:
    """An armed body's proper name with a word of a cause before its head ("the X Liberation Army", "the Y Resistance
    Forces", "the Free Z Army"; agents.json "armed_causes"): a movement's name, not a state's army. "People's" with no
    place but a state's demonym is the name a state gives its own army ("the People's Liberation Army", "the Zorbian
    People's Liberation Army"); a movement names the land it claims ("the Z People's Liberation Army")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return False
    name = [t for t in head.subtree if t.i < head.i]
    if not any(t.text[:1].isupper() and t.lower_ in lexicon.armed_causes for t in name):
        return False
    if any(t.lower_ == "people" for t in name):
        places = [lexicon.place(t.text) for t in name if t.text[:1].isupper()]
        return any(p is not None and p.kind != "demonym" for p in places)
    return True


def _a_people_named(head: Token, lexicon: EventLexicon, doc: Doc) -> bool:
    """Does a people, not a state, modify the head ("Hutu militia", "Kurdish fighters", "Shiite gunmen", "Tamil security
    forces", through the compound)? A people or faith of agents.json "peoples" that is no place, demonym or capital
    the lexicon knows; a nationality the gazetteer lacks ("Zorbian troops", NORP) stays a state's."""
    peoples = lexicon.peoples
    return any(c.dep_ in ("amod", "compound") and c.i < head.i and c.text[:1].isupper()
               and c.lower_ in peoples
               and _place_in([c], lexicon, doc) is None
               for t in (head, *(c for c in head.children if c.dep_ == "compound")) for c in t.children)


def _sentence_names(head: Token, country: str, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """Does the actor's sentence, outside the dateline, name the country ("Tamil rebels attacked a post in Sri Lanka")?"""
    tokens = [t for t in head.sent if not (t.idx < DATELINE_REACH and _in_dateline(t, entities))]
    for _ in range(6):  # the first few places in turn: a sentence names few
        place, covered = _place_match(tokens, lexicon, head.doc)
        if place is None:
            return False
        if place.code == country:
            return True
        tokens = [t for t in tokens if t.i not in covered]
    return False


def ethnic_group(head: Token) -> bool:
    """ "ethnic Albanians", "the ethnic Hungarian minority": a people named by a nationality, which is of the country it lives
    in (CAMEO and PLOVER code an ethnic group so), not of the state the nationality names."""
    return any(c.lower_ == "ethnic" and c.dep_ in ("amod", "compound") for c in head.children)


def unplaced_person(head: Token, entities: EntityIndex) -> bool:
    """Is the actor a person the actors extractor gives no country (a name the gazetteer lacks, a title naming none)?"""
    entity = entities.covering(head.idx, head.idx + len(head.text))
    return entity is not None and entity.kind == "PERSON" and not entity.country


def is_actor(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """Whether a noun can be an actor: a known entity, a place, a sector word or a named entity."""
    key = ("is_actor", id(head.doc), id(lexicon), head.i)
    answer = entities.answers.get(key)
    if answer is None:
        answer = entities.answers[key] = _is_actor(head, lexicon, entities)
    return answer


_WATERS = frozenset({"gulf", "sea", "ocean", "bay", "strait", "straits", "channel"})  # a named body of water is no actor


def _is_actor(head: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    if head.i in entities.coded:
        return True  # a name the user codes, whatever part of speech the tagger gave it ("Varn met ...": an adverb)
    if head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass", "amod") and _state_name(head, lexicon):
        return True  # "Nepal expels X's diplomats": a state's name the tagger read as an adjective, yet the verb's subject
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.lower_ in _PRONOUNS and head.pos_ != "PRON":
        return False
    water = head
    for _ in range(3):  # "the South China Sea": up the name's modifiers to its head
        if water.dep_ not in ("compound", "amod") or water.head.i <= water.i:
            break
        water = water.head
    if water.lower_ in _WATERS and water.text[:1].isupper():
        return False  # "the Persian Gulf", "the Black Sea", "into the Gulf": a body of water, no state's (not Iran's for "Persian")
    if head.idx < DATELINE_REACH and _in_dateline(head, entities):
        return False  # "NAIROBI -- Kenyan troops attacked ...": the place the story is filed from, which the parse made a subject
    if entities.covering(head.idx, head.idx + len(head.text)) is not None or head.i in entities.coded:
        return True
    if head.ent_type_ in _ACTOR_ENTS or (head.pos_ == "PROPN" and head.ent_type_ not in _NOT_ACTOR_ENTS):
        return True
    if _place_in(_shown_tokens(head, entities), lexicon, head.doc) is not None or _sector_in([head], head, lexicon) is not None:
        return True
    if _staff_institution(head) is not None:
        return True  # "FBI agents arrested ...": the agents of a named institution of the state
    if _relational(head, lexicon):
        return True  # "accused its neighbours": other actors, uncoded unless their own words place them
    if any(c.dep_ == "amod" and c.lemma_ == "lead" and c.i < head.i and _place_in(list(c.children), lexicon, head.doc) is not None
           for c in head.children):
        return True  # "the Saudi-led coalition", "a Kenyan-led force": the body the named state leads, coded as that state
    if any(c.dep_ == "compound" and c.i == head.i - 1 and lexicon.sector(f"{c.text} {head.text}") for c in head.children):
        return True  # "the air force", "border guards": a sector of two words, by its head (a "show of force" is none)
    # "opposition groups", "army units": a sector noun modifying the head names the actor ("military aid" is no actor)
    if head.lemma_.lower() in lexicon.nouns or head.lower_ in lexicon.nouns:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.i < head.i and c.i in entities.coded for c in head.children):
        return True  # "a Tellevani trade mission": a name of the user's dictionary, however the tagger read it, names the actor
    if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and _sector_in([c], c, lexicon) is not None for c in head.children):
        return True
    if head.lower_ in lexicon.partitives and any(c.dep_ == "amod" and c.i < head.i and _sector_in([c], c, lexicon) is not None
                                                 for c in head.children):
        return True  # "the rebel groups", "militant members": a group the tagger gave a sector word as its adjective
    # "Zorbian aircraft", "Velorian positions": a nationality the gazetteer lacks (the tagger's NORP or GPE) names the actor
    return any(c.dep_ in ("amod", "compound") and c.i < head.i and c.ent_type_ in ("NORP", "GPE") and c.text[:1].isupper() for c in head.children)


def _state_name(token: Token, lexicon: EventLexicon) -> bool:
    """A state's or body's own name as written ("Nepal", "Kabul", "NATO"), no nationality word ("Nepalese")."""
    place = lexicon.place(token.text)
    return place is not None and place.kind != "demonym" and token.text[:1].isupper()


def is_pronoun(token: Token) -> bool:
    return token.lower_ in _PRONOUNS
