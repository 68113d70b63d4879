"""Within one document, short forms, titles and descriptions resolve to the full entity seen there.

"Halvorsen" and "Chancellor Halvorsen" resolve to the "Ingrid Halvorsen" the document names; "the
Norlandic leader" resolves to the person of that country whose role the document (or the
gazetteer) gives as a leader. Nothing resolves to a person the document never names.

Pronouns ("he", "she", "we" in a quote) and definite titles ("the senator said") resolve through
``PersonResolver``, one policy that the quotes, commitments and event readers all call.
"""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readout.analyze.commitment_words import WORDS
from readout.analyze.extensions import doc_text
from readout.analyze.gazetteer import Gazetteer
from readout.analyze.gendered_words import gender_of
from readout.analyze.honorifics import load_honorifics
from readout.analyze.quote_marks import quoted_regions
from readout.analyze.roles import MAX_TITLE_WORDS, POSSESSIVE, Role, may_end_title, title_starting_at
from readout.analyze.token_table import entity_spans, sentence_spans, token_table

# Title categories a description's category can refer to ("leader" -> any head of state or government).
HEAD_CATEGORIES = {"head", "president", "prime minister", "chancellor", "head_of_state", "head_of_government"}
# Titles that, with no country before them, are too common to resolve ("patted on the head").
NOT_BARE = {"head", "chief", "leader", "official", "diplomat", "chair", "speaker", "general", "justice", "executive", "director", "deputy", "secretary", "minister"}


@dataclass
class Found:
    """A mention while the document is being read: token and character offsets, and what it resolves to."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP
    entity_id: str | None = None
    via: str = "ner"
    name: str | None = None  # the name a new entity gets
    role: Role | None = None
    surface_kind: str | None = None  # gazetteer surface kind: name, capital, institution, demonym


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:  # cached: names recur within and across documents
    return tuple(_plain(part) for part in text.replace("-", " ").split() if part)


@lru_cache(maxsize=65536)
def name_words(text: str) -> frozenset[str]:  # cached: each full name is compared with every short form of its doc
    return frozenset(name_tokens(text))


def resolve_short_forms(found: list[Found], names: dict[str, str], titled_as_known: frozenset[int] = frozenset(),
                        doubtful: frozenset[str] = frozenset(), gender_before: dict[int, str] | None = None,
                        full_genders: dict[str, str] | None = None) -> None:
    """A one-word person mention takes the entity of the first full name containing that word.

    ``names`` maps person entity ids to their full names. Among two full names sharing the word
    ("Maria Okafor" and her husband "Daniel Okafor") the bare word means the one the document
    names first (headline, lead): counted on PolNeAR dev, that beat the nearest preceding name.
    A lone surname the gazetteer knows ("Merz") yields to a different full name the document
    itself gives ("Anna Merz"): the document's own names beat reference knowledge, unless the
    document titles it with the known person's office ("Chancellor Merz"; ``titled_as_known`` holds
    the start tokens of such mentions).
    A one-word span NER took for an organisation or place ("Okafor" in "Okafor and Lind agreed")
    is a person when it is a word of a full name the document gives.
    A full name whose first word is doubtful as a given name (``doubtful`` holds such entities: an
    epithet NER glued to a surname in a headline, see given_names.py) never takes a surname the
    gazetteer knows, and comes after every other full name sharing the word.
    ``gender_before`` maps a mention's start token to the gender of the word written before it ("Mrs.",
    "Mr.", "Congresswoman"): a gendered short form ("Mrs. Okafor") goes first to a full name the text titles
    with that gender, then to the first named of the others that the text does not give the other gender, and
    last to one of the other gender.
    ``full_genders`` holds the gender the rest of the text gives each full name (``text_genders``: "Bill Vell said
    he ...", so "Mrs. Vell" is not Bill); it only moves a full name of the other gender last.
    """
    full = [f for f in found if f.label == "PERSON" and f.entity_id and len(name_tokens(names.get(f.entity_id, f.text))) >= 2]
    # the genders written by a name the text writes in full: not by a bare "Mrs. Vell" the gazetteer linked already
    genders = _full_name_genders([f for f in full if len(name_tokens(f.text)) >= 2], gender_before or {})
    elsewhere = full_genders or {}
    # each full name's words once, and the full names (their places in ``full``) indexed by word
    full_words = [name_words(names.get(f.entity_id or "", f.text)) for f in full]
    place = {id(f): k for k, f in enumerate(full)}
    by_word: dict[str, set[int]] = {}
    for k, held in enumerate(full_words):
        for word in held:
            by_word.setdefault(word, set()).add(k)
    for mention in found:
        known_surname = mention.via == "gazetteer" and mention.label == "PERSON" and mention.entity_id is not None and len(name_tokens(mention.text)) == 1
        if mention.entity_id is not None and (not known_surname or mention.start in titled_as_known):
            continue
        words = set(name_tokens(mention.name or mention.text))
        if not words or (mention.label != "PERSON" and (len(words) != 1 or mention.end - mention.start != 1)):
            continue
        holders = set.intersection(*(by_word.get(word) or set() for word in words))
        candidates = [full[k] for k in sorted(holders) if words < full_words[k]]
        candidates.sort(key=lambda f: f.entity_id in doubtful)  # stable: first named among the plausible, then the doubtful
        wanted = (gender_before or {}).get(mention.start)
        if wanted and any(genders.get(f.entity_id or "") or elsewhere.get(f.entity_id or "") for f in candidates):
            candidates.sort(key=lambda f: _gender_rank(genders.get(f.entity_id or ""), elsewhere.get(f.entity_id or ""), wanted))
        if known_surname:
            named = {f.entity_id for f in candidates if len(name_tokens(f.name or f.text)) >= 2} - doubtful
            if not named - {mention.entity_id}:
                continue  # the document names no one else with that word in full: the gazetteer stands
            candidates = [f for f in candidates if f.entity_id in named]
        if candidates:
            mention.entity_id = candidates[0].entity_id
            mention.via = "short-form"
            mention.label = "PERSON"
            k = place.get(id(mention))
            if k is not None:  # a full name's own mention (a known surname) re-linked: its words are its new entity's
                for word in full_words[k]:
                    by_word[word].discard(k)
                full_words[k] = name_words(names.get(mention.entity_id or "", mention.text))
                for word in full_words[k]:
                    by_word.setdefault(word, set()).add(k)


def _full_name_genders(full: list[Found], gender_before: dict[int, str]) -> dict[str, str]:
    """The gender the text writes before each full name's mentions, for the entities given only one."""
    seen: dict[str, set[str]] = {}
    for f in full:
        if f.start in gender_before and f.entity_id:
            seen.setdefault(f.entity_id, set()).add(gender_before[f.start])
    return {entity_id: next(iter(g)) for entity_id, g in seen.items() if len(g) == 1}


def _gender_rank(before: str | None, elsewhere: str | None, wanted: str) -> int:
    """0 for a candidate the text titles with the wanted gender ("Mrs. Hanna Vell"), 1 for one of unknown gender or
    given it only elsewhere (pronouns, an apposition: that says who a "Mrs." cannot be, not who she is, so a daughter
    the text genders does not beat a mother named first), 2 for one of the other gender."""
    if before == wanted:
        return 0
    gender = before or elsewhere
    return 2 if gender is not None and gender != wanted else 1


def compatible(description_category: str, categories: set[str]) -> bool:
    if description_category == "head":
        return bool(categories & HEAD_CATEGORIES)
    return description_category in categories


def find_descriptions(doc: Doc, gaz: Gazetteer, found: list[Found], categories: dict[str, set[str]], countries: dict[str, str | None]) -> list[Found]:
    """ "the Norlandic leader", "Veloria's foreign minister", "the president": a title with no name after it.

    With a country (demonym, country name, "Veloria's"), it resolves to the latest person of
    that country named before it whose role fits; with none, only when exactly one person
    named before it fits.
    """
    by_start = {f.start: f for f in found if f.label != "PERSON"}
    persons = [f for f in found if f.label == "PERSON" and f.entity_id]
    taken = {i for f in found for i in range(f.start, f.end)}
    out: list[Found] = []
    lowers = token_table(doc).lower  # the words from the table: no Token object per word
    for at, lower in enumerate(lowers):
        if lower == "the":
            i = at + 1
        elif at in by_start:
            i = at
        else:
            continue
        country_mention = by_start.get(i)
        if country_mention is not None and country_mention.entity_id and country_mention.entity_id.startswith("country:"):
            i = country_mention.end
            if i < len(doc) and doc[i].text in POSSESSIVE:
                i += 1
        else:
            country_mention = None
        if not any(may_end_title(word, gaz) for word in lowers[i : i + MAX_TITLE_WORDS]):
            continue  # no title can start at i (the cheap exit of title_ending_at, for each of its words)
        title = title_starting_at(doc, i, gaz)
        if title is None or title.plural or any(k in taken for k in range(title.start, title.end)):
            continue
        after = doc[title.end] if title.end < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
            continue  # a title before a name, or "the president of ...": not a bare description
        country = country_mention.entity_id.split(":", 1)[1] if country_mention and country_mention.entity_id else None
        if country is None and title.text.lower() in NOT_BARE:
            continue  # "on the head", "the chief": too common to stand for a person without a country
        fits = [p for p in persons if p.start < at and compatible(title.title.category, categories.get(p.entity_id or "", set())) and (country is None or countries.get(p.entity_id or "") == country)]
        if not fits or (country is None and len({p.entity_id for p in fits}) != 1):
            continue
        start = at
        span = doc[start : title.end]
        out.append(Found(start, title.end, span.start_char, span.end_char, span.text, "PERSON", fits[-1].entity_id, via="title"))
        taken.update(range(start, title.end))
    return out



# ---------------------------------------------------------------- pronouns and definite titles

CUE_FILE = Path(__file__).parent / "data" / "cue_verbs.json"  # the quote reader's lexicon of speech and thought
THIRD_PERSON = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
SUBJECTS = ("nsubj", "nsubjpass")
WINDOW_SENTENCES = 3  # the pronoun's sentence and the two before: where a subject or speaker still counts as the topic
MAX_CANDIDATES = 8  # people named before the pronoun that are looked at, most recent first
MAX_CHAIN = 3  # earlier pronouns followed back to a name, at most (each step looks three sentences back)
GENDERS = {w: frozenset({"he", "him", "his", "himself"}) for w in ("he", "him", "his", "himself")} | {
    w: frozenset({"she", "her", "hers", "herself"}) for w in ("she", "her", "hers", "herself")}
TITLE_WORDS = 4  # words before a name that may hold its title and the title's adjectives ("Republican presidential nominee")
MAX_CLIMB = 6  # steps up the parse from a pronoun's verb to the reporting verb whose clause it is in


@lru_cache(maxsize=1)
def reporting_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(speech verbs, speech and thought verbs) of ``data/cue_verbs.json``: who spoke, and whose clause a pronoun is in."""
    raw = json.loads(CUE_FILE.read_text(encoding="utf-8"))
    speech = frozenset(w.lower() for w in raw["speech_verbs"])
    return speech, speech | frozenset(w.lower() for w in raw["cognition_verbs"])


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """The single-word person titles of ``data/cue_verbs.json`` ("nominee", "senator"): what "the X" may stand for a person with."""
    raw = json.loads(CUE_FILE.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in raw["person_titles"] if " " not in w)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that name a person: the titles above and every noun whose first WordNet sense is a person
    (``data/person_nouns_wordnet.json``: "the Denver plumber", "the nurse"), so any occupation is a person, not only
    the listed ones."""
    raw = json.loads((CUE_FILE.parent / "person_nouns_wordnet.json").read_text(encoding="utf-8"))
    return person_titles() | frozenset(raw["nouns"])


def _role(word: Token, name: SpacySpan, wanted: str | None) -> tuple[str, str]:
    """(dependency, head's lemma) of a name's head word, read through apposition to a person noun: "the board's
    chairwoman, Lena Marsh, said" makes Marsh the subject of "said", as the title she stands in apposition to is.
    One step, and only to a noun that names a person: a name the parser hangs on "heroism" or "academy" keeps its
    own role. Nor when the text gives the name the other gender than the pronoun asked about (``wanted``, "female"
    or "male"): a "he" does not take "the agency's president, Mrs. Lena Marsh" as the title's subject."""
    if word.dep_ == "appos" and word.head.lemma_.lower() in person_nouns() and _agrees(name, word.head, wanted):
        word = word.head
    return word.dep_, word.head.lemma_.lower()


def _wanted_gender(pronoun: str) -> str | None:
    """ "male" for "he", "him", ...; "female" for "she", "her", ...; None for any other word."""
    same = GENDERS.get(pronoun)
    return None if same is None else ("male" if "he" in same else "female")


def _agrees(name: SpacySpan, title: Token, wanted: str | None) -> bool:
    """False only when the title a name is apposed to ("spokeswoman") or the word right before the name ("Mrs.")
    gives it the other gender than ``wanted`` (data/gendered_words.json); an unmarked name agrees with any."""
    if wanted is None:
        return True
    words = [title.lower_, title.lemma_.lower()]
    if name.start > 0:
        words.append(name.doc[name.start - 1].lower_.rstrip("."))  # "Mrs.": spaCy keeps the stop on the word
    genders = {g for w in words if (g := gender_of(w)) is not None}
    return not genders or wanted in genders


# ---------------------------------------------------------------- definite descriptions of a person

PARTY_MEMBERS_FILE = Path(__file__).parent / "data" / "party_members.json"


@lru_cache(maxsize=1)
def party_members() -> tuple[tuple[str, ...], ...]:
    """The nouns of one party member ("republican", "social democrat"), as lemma tuples, from ``data/party_members.json``
    (every country's list together), the longest first and sorted once: "social democrat" is tried before "democrat"."""
    raw = json.loads(PARTY_MEMBERS_FILE.read_text(encoding="utf-8"))
    nouns = {tuple(noun.split()) for nouns in raw["members"].values() for noun in nouns}
    return tuple(sorted(nouns, key=lambda noun: (-len(noun), noun)))


@lru_cache(maxsize=1)
def _party_members_by_last(nouns: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``party_members()`` by their last word, in the same order: a subject is looked up, not tried against every noun.
    Keyed by the list itself, so clearing ``party_members``'s cache (a test swaps the file) renews this too."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for noun in nouns:
        by_last.setdefault(noun[-1], []).append(noun)
    return {last: tuple(found) for last, found in by_last.items()}


def party_member(word: Token) -> list[Token] | None:
    """The words of a party member's noun ending in ``word`` ("the Ohio Republican" -> [Republican], "the Bavarian
    Christian Democrat" -> [Christian, Democrat]), or None when ``word`` is no such noun: "the Ohio Republican" is a
    person, not the state and the party."""
    if word.tag_ not in {"NN", "NNP", "JJ"}:  # "the Wisconsin Republican" (as subject, tagged JJ at times); not plural
        return None
    doc, last = word.doc, word.lemma_.lower()
    for noun in _party_members_by_last(party_members()).get(last, ()):
        if word.i < len(noun) - 1:
            continue
        before = doc[word.i - len(noun) + 1 : word.i]
        if all(t.lower_ == w or t.lemma_.lower() == w for t, w in zip(before, noun[:-1])):
            return [*before, word]
    return None


def home_place(modifier: Token) -> bool:
    """A place name before a person title ("the Vermont senator", "the Ohio lawyer"): where the person is from."""
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and modifier.ent_type_ in {"GPE", "LOC"}


def is_person_description(word: Token) -> bool:
    """ "The presumptive nominee", "the Vermont senator", "the Wisconsin Republican, who ...": a definite singular title
    or party member that names nobody and stands for a person the text named before. Not when the phrase says whose
    office it is ("the country's minister", "the minister of X", "the finance minister": a role, maybe never named);
    an adjective naming a party or a nation ("Republican") only describes. A noun of fortune or fame keeps its compound
    ("the real estate tycoon", ``fame_nouns``: the field, not an office), and a noun of fortune or fame before a person noun
    is no office either ("the billionaire businessman")."""
    member_words = party_member(word)
    member = member_words is not None
    own = {t.i for t in member_words or ()}  # "Christian" of "the Christian Democrat" is the noun's, not a role's
    # "the billionaire businessman": a noun of fortune or fame before the person noun describes, it names no office
    own |= {c.i for c in word.children if c.dep_ == "compound" and c.lemma_.lower() in WORDS.fame_nouns and not list(c.children)}
    famed = word.lemma_.lower() in WORDS.fame_nouns  # "the real estate tycoon": its compound names a field, no office
    if not member and not famed and (word.lemma_.lower() not in person_nouns() or word.tag_ != "NN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return False  # "that candidate" points back to a phrase ("anyone appointed to ..."), often no one named
    if any((c.dep_ in ({"poss", "nmod"} if famed else {"poss", "compound", "nmod"}) and not home_place(c) and c.i not in own)
           or (c.dep_ == "prep" and c.lower_ in WORDS.role_prepositions) for c in word.children):
        return False  # "the finance minister": a role; "the Vermont senator" stays a person
    allowed = {"det", "amod", "advmod", "punct", "prep"} | ({"relcl", "acl"} if member else set()) | ({"compound"} if famed else set())
    return all(c.dep_ in allowed or home_place(c) or c.i in own for c in word.children)


def untagged_name(subject: Token) -> SpacySpan | None:
    """ "Ivo Dane said he ...": a subject written as a proper name (title-cased proper nouns, the last one the head)
    that the entity tagger left untagged, so no mention stands for it; the name without a title word before it
    ("Premier Ivo Dane": "Ivo Dane"). None for a tagged word, a single word, or anything else."""
    if subject.pos_ != "PROPN" or subject.ent_type_ or not subject.text[:1].isupper():
        return None
    words = [subject]
    for left in reversed(list(subject.lefts)):
        if left.i != words[0].i - 1 or left.dep_ != "compound" or left.pos_ != "PROPN" or left.ent_type_ or not left.text[:1].isupper():
            break
        words.insert(0, left)
    while words and words[0].lower_.rstrip(".") in person_titles():
        words.pop(0)
    if len(words) < 2:
        return None  # a lone capitalised word: a surname the text named before, or no name at all
    return subject.doc[words[0].i : words[-1].i + 1]


def title_word(token: Token, title: str) -> bool:
    """Is ``token`` the title noun ``title`` ("senator"), written out or abbreviated ("Sen.", "Gov.": an honorific of
    ``data/honorifics.json`` that the title begins with)?"""
    if token.lemma_.lower() == title or token.lower_ == title:
        return True
    bare = token.text.rstrip(".")
    return bare in load_honorifics() and len(bare) >= 3 and title.startswith(bare.lower())


def direct_quote_at(token: Token):
    """The direct quote (``doc._.readout_quotes``) whose content holds the token, if it has a speaker."""
    doc = token.doc
    quotes = doc._.readout_quotes if Doc.has_extension("readout_quotes") else None
    for quote in quotes or ():
        if quote.kind == "direct" and quote.span.start <= token.idx < quote.span.end and (quote.speaker_entity_id or quote.speaker):
            return quote
    return None


@dataclass(frozen=True)
class Antecedent:
    """Who a pronoun or title stands for: the characters of the mention that names them, and its entity.

    ``entity_id`` is None for a name spaCy found that the actors component did not keep (or did not run);
    ``name`` is set only when the antecedent is a quote's speaker known by name alone. ``how`` says which
    step of the policy chose it: "quote speaker", "reporter", "speaker", "subject", "named" or "description".
    """

    start_char: int
    end_char: int
    entity_id: str | None
    how: str
    name: str | None = None


@dataclass(frozen=True, order=True)
class _Person:
    start_char: int
    end_char: int
    entity_id: str | None


PEOPLE_KEY = ("readout", "people")


@dataclass
class _DocPeople:
    """The people a doc names and its quoted regions, as the pronoun policy reads them: read once per doc and
    kept in ``doc.user_data`` (the quotes, commitments and event readers each make a resolver, and each read
    them again). Plain data, no spaCy object: it holds no reference back to the doc."""

    doc_id: int  # a copy of the doc carries its user data along: not its own
    mentions: tuple  # the actors' mentions it was read from (a new run of the actors sets new ones)
    named: list[_Person]  # the people the actors component kept, in text order
    named_starts: list[int]
    regions: list[tuple[int, int]]  # the quoted regions' words
    region_starts: list[int]
    tagged: list[_Person] | None = None  # spaCy's PERSON entities, read when a resolver first needs them
    tagged_starts: list[int] = field(default_factory=list)
    genders: dict[str, str] | None = None  # entity id -> the gender the text gives it, read when first asked
    sentence_starts: list[int] | None = None  # each sentence's first token, read when a window is first asked for

    def person_genders(self, doc: Doc) -> dict[str, str]:
        if self.genders is None:
            self.genders = text_genders(doc, [(p.start_char, p.end_char, p.entity_id) for p in self.named])
        return self.genders

    def tagged_people(self, doc: Doc) -> tuple[list[_Person], list[int]]:
        if self.tagged is None:
            self.tagged = [_Person(e.start_char, e.end_char, None) for e in entity_spans(doc) if e.label_ == "PERSON"]
            self.tagged_starts = [p.start_char for p in self.tagged]
        return self.tagged, self.tagged_starts

    def window_start(self, doc: Doc, i: int, sentences: int = WINDOW_SENTENCES) -> int:
        """The first token of the sentence ``sentences - 1`` sentences before token ``i``'s (the doc's sentence
        starts read once, then a binary search: ``Token.sent`` walks the tokens to its sentence's start at each ask)."""
        if self.sentence_starts is None:
            self.sentence_starts = [sent.start for sent in sentence_spans(doc)]
        return self.sentence_starts[max(bisect_right(self.sentence_starts, i) - sentences, 0)]


PRONOUN_GENDER = {"he": "male", "his": "male", "himself": "male", "she": "female", "her": "female", "herself": "female"}
REPORTED = ("ccomp",)  # "X said he ...": the clause a verb of the name reports
QUOTE_MARKS = frozenset('"“”«»')  # Kim said: "She ...": a pronoun the quoted words use is someone else
WORD_WEIGHT = 3  # a gendered word by the name ("Mrs.") counts as three agreeing pronouns


def _word_genders(span: SpacySpan) -> list[str]:
    """The genders of the words the text writes next to a person's mention: the word before ("Mrs.", "Sir",
    "Congresswoman"), a gendered noun in the name ("Congresswoman Lea Kim" as one compound), apposed to it ("Lea
    Kim, the mayor's wife") or that it is apposed to ("the board's chairwoman, Lea Kim").
    Read from the doc's token table (indices, no Token objects)."""
    table = token_table(span.doc)
    dep, pos, head = table.dep, table.pos, table.head
    inside = range(span.start, span.end)
    words = [span.start - 1] if span.start > 0 else []
    words += [c for t in inside for c in table.children(t) if dep[c] == "appos"]
    words += [t for t in inside if dep[t] == "compound" and pos[t] == "NOUN"]
    root = span.root.i
    if dep[root] == "appos":
        words.append(head[root])
    found = []
    for word in words:
        gender = gender_of(table.lower[word].rstrip(".")) or gender_of(table.lemma[word])
        if gender is not None:
            found.append(gender)
    return found


def _pronoun_genders(span: SpacySpan) -> list[str]:
    """The genders of the pronouns that agree with a name as its clause's subject: a possessive on its verb's
    direct object or a reflexive ("Lea Kim announced her candidacy", "Kim described herself as ..."), or the subject of
    the clause it reports ("Kim said she would run"; not across a quote mark: Kim said, "She was ..." quotes Kim
    about someone). Each is a vote, not a proof: "Kim said he would run" may be
    about someone else, so the votes of all a person's mentions are counted (``text_genders``).
    Read from the doc's token table (indices, no Token objects)."""
    doc = span.doc
    table = token_table(doc)
    dep, lowers = table.dep, table.lower
    root = span.root.i
    if dep[root] not in SUBJECTS:
        return []
    verb = table.head[root]
    found = []
    children = table.children(verb)
    addressed = any(dep[c] in ("dobj", "dative") for c in children)  # "Kim told Berg he ...": Berg's, maybe
    for child in children:
        if span.start <= child < span.end or dep[child] in SUBJECTS:
            continue
        lower = lowers[child]
        if lower in ("himself", "herself"):
            found.append(PRONOUN_GENDER[lower])
        elif dep[child] in REPORTED and not addressed and all(lowers[m] in ("that", "whether") for m in table.children(child) if dep[m] == "mark"):
            subject = next((c for c in table.children(child) if dep[c] in SUBJECTS), None)
            if subject is not None and lowers[subject] in ("he", "she") and not QUOTE_MARKS & set(doc_text(doc)[table.idx[verb] : table.idx[subject]]):
                found.append(PRONOUN_GENDER[lowers[subject]])
        elif dep[child] == "dobj":  # not "grilled Stumpf for his role": a possessive after an object is the object's
            found += [PRONOUN_GENDER[lowers[g]] for g in table.children(child) if dep[g] == "poss" and lowers[g] in ("his", "her")]
    return found


def text_genders(doc: Doc, people: list[tuple[int, int, str | None]]) -> dict[str, str]:
    """entity id -> "female" or "male", where the text says: the words written next to the person's mentions
    (``_word_genders``, three votes each) and the pronouns that agree with the person as a subject
    (``_pronoun_genders``, one vote each) give the gender that has at least twice the votes of the other (a "Mr."
    the linker put on a woman named "Mrs." ten times does not undo her). No gender is guessed from a given name.
    ``people`` are the person mentions as (start_char, end_char, entity_id)."""
    words: dict[str, list[str]] = {}
    votes: dict[str, list[str]] = {}
    for start_char, end_char, entity_id in people:
        if entity_id is None:
            continue
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        words.setdefault(entity_id, []).extend(_word_genders(span))
        votes.setdefault(entity_id, []).extend(_pronoun_genders(span))
    known = {}
    for entity_id in words:
        said, agreeing = words[entity_id], votes[entity_id]
        male = WORD_WEIGHT * said.count("male") + agreeing.count("male")
        female = WORD_WEIGHT * said.count("female") + agreeing.count("female")
        if male >= max(1, 2 * female):
            known[entity_id] = "male"
        elif female >= max(1, 2 * male):
            known[entity_id] = "female"
    return known


def document_genders(doc: Doc) -> dict[str, str]:
    """``text_genders`` of the doc's person mentions, read once per doc and shared by every reader that asks."""
    return _doc_people(doc).person_genders(doc)

def _doc_people(doc: Doc) -> _DocPeople:
    """The doc's people table, made at the first resolver's first question and shared by the next ones."""
    mentions = (doc._.readout_mentions or ()) if Doc.has_extension("readout_mentions") else ()
    kept = doc.user_data.get(PEOPLE_KEY)
    if kept is not None and kept.doc_id == id(doc) and kept.mentions is mentions:
        return kept
    entities = (doc._.readout_entities or ()) if Doc.has_extension("readout_entities") else ()
    persons = {e.id for e in entities if e.kind == "PERSON"}
    named = sorted(_Person(m.span.start, m.span.end, m.entity_id) for m in mentions if m.entity_id in persons)
    regions = [(r.start, r.end) for r in quoted_regions(doc)]
    kept = _DocPeople(id(doc), mentions, named, [p.start_char for p in named], regions, [start for start, _ in regions])
    doc.user_data[PEOPLE_KEY] = kept
    return kept


EMBEDDING_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "pcomp", "csubj"})  # a clause of its own


def _in_clause_of(i: int, verb: int, table) -> bool:
    """Is token ``i`` one of ``verb``'s own words, reached from it through no clause of its own (``EMBEDDING_DEPS``)?"""
    while i != verb:
        if table.dep[i] in EMBEDDING_DEPS or table.head[i] == i:
            return False
        i = table.head[i]
    return True


class PersonResolver:
    """One pronoun policy for every reader, measured on the fit parts (docs/evaluation.md, "Pronouns").

    In order: "I"/"we" inside a direct quote is the quote's speaker; "he"/"she" as the subject of a clause a
    reporting verb governs is that verb's named subject ("Ruiz said she will"); otherwise, among the people
    named before it in its sentence and the two before, the latest who spoke when the pronoun's own verb is a
    speech verb ("she added": the last speaker, not the last person named), else the latest grammatical subject,
    else the latest person named. An earlier "she" subject in those sentences counts as the person it stands for
    ("Ruiz spoke ... She said she ... '...,' she said"): the chain keeps a topic alive past three sentences, and
    only through pronouns of the same gender. A definite description of a person that is a subject between that
    answer and a "he"/"she" ("The Vermont senator is struggling. He insists ...") stands for the person it
    describes (``_described``), not the person named before it. A name in apposition to a person noun takes that noun's role ("the
    board's chairwoman, Lena Marsh, said": a subject and a speaker). Inside quote marks only people that quote
    names count; outside them, people named inside quote marks do not (they are the speaker's words, not the
    story's topic).
    A reader makes one per doc (it holds the doc, so it is not kept on it); it reads the doc's people and quote
    marks at the first question (once per doc: the table is shared with the doc's other resolvers, ``_doc_people``),
    and each question costs a binary search and a few sentences' walk, no pass over the doc.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.speech, self.reporting = reporting_verbs()
        self._loaded = False  # the people and quote marks are read at the first question: most docs never ask

    def _load(self) -> None:
        people = _doc_people(self.doc)
        self.named, self.named_starts = people.named, people.named_starts
        self.regions, self.region_starts = people.regions, people.region_starts
        self._people = people
        self._spans: dict[tuple[int, int], SpacySpan | None] = {}
        self._chain: dict[tuple[int, int], Antecedent | None] = {}
        self._loaded = True

    # the policy ------------------------------------------------------------
    def resolve(self, span: SpacySpan) -> Antecedent | None:
        """The person ``span`` (a pronoun or a definite title) stands for, or None when no one fits."""
        if not self._loaded:
            self._load()
        word = span.root
        lower = word.lower_
        if lower in FIRST_PERSON:
            return self._quote_speaker(word)
        reporter = self.reporter(word) if lower in THIRD_PERSON else None
        if reporter is not None:
            person = self._named_subject(reporter, lower)
            if person is not None and not self._other_gender(person.entity_id, lower):
                return Antecedent(person.start_char, person.end_char, person.entity_id, "reporter")
            untagged = untagged_name(reporter) if person is None else None
            if untagged is not None:  # "Ivo Dane said he will ...", a name the tagger missed: Ivo Dane by name
                return Antecedent(untagged.start_char, untagged.end_char, None, "reporter", untagged.text)
        found = self._previous(span)
        if lower in GENDERS and direct_quote_at(word) is None:
            described = self._described(word, found.start_char if found is not None else -1)
            if described is not None:
                return described
        return found

    def reporter(self, word: Token) -> Token | None:
        """The subject of the nearest reporting verb above ``word``'s own verb ("X said they would ...": X; "X said
        that closing it is not an option since that would ...": X), when it is no pronoun; None when there is
        none, or when the verb is outside the quote marks the word is in (X said: "he will ..." quotes X's words
        about someone else)."""
        if not self._loaded:
            self._load()
        node = word.head
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.lemma_.lower() in self.reporting:
                break
        else:
            return None
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.pos_ == "PRON" or subject.i == word.i:
            return None
        if self._region(word.idx) != self._region(node.idx):
            return None
        return subject

    def _quote_speaker(self, word: Token) -> Antecedent | None:
        quote = direct_quote_at(word)
        if quote is None:
            return None
        where = quote.speaker_span or quote.span
        return Antecedent(where.start, where.end, quote.speaker_entity_id, "quote speaker", None if quote.speaker_entity_id else quote.speaker)

    def _described(self, pronoun: Token, found_at: int) -> Antecedent | None:
        """ "The Vermont senator is struggling ... He insists that he will ...": the definite description of a person
        (``is_person_description``) that is the nearest subject before a "he"/"she" in its sentence and the one before
        (earlier subject pronouns passed over: they are the same person), when no named subject stands between and
        the person the policy chose (named at ``found_at``) was named before it; as the person it describes
        (``_described_person``). Outside direct quotes only. None otherwise."""
        doc = pronoun.doc
        first = self._people.window_start(doc, pronoun.i, 2)
        for token in reversed(doc[first : pronoun.i]):
            if token.dep_ not in SUBJECTS or token.pos_ == "PRON":
                continue  # "He continues to insist ...": the same person; "they", "it": not a person of this gender
            if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
                return None  # a name is nearer: the policy's answer stands
            if token.idx > found_at and direct_quote_at(token) is None and is_person_description(token):
                person = self._described_person(token, pronoun.lower_)
                return Antecedent(token.idx, token.idx + len(token.text), person, "description") if person else None
        return None

    def _described_person(self, description: Token, pronoun: str) -> str | None:
        """The person a definite description stands for, for the pronoun after it: the person named last before it
        with the description's title just before the name ("Sen. Tom Harlan", "Senator Harlan") or in the apposition
        after it ("Tom Harlan, the senator from Ohio,"), and with the description's capitalised adjectives there too
        ("the Republican nominee" is not "Democratic nominee X"); else the story's subject: of the people the text
        named before it (one of them at least twice) and in its sentence or the two before, the one named most often,
        then most often as a clause's subject, then first ("the candidate", "the senator" of a profile; not the
        subject of an earlier story of a live blog); never one the text gives the other gender."""
        doc, title = description.doc, description.lemma_.lower()
        named = [p for p in self.named if p.end_char <= description.idx and not self._other_gender(p.entity_id, pronoun)]
        adjectives = {c.lower_ for c in description.children if c.dep_ == "amod" and c.text[:1].isupper()}
        for person in reversed(named):
            span = self._span(person)
            if span is None or len(span) == 0:
                continue
            after: list[Token] = []  # "Tom Harlan, the senator from Ohio,": the apposition, to its next punctuation
            if span.end < len(doc) and doc[span.end].text == ",":
                for token in doc[span.end + 1 : span.end + 8]:
                    if token.is_punct:
                        break
                    after.append(token)
            if any(title_word(t, title) for t in [*doc[max(span.start - 2, 0) : span.start], *after]) and adjectives <= {
                    t.lower_ for t in [*doc[max(span.start - TITLE_WORDS, 0) : span.start], *after]}:
                return person.entity_id
        window = self._window_start(description.i)
        near = {p.entity_id for p in named if p.start_char >= doc[window].idx}
        counts: dict[str, list[int]] = {}  # per person: mentions as a clause's subject, all mentions
        for person in (p for p in named if p.entity_id in near):  # in text order: on a tie, the person the story named first (its headline's, its lede's)
            span = self._span(person)
            count = counts.setdefault(person.entity_id or "", [0, 0])
            count[0] += span is not None and len(span) > 0 and span.root.dep_ in SUBJECTS
            count[1] += 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1][1], -kv[1][0]))  # stable: first named first among equals
        return ranked[0][0] if ranked and ranked[0][1][1] >= 2 else None

    def _previous(self, span: SpacySpan, depth: int = MAX_CHAIN) -> Antecedent | None:
        region = self._region(span.start_char)
        candidates = self._before(self.named, self.named_starts, span.start_char, region)
        if not candidates:  # no one the actors component kept: the people spaCy's tagger found
            candidates = self._before(*self._tagged_people(), span.start_char, region)
        gender = GENDERS.get(span.root.lower_)
        bound = self._named_in_own_clause(span.root) if gender else ()
        candidates = [c for c in candidates if not self._other_gender(c[0].entity_id, span.root.lower_) and c[0].entity_id not in bound]
        first = self._window_start(span.start)
        # (token, dependency, head's lemma, who): the people named in the window and the earlier subject pronouns of the same gender
        wanted = _wanted_gender(span.root.lower_)
        near = [(s.root.i, *_role(s.root, s, wanted), Antecedent(p.start_char, p.end_char, p.entity_id, "")) for p, s in candidates if s.start >= first]
        if gender and depth > 0:
            near += [c for c in self._same_gender_subjects(first, span.start, gender, region, depth - 1) if c[3].entity_id not in bound]
            near.sort(key=lambda c: -c[0])
        chosen, how = next(((who, "subject") for _, dep, _, who in near if dep in SUBJECTS), (None, ""))
        if span.root.head.lemma_.lower() in self.speech:
            spoke = next((who for _, dep, head, who in near if dep == "nsubj" and head in self.speech), None)
            if spoke is not None:
                chosen, how = spoke, "speaker"
        if chosen is None:
            if not candidates:
                return self._untagged_subject_before(span) if gender else None
            person = candidates[0][0]
            chosen, how = Antecedent(person.start_char, person.end_char, person.entity_id, ""), "named"
        return Antecedent(chosen.start_char, chosen.end_char, chosen.entity_id, how, chosen.name)

    def _untagged_subject_before(self, span: SpacySpan) -> Antecedent | None:
        """ "Ivo Dane spoke on Monday. He will ...", with no person named or tagged before the pronoun at all: the
        nearest subject in its sentence or the one before that is a name the tagger missed (``untagged_name``),
        outside quote marks as the pronoun is, by its words."""
        if self._region(span.start_char) is not None:
            return None
        first = self._people.window_start(self.doc, span.start, 2)
        for token in reversed(self.doc[first : span.start]):
            if token.dep_ in SUBJECTS and token.pos_ == "PROPN" and self._region(token.idx) is None:
                name = untagged_name(token)
                return Antecedent(name.start_char, name.end_char, None, "subject", name.text) if name is not None else None
        return None

    def _same_gender_subjects(self, first: int, end: int, gender: frozenset[str], region: tuple[int, int] | None,
                              depth: int) -> list[tuple[int, str, str, Antecedent]]:
        """Earlier subject pronouns of the same gender in the window, each as the person it resolves to ("She said ...
        she is ... '...,' she said": the chain carries the person named before it)."""
        table = token_table(self.doc)
        found = []
        for i in range(first, end):
            if table.lower[i] in gender and table.dep[i] in SUBJECTS and self._region(table.idx[i]) == region:
                key = (i, depth)
                if key not in self._chain:
                    word = self.doc[i : i + 1]
                    reporter = self.reporter(word.root)
                    person = self._named_subject(reporter, table.lower[i]) if reporter is not None else None
                    if person is not None and self._other_gender(person.entity_id, table.lower[i]):
                        person = None
                    self._chain[key] = Antecedent(person.start_char, person.end_char, person.entity_id, "") if person else self._previous(word, depth)
                who = self._chain[key]
                if who is not None:
                    found.append((i, table.dep[i], table.lemma[table.head[i]], who))
        return found

    # helpers ---------------------------------------------------------------
    def _named_in_own_clause(self, pronoun: Token) -> tuple[str, ...]:
        """The people named after a "he"/"she" among its own verb's words, outside any clause under that verb ("If
        Brell loses, he said he would back a rival of Brell": not Brell, or the text would say "a rival of his"): a
        pronoun never stands for a name its own clause holds after it. A name deeper in a clause of its own ("he wants
        to ..., recalling how X's remark ...") is left alone, as news style repeats names there, and so is one inside
        quote marks (a title, "hosts 'Mornings with X'") or one the tagger does not read as a person's name. Read from
        the doc's people by a binary search, no walk of the clause."""
        verb = pronoun.head
        end = verb.right_edge
        if end.i <= pronoun.i:
            return ()
        start_char, end_char = pronoun.idx + len(pronoun.text), end.idx + len(end.text)
        i = bisect_left(self.named_starts, start_char)
        found: list[str] = []
        while i < len(self.named) and self.named[i].start_char < end_char:
            person = self.named[i]
            i += 1
            if person.entity_id is None or self._region(person.start_char) is not None:
                continue
            where = self._span(person)
            if where is not None and len(where) and where.root.ent_type_ == "PERSON" and _in_clause_of(where.root.i, verb.i, token_table(self.doc)):
                found.append(person.entity_id)
        return tuple(found)

    def _other_gender(self, entity_id: str | None, pronoun: str) -> bool:
        """Does the text give the person the other gender than the pronoun ("she" for a man it calls "Mr.", or
        whom its own "he"s agree with: ``text_genders``)? False for a person of no known gender."""
        wanted = _wanted_gender(pronoun)
        if wanted is None or entity_id is None:
            return False
        gender = self._people.person_genders(self.doc).get(entity_id)
        return gender is not None and gender != wanted

    def _before(self, people: list[_Person], starts: list[int], char: int, region: tuple[int, int] | None) -> list[tuple[_Person, SpacySpan]]:
        """People named before ``char``, most recent first, with their spans: inside ``region`` only, or outside every quote."""
        found: list[tuple[_Person, SpacySpan]] = []
        i = bisect_right(starts, char) - 1
        while i >= 0 and len(found) < MAX_CANDIDATES:
            person = people[i]
            i -= 1
            if person.end_char > char:
                continue
            if region is not None and person.start_char < region[0]:
                break  # before the quote opens: not a person the quote names
            if region is None and self._region(person.start_char) is not None:
                continue
            where = self._span(person)
            if where is not None:
                found.append((person, where))
        return found

    def _region(self, char: int) -> tuple[int, int] | None:
        """The quoted region holding ``char``, if any (regions do not nest)."""
        i = bisect_right(self.region_starts, char) - 1
        if i >= 0 and self.regions[i][0] <= char < self.regions[i][1]:
            return self.regions[i]
        return None

    def _span(self, person: _Person) -> SpacySpan | None:
        key = (person.start_char, person.end_char)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(person.start_char, person.end_char, alignment_mode="expand")
        return self._spans[key]

    def _person_at(self, token: Token) -> _Person | None:
        """The person named by a mention covering ``token``, if any."""
        for people, starts in ((self.named, self.named_starts), self._tagged_people()):
            i = bisect_right(starts, token.idx) - 1
            if i >= 0 and people[i].start_char <= token.idx < people[i].end_char:
                return people[i]
        return None

    def _named_subject(self, subject: Token, pronoun: str) -> _Person | None:
        """The person a reporting verb's subject names: the subject itself, or the name in apposition to it ("the
        board's chairwoman, Lena Marsh, said she ...": Marsh) when the text does not give that name the other gender
        than ``pronoun`` ("the board's chairwoman, Lena Marsh, said he ...": not Marsh)."""
        person = self._person_at(subject)
        if person is None and subject.lemma_.lower() in person_nouns():
            wanted = _wanted_gender(pronoun)
            for child in subject.children:
                found = self._person_at(child) if child.dep_ == "appos" else None
                where = self._span(found) if found is not None else None
                if found is not None and where is not None and _agrees(where, subject, wanted):
                    return found
        return person

    def _tagged_people(self) -> tuple[list[_Person], list[int]]:
        return self._people.tagged_people(self.doc)

    def _window_start(self, i: int) -> int:
        """The first token of the sentence ``WINDOW_SENTENCES - 1`` sentences before token ``i``'s."""
        return self._people.window_start(self.doc, i)
