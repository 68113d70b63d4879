"""Rhetoric markers: where the prose argues by technique rather than by fact.

Marks spans with a SemEval-2020 Task 11 technique and a confidence, from the
cue phrases and patterns in ``data/rhetoric_lexicon.json`` plus three
structural cues that no word list catches: short quoted labels (scare quotes),
phrases repeated three or more times, and runs of short parallel sentences
("A chose X. B chose Y."). Each marker's confidence is then the one learned
for its kind on annotated text (``rhetoric_calibration.py``), and kinds that
were mostly wrong there are not reported. Also builds the per-document
profile: markers per 1,000 words by technique, hedges and certainty markers.

The lexicon is loaded once per process (read-only data); everything else is
computed per document in one pass over its tokens and text.
"""

from __future__ import annotations

import json
import re
import string
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.extensions import char_span, doc_text
from readout.analyze.headlines import verb_forms
from readout.analyze.quote_marks import quoted_regions
from readout.analyze.rhetoric_calibration import CALIBRATION_PATH, load_calibration, marker_source
from readout.analyze.token_table import entity_spans, sentence_spans, token_table
from readout.analyze.valence import load_ratings
from readout.errors import AnalyzeError
from readout.model import RhetoricMarker, RhetoricProfile

LEXICON_PATH = Path(__file__).parent / "data" / "rhetoric_lexicon.json"

EXCLAMATION_MAX_WORDS = 6  # an imperative exclamation of more words is no slogan (the default; see DETECTOR_KNOBS)
SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "or"}  # lower case inside a title-cased label


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    technique: str
    confidence: float


@dataclass(frozen=True)
class Lexicon:
    """The lexicon file, compiled: phrases indexed by first word, regexes compiled."""

    labels: dict[str, str]  # technique -> SemEval label
    phrases: dict[str, tuple[Phrase, ...]]  # first word -> phrases starting with it
    patterns: tuple[tuple[re.Pattern, str, float], ...]
    hedges: dict[str, tuple[Phrase, ...]]
    certainty: dict[str, tuple[Phrase, ...]]
    scare_quotes: dict
    repetition: dict
    valence: Valence | None = None
    any_pattern: re.Pattern | None = None  # where any pattern matches (see pattern_matches)
    stance_verbs: frozenset[str] = frozenset()  # "see X as Y", "consider X Y", "believe that ...": Y is the subject's view
    stance_nouns: frozenset[str] = frozenset()  # "the accusation that ...", "her claim that ...": the clause is its holder's view
    off_on_news: frozenset[str] = frozenset()  # techniques not reported where the quote reader ran (news): held out, under the line
    criticism_verbs: frozenset[str] = frozenset()  # "slammed", "blasted": news's verbs for one party's criticism of another
    act_verbs: frozenset[str] = frozenset()  # "kill", "fire", "flee": verbs of the violent or criminal acts news reports
    idioms: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # "a far cry from": a marker inside one is dropped on news
    plain_comparisons: frozenset[str] = frozenset()  # "by far", "far more than": plain on news unless a rated word is near
    asking_verbs: frozenset[str] = frozenset()  # "ask", "wonder": the "if"/"whether" clause is a question put, on news
    ranking_periods: frozenset[str] = frozenset()  # "the greatest of the century": a superlative ranked within a period, on news
    likening_verbs: frozenset[str] = frozenset()  # "compare", "liken": the "to" phrase is the subject's view, on news
    effect_adjectives: frozenset[str] = frozenset()  # "provocative", "offensive": how words were taken, said of a text on news
    text_nouns: frozenset[str] = frozenset()  # "headline", "remark": a text or utterance such adjectives describe
    domain_adverbs: frozenset[str] = frozenset()  # "politically toxic": a standing within a field, on news
    contest_nouns: frozenset[str] = frozenset()  # "race", "talks": a loaded adjective on one reports its tone, on news
    becoming_verbs: frozenset[str] = frozenset()  # "turn", "grow": "the race turned nasty" says so of a contest
    matter_adjectives: frozenset[str] = frozenset()  # "toxic": on a substance or an asset, a term of chemistry or finance
    hedge_words: frozenset[str] = frozenset()  # the one-word hedges ("perhaps", "arguably"): "perhaps the greatest flaw"
    dependency_verbs: frozenset[str] = frozenset()  # "hook", "addict": on people and no drug, a metaphor of dependency
    substances: frozenset[str] = frozenset()  # "heroin", "alcohol": what one is hooked on or addicted to, literally
    diseases: frozenset[str] = frozenset()  # "cancer", "plague": said of something or on it, a metaphor of disease
    literal_on_objects: frozenset[str] = frozenset()  # "crumbling", "shattered": literal said of a building or an object
    literal_on_persons: frozenset[str] = frozenset()  # "death sentence", "chokehold": literal on a person


@dataclass(frozen=True)
class Valence:
    """The lexicon's ``valence`` section with the rated words it points to (see valence.py)."""

    ratings: dict[str, float]  # word -> mean valence, -4 .. +4
    loaded_max: float  # an adjective rated at or below this is loaded language
    noun_max: float  # a noun rated at or below this is loaded language
    name_calling_max: float  # an adjective so rated on a proper name, or a noun so rated predicated of someone, labels them
    confidence: float
    not_loaded: frozenset[str]  # strongly rated words that report events in news ("war", "crisis"), never loaded alone
    classifying: frozenset[str] = frozenset()  # rated adjectives with a relational WordNet sense ("criminal": of crime)
    people: frozenset[str] = frozenset()  # nouns whose most frequent WordNet sense is a person or group ("mob", "alien")
    persons: frozenset[str] = frozenset()  # those of people that name one person, not a group ("alien", "person")
    things: frozenset[str] = frozenset()  # nouns whose most frequent WordNet sense is a concrete thing or place ("mine", "region")
    places: frozenset[str] = frozenset()  # those of things whose most frequent sense is a location ("town", "state")
    feelings: frozenset[str] = frozenset()  # words that say what someone feels ("frustrated", "fearful", "disdain")
    charging: frozenset[str] = frozenset()  # verbs whose rated object is an act charged, judged or done ("accuse", "commit")
    outcomes: frozenset[str] = frozenset()  # adjectives that say what an event did: death, damage, destruction ("fatal")
    events: frozenset[str] = frozenset()  # nouns whose most frequent WordNet sense is an act, event or phenomenon ("crash", "storm")
    flag_terms: frozenset[str] = frozenset()  # WordNet terms opened by a flag-waving word ("homeland security")
    topic_heads: frozenset[str] = frozenset()  # words of talk or dispute whose "about", "on", "over" names a topic ("remarks about")
    result_nouns: frozenset[str] = frozenset()  # nouns of a measured result ("finish", "earnings"): a rated adjective on them rates it
    relation_adjectives: frozenset[str] = frozenset()  # "a common enemy", "longtime foes": which side, not how bad
    ends_undergone: frozenset[str] = frozenset()  # "the candidate's collapse", "the collapse of the union": an end reported
    end_fields: frozenset[str] = frozenset()  # "the financial collapse": a field's adjective names the system that ended
    ailments: frozenset[str] = frozenset()  # nouns of ill health, injury, a bodily defect ("infection"): an outcome on them
    disasters: frozenset[str] = frozenset()  # nouns of a disaster of nature ("hurricane"): "was devastating" says what it did
    matter: frozenset[str] = frozenset()  # nouns with a sense of a substance or a possession ("gas", "debt")
    accounts: frozenset[str] = frozenset()  # nouns of an account whose "of" names its subject ("coverage of the war")
    happening_verbs: frozenset[str] = frozenset()  # "the new offensive comes as ...", "the assault began at dawn": it happens
    name_reach: int = 3  # the most tokens from a rated adjective to the name or person it labels ("crooked old X": 2)
    noun_said_of: int = 0  # a rated noun of people said of someone ("X is a liar"): 0 loaded language, 1 name calling

    @classmethod
    def from_spec(cls, spec: dict, folder: Path) -> Valence:
        """``folder``: where the lexicon lies; ``classifying_adjectives`` names a file beside it or, for a copied
        lexicon, in the bundled data folder (generated from WordNet by readout.eval.expand_classifying_adjectives)."""
        ratings = load_ratings(spec["package"], spec["file"])
        name = spec.get("classifying_adjectives")
        path = folder / name if name and (folder / name).exists() else LEXICON_PATH.parent / (name or "")
        generated = read_data(str(path), "classifying adjectives") if name else {}
        return cls(
            ratings=ratings,
            loaded_max=float(spec["loaded_max"]),
            noun_max=float(spec["noun_max"]),
            name_calling_max=float(spec["name_calling_max"]),
            confidence=float(spec["confidence"]),
            not_loaded=frozenset(w.lower() for w in spec.get("not_loaded", [])),
            classifying=frozenset(generated.get("adjectives", {})),
            people=frozenset(generated.get("people", [])),
            persons=frozenset(generated.get("people", [])) - frozenset(generated.get("groups", [])),
            things=frozenset(generated.get("things", [])),
            places=frozenset(generated.get("places", [])),
            feelings=frozenset(generated.get("feelings", [])),
            charging=frozenset(w.lower() for w in spec.get("charging_verbs", [])),
            outcomes=frozenset(generated.get("outcomes", [])),
            events=frozenset(generated.get("events", [])),
            flag_terms=frozenset(generated.get("flag_terms", [])),
            topic_heads=frozenset(w.lower() for w in spec.get("topic_heads", [])),
            result_nouns=frozenset(w.lower() for w in spec.get("result_nouns", [])),
            relation_adjectives=frozenset(w.lower() for w in spec.get("relation_adjectives", [])),
            ends_undergone=frozenset(w.lower() for w in spec.get("ends_undergone", [])),
            end_fields=frozenset(w.lower() for w in spec.get("end_fields", [])),
            ailments=frozenset(generated.get("ailments", [])),
            disasters=frozenset(generated.get("disasters", [])),
            matter=frozenset(generated.get("matter", [])),
            accounts=frozenset(w.lower() for w in spec.get("accounts", [])),
            happening_verbs=frozenset(w.lower() for w in spec.get("happening_verbs", [])),
            name_reach=int(spec.get("name_reach", 3)),
            noun_said_of=int(spec.get("noun_said_of", 0)),
        )


class VerbLemmas:
    """A word's lemma read as a verb's past participle, by the pipeline's own attribute ruler (readout's lemma
    corrections, ``nlp.correct_lemmas``) and lemmatizer: the tagger calls some participles before a noun adjectives
    ("the alleged thief"), and an adjective's lemma is the word itself. Remembered per word."""

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        # disabled in the shared pipeline (memoized stand-ins annotate instead), but still there to call
        self.steps = [nlp.get_pipe(name) for name in ("attribute_ruler", "lemmatizer") if name in nlp.component_names]
        self.known: dict[str, str] = {}

    def participle(self, word: str) -> str:
        """ "alleged" -> "allege", "jailed" -> "jail" (the word itself when the pipeline has no lemmatizer)."""
        if word not in self.known:
            doc = Doc(self.vocab, words=[word], tags=["VBN"])
            for step in self.steps:
                doc = step(doc)
            self.known[word] = doc[0].lemma_.lower() or word
        return self.known[word]


def index_phrases(entries: list[Phrase]) -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = defaultdict(list)
    for entry in entries:
        if entry.words:
            index[entry.words[0]].append(entry)
    return {key: tuple(sorted(value, key=lambda p: -len(p.words))) for key, value in index.items()}


def phrase_words(tokenizer, text: str) -> tuple[str, ...]:
    return tuple(t.lower_ for t in tokenizer(text))


def read_data(path: str, what: str) -> dict:
    """A JSON data file, or an AnalyzeError that names the file and the reason."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AnalyzeError(f"cannot read the {what} file: {exc}", source=path, hint="fix the path in the component config") from exc


@lru_cache(maxsize=4)
def load_lexicon(path: str, tokenizer) -> Lexicon:
    """Read and compile a lexicon file; phrases are tokenized with the pipeline's own tokenizer."""
    raw = read_data(path, "rhetoric lexicon")
    labels, phrases, patterns = {}, [], []
    for technique, spec in raw["techniques"].items():
        labels[technique] = spec["label"]
        confidence = float(spec["confidence"])
        phrases += [Phrase(phrase_words(tokenizer, p), technique, confidence) for p in spec.get("phrases", [])]
        patterns += [(re.compile(p, re.IGNORECASE), technique, confidence) for p in spec.get("patterns", [])]
    return Lexicon(
        labels=labels,
        phrases=index_phrases(phrases),
        patterns=tuple(patterns),
        hedges=index_phrases([Phrase(phrase_words(tokenizer, p), "hedge", 0.0) for p in raw.get("hedges", [])]),
        certainty=index_phrases([Phrase(phrase_words(tokenizer, p), "certainty", 0.0) for p in raw.get("certainty", [])]),
        scare_quotes=raw.get("scare_quotes", {}),
        repetition=raw.get("repetition", {}),
        valence=Valence.from_spec(raw["valence"], Path(path).parent) if raw.get("valence") else None,
        any_pattern=_any_of([p for p, _, _ in patterns]),
        stance_verbs=frozenset(w.lower() for w in raw.get("stance_verbs", {}).get("verbs", [])),
        stance_nouns=frozenset(w.lower() for w in raw.get("stance_verbs", {}).get("nouns", [])),
        off_on_news=frozenset(raw.get("off_on_news", {}).get("techniques", [])),
        criticism_verbs=frozenset(w.lower() for w in raw.get("criticism_verbs", {}).get("verbs", [])),
        act_verbs=frozenset(w.lower() for w in raw.get("act_verbs", {}).get("verbs", [])),
        idioms=index_phrases([Phrase(phrase_words(tokenizer, p), "idiom", 0.0) for p in raw.get("idioms", {}).get("phrases", [])]),
        plain_comparisons=frozenset(" ".join(phrase_words(tokenizer, p)) for p in raw.get("plain_comparisons", {}).get("phrases", [])),
        asking_verbs=frozenset(w.lower() for w in raw.get("asking_verbs", {}).get("verbs", [])),
        ranking_periods=frozenset(w.lower() for w in raw.get("ranking_periods", {}).get("nouns", [])),
        likening_verbs=frozenset(w.lower() for w in raw.get("stance_verbs", {}).get("likening", [])),
        effect_adjectives=frozenset(w.lower() for w in raw.get("texts_described", {}).get("adjectives", [])),
        text_nouns=frozenset(w.lower() for w in raw.get("texts_described", {}).get("nouns", [])),
        domain_adverbs=frozenset(w.lower() for w in raw.get("domain_adverbs", {}).get("adverbs", [])),
        contest_nouns=frozenset(w.lower() for w in raw.get("tones_reported", {}).get("nouns", [])),
        becoming_verbs=frozenset(w.lower() for w in raw.get("tones_reported", {}).get("verbs", [])),
        matter_adjectives=frozenset(w.lower() for w in raw.get("matter_adjectives", {}).get("adjectives", [])),
        hedge_words=frozenset(p.lower() for p in raw.get("hedges", []) if " " not in p),
        dependency_verbs=frozenset(w.lower() for w in raw.get("metaphors", {}).get("dependency_verbs", [])),
        substances=frozenset(w.lower() for w in raw.get("metaphors", {}).get("substances", [])),
        diseases=frozenset(w.lower() for w in raw.get("metaphors", {}).get("diseases", [])),
        literal_on_objects=frozenset(w.lower() for w in raw.get("literal_senses", {}).get("objects", [])),
        literal_on_persons=frozenset(w.lower() for w in raw.get("literal_senses", {}).get("persons", [])),
    )


def _any_of(patterns: list[re.Pattern]) -> re.Pattern | None:
    """A look-ahead that succeeds where any of the patterns matches (None when a back-reference or a flag
    set inside a pattern would not mean the same in one alternation)."""
    if not patterns or any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("(?=" + "|".join(f"(?:{p.pattern})" for p in patterns) + ")", re.IGNORECASE)
    except re.error:  # e.g. two patterns naming a group alike
        return None


def pattern_matches(lexicon: Lexicon, text: str):
    """(pattern index, match) of every lexicon pattern in text: each pattern's ``finditer`` matches, pattern by pattern.

    One pass of ``any_pattern`` finds the few places where some pattern matches, instead of eighteen passes
    over the whole text; each pattern is then tried there, and only from the end of its previous match, as
    ``finditer`` would. An empty match (no pattern has one today) has the pattern run by ``finditer``."""
    if lexicon.any_pattern is None:
        for k, (pattern, _, _) in enumerate(lexicon.patterns):
            yield from ((k, m) for m in pattern.finditer(text))
        return
    starts = [m.start() for m in lexicon.any_pattern.finditer(text)]
    for k, (pattern, _, _) in enumerate(lexicon.patterns):
        found, end = [], 0
        for at in starts:
            if at < end or (m := pattern.match(text, at)) is None:
                continue
            if m.end() == at:
                found = list(pattern.finditer(text))
                break
            found.append(m)
            end = m.end()
        yield from ((k, m) for m in found)


def token_keys(doc: Doc) -> list[tuple[str, str]]:
    """(lower-cased word, lower-cased lemma) per token, from the doc's token table; the month "May" is no hedge."""
    table = token_table(doc)
    return [("", "") if (lower == "may" and tag != "MD") else (lower, lemma) for lower, lemma, tag in zip(table.lower, table.lemma, table.tag)]


def _matches_at(keys: list[tuple[str, str]], i: int, end: int, index: dict[str, tuple[Phrase, ...]]):
    """Every phrase of the index that matches at token ``i`` (longest first; the word's phrases before the lemma's,
    so that a tie between equally long phrases is broken the same way in every process, whatever the hash seed)."""
    word, lemma = keys[i]
    second = keys[i + 1] if i + 1 < end else ()  # most phrases fail on their second word: compared first, without a loop
    for key in (word, lemma) if lemma != word else (word,):
        for phrase in index.get(key, ()):  # its first word is the key: the words after it are compared
            words = phrase.words
            if i + len(words) > end or (len(words) > 1 and words[1] not in second):
                continue
            for k in range(2, len(words)):
                if words[k] not in keys[i + k]:
                    break
            else:
                yield phrase


def phrase_starts(keys: list[tuple[str, str]], index: dict[str, tuple[Phrase, ...]], start: int = 0, end: int | None = None) -> list[int]:
    """The positions in ``keys[start:end]`` whose word or lemma starts a phrase of the index (most start none)."""
    return [i for i, (word, lemma) in enumerate(keys[start:end], start) if word in index or lemma in index]


def match_phrases(keys: list[tuple[str, str]], index: dict[str, tuple[Phrase, ...]], start: int = 0, end: int | None = None) -> list[tuple[int, int, Phrase]]:
    """(start token, end token, phrase) for lexicon phrases in ``keys[start:end]``, longest first, no overlaps."""
    end = len(keys) if end is None else end
    found, after = [], start  # a phrase found covers its words: the next one starts after it
    for i in phrase_starts(keys, index, start, end):
        if i < after:
            continue
        hit = max(_matches_at(keys, i, end, index), key=lambda p: len(p.words), default=None)
        if hit is not None:
            found.append((i, i + len(hit.words), hit))
            after = i + len(hit.words)
    return found


def count_kinds(keys: list[tuple[str, str]], index: dict[str, tuple[Phrase, ...]], start: int, end: int, starts: list[int] | None = None) -> Counter:
    """How many positions in ``keys[start:end]`` start a phrase of each kind (kinds may overlap); ``starts``:
    ``phrase_starts`` of the whole doc, when several stretches of one doc are counted."""
    counts: Counter = Counter()
    within = phrase_starts(keys, index, start, end) if starts is None else starts[bisect_left(starts, start) : bisect_left(starts, end)]
    for i in within:
        counts.update({p.technique for p in _matches_at(keys, i, end, index)})
    return counts


def _marker(doc: Doc, start: int, end: int, technique: str, confidence: float, cue: str | None) -> RhetoricMarker:
    text = doc_text(doc)
    while end > start and text[end - 1].isspace():
        end -= 1
    return RhetoricMarker(span=char_span(doc, start, end), technique=technique, confidence=round(confidence, 2), cue=cue)


def _label_on_a_thing(token, persons: frozenset[str]) -> bool:
    """ "a terrorist attack", "terrorist financing", "homeland security": a label word (name calling, flag waving)
    written (not shouted) before a common noun that names no person says what kind of act or thing the noun is; it
    labels nobody. Said of someone ("he is a
    terrorist"), on a noun of a person, or shouted ("A TERRORIST ORGANIZATION", as memes label), it is a label."""
    head = token.head
    return (token.dep_ in {"amod", "compound"} and head.pos_ == "NOUN" and head.i > token.i and not token.is_upper
            and head.lemma_.lower() not in persons and head.lower_ not in persons
            and "\n" not in doc_text(token.doc)[token.idx : head.idx])  # the parser hangs a line's last word on the next line


# Techniques whose one-word entries are labels: before a noun of a thing or act they classify it ("a terrorist attack",
# "homeland security officials")
LABELS = {"name_calling_labeling", "flag_waving"}


def _runs_on(doc: Doc, end: int) -> bool:
    """True when the phrase's last word is part of the words after it: glued to them by a hyphen ("by far-right
    hosts") or an adverb of degree on the comparative that follows ("by far fewer votes": "far fewer")."""
    if end >= len(doc):
        return False
    last, after = doc[end - 1], doc[end]
    return (not last.whitespace_ and after.text == "-") or (last.head.i == end and after.tag_ in {"JJR", "RBR"})


# "so-called" written before a term: the writer names a term of art, or doubts a title given to people
TERM_INTRODUCERS = {("so", "-", "called"), ("so", "called")}


# entity types of an established name of a body, place, law or event ("the so-called Islamic State"), not of a person
ESTABLISHED_NAMES = {"ORG", "GPE", "LOC", "NORP", "FAC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART"}


def _introduces_a_term(doc: Doc, end: int, people: frozenset[str]) -> bool:
    """ "through so-called swap deals", "a so-called audit test": "so-called" before a common noun that names no person
    or group introduces a term of art, as news does; before people ("so-called experts") it doubts their title. Before
    the name of a body, place, law or event ("the so-called Islamic State", "the so-called Dodd-Frank Act") it gives the
    name the thing is commonly known by, not the writer's doubt; before a person's name or title ("the so-called
    President Smith") it doubts it, as before."""
    head = doc[end - 1].head
    if head.i < end:
        return False
    if head.pos_ == "PROPN":
        words = doc[end : head.i + 1]  # a name in quote marks ('the so-called "Iron Pact"') is held at arm's length: doubt
        return not head.is_upper and not any(t.is_quote for t in words) and all(
            t.ent_type_ in ESTABLISHED_NAMES for t in words if t.is_alpha)
    return head.pos_ == "NOUN" and head.lemma_.lower() not in people and head.lower_ not in people


NOUN_PHRASE_DEPS = {"det", "nummod", "poss", "compound"}


def _noun_in_a_phrase(doc: Doc, start: int, end: int) -> bool:
    """ "during the review period.", "came to a full stop": a cliché that is a noun ("Period.", "full stop") with a
    determiner, a number, an owner or another noun on it from outside the phrase, or the object of a preposition, is
    that noun in a sentence of its own, not a sentence cut short ("Taxes are theft, period." stays)."""
    nouns = [t for t in doc[start:end] if t.pos_ == "NOUN"]
    if not nouns:
        return False
    noun = nouns[-1]
    return noun.dep_ == "pobj" or any(c.dep_ in NOUN_PHRASE_DEPS and not start <= c.i < end for c in noun.children)


# Words after "lie" that place something ("what lies ahead", "the answer lies in", "the blame lies with them"): the verb of
# position, not of deceit ("he lies about it", "lying to voters")
PLACING = {"ahead", "behind", "beyond", "in", "at", "on", "within", "under", "beneath", "between", "there", "here", "with",
           "low", "idle", "dormant", "fallow", "still", "atop", "near", "outside", "inside", "across", "along"}


def _lies_somewhere(token) -> bool:
    """ "what lies ahead", "the fault lies with the board", "lying in wait": the verb "lie" followed by a word of place
    says where something is; only the verb of deceit ("lies about", "lying to") is loaded."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() == "lie" and following is not None and following.lower_ in PLACING


OPPOSING_PREFIXES = {"anti", "counter"}  # written before a hyphen: the word after it is what the stance is against


def _opposed(doc: Doc, i: int) -> bool:
    """ "anti-slavery societies", "counter-terrorism units", "an anti-corruption drive": a rated word glued by a hyphen
    to a prefix of opposition names what a stance, a law or a group is against; the compound describes them, it
    does not rate the word. Shouted lines too ("ANTI-TERROR LAW"): the prefix says the same in capitals."""
    return (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
            and doc[i - 2].lower_ in OPPOSING_PREFIXES)


def _after_have(doc: Doc, i: int) -> bool:
    """ "the candidates have broken records", "she has already ruined it": a past participle after a form of "have"
    (adverbs between) makes a perfect tense, a verb, even where the parser hangs it on the next noun as an adjective;
    rated verbs are not marked."""
    j = i - 1
    while j >= 0 and doc[j].pos_ in {"ADV", "PART"}:
        j -= 1
    return j >= 0 and doc[j].lemma_.lower() == "have" and doc[j].pos_ in {"AUX", "VERB"}


def _glued_to_next(doc: Doc, i: int) -> bool:
    """ "sucker-punched", "a shit-eating grin": a rated word glued by a hyphen to the word after it is the first part of
    a compound, which means what the compound means. Shouted lines are left to their rating ("HELL-RAISERS", as the
    memes' annotators mark it)."""
    return (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
            and doc[i + 2].is_alpha and not doc[i].is_upper)


ONE_UNIT = {"a", "an", "one"}


def _part_of_one_unit(doc: Doc, end: int) -> bool:
    """ "a fraction of a percent", "a fraction of a second": a phrase of minimising that ends in "of" followed by one
    unit ("a", "an" or "one" and a singular noun) measures an amount smaller than that unit; it does not belittle
    anything. "a fraction of the cost" (of the thing compared) is read as before."""
    if doc[end - 1].lower_ != "of" or end + 1 >= len(doc):
        return False
    article, noun = doc[end], doc[end + 1]
    return article.lower_ in ONE_UNIT and noun.tag_ == "NN" and noun.head.i == end - 1 and noun.dep_ == "pobj"


def lexicon_markers(doc: Doc, lexicon: Lexicon, keys: list[tuple[str, str]], verbs: VerbLemmas) -> list[RhetoricMarker]:
    markers = []
    persons = lexicon.valence.persons if lexicon.valence is not None else frozenset()
    people = lexicon.valence.people if lexicon.valence is not None else frozenset()
    for start, end, phrase in match_phrases(keys, lexicon.phrases):
        if phrase.technique in LABELS and end - start == 1 and _label_on_a_thing(doc[start], persons):
            continue
        if phrase.words in TERM_INTRODUCERS and _introduces_a_term(doc, end, people):
            continue
        if phrase.technique in LABELS and end - start == 1 and lexicon.valence is not None and _charged_label(doc[start], lexicon.valence, verbs):
            continue
        if phrase.technique == "thought_terminating_cliche" and _noun_in_a_phrase(doc, start, end):
            continue
        if _opposed(doc, start):
            continue  # "anti-bullying rules": what the rules are against
        if end - start == 1 and lexicon.valence is not None and (_paired_with_opposite(doc[start], lexicon.valence)
                                                               or _opposite_named_before(doc[start], lexicon.valence)):
            continue  # "winners and losers", "The winner is X. The losers? Y.": both sides of an outcome, named
        if end - start == 1 and _lies_somewhere(doc[start]):
            continue  # "what lies ahead": the verb of position
        if end - start == 1 and lexicon.valence is not None and _reports_an_outcome(doc[start], lexicon.valence):
            continue  # "a devastating flood": the lexicon's word says what the event did
        if phrase.technique == "flag_waving" and lexicon.valence is not None and end < len(doc) and f"{doc[end - 1].lower_} {doc[end].lower_}" in lexicon.valence.flag_terms:
            continue  # "a secretary of homeland security": the word opens a term (an agency, a field of policy)
        if _runs_on(doc, end):
            continue  # "by far-right hosts", "by far fewer votes": the last word belongs to the words after it
        if phrase.technique in DENIABLE and ((start > 0 and doc[start - 1].lower_ in NEGATIONS) or _denied_predicate(doc[end - 1])):
            continue  # "not merely a tax", "not everyone agrees", "isn't the only reason", "is no longer a death sentence": denied
        if phrase.technique == "exaggeration_minimisation" and _part_of_one_unit(doc, end):
            continue  # "a fraction of a percent": a measure, smaller than one unit
        if phrase.words in SUPERLATIVE_ENDS and not _after_a_superlative(doc, start):
            continue  # "deeply rooted in history": no superlative for the phrase to stretch over all time
        if end - start == 1 and phrase.technique in {"loaded_language", "name_calling_labeling"} and (
                _denied_predicate(doc[start]) or _denied_adjective(doc[start])):
            continue  # "it's not a crazy argument", "he is not a liar", "not necessarily provocative": denied, as a rated word is
        if end - start == 1 and phrase.technique == "name_calling_labeling" and _names_a_state_in_a_period(doc[start]):
            continue  # "the defeat of Nazi Germany": the usual name of a state under one regime, no label
        if end - start == 1 and phrase.technique == "loaded_language" and lexicon.valence is not None and _in_a_charge(doc[start], lexicon.valence):
            continue  # "charged him with fraud and lying to investigators": the charge's own words
        span = doc[start:end]
        markers.append(_marker(doc, span.start_char, span.end_char, phrase.technique, phrase.confidence, " ".join(phrase.words)))
    for k, m in pattern_matches(lexicon, doc_text(doc)):
        _, technique, confidence = lexicon.patterns[k]
        if technique in DENIABLE and _denied(doc, m.start()):
            continue  # "becoming rich isn't the only way up": the negation denies the pattern's phrase too
        markers.append(_marker(doc, m.start(), m.end(), technique, confidence, "pattern"))
    return markers


NAME_TAGS = {"PROPN"}
# a negation before the phrase says the opposite ("not everyone agrees", "isn't the only reason", "not the only way")
DENIABLE = {"exaggeration_minimisation", "bandwagon", "causal_oversimplification", "black_and_white_fallacy"}
NEGATIONS = {"not", "n't", "n’t", "never"}  # "n’t": a curly apostrophe, as many papers print it

# Entity types that name a body, place or thing: a lexicon word inside one is part of its name ("the Department of
# Homeland Security", "a Patriot Act vote"). Not persons or groups: an epithet on a person is name calling ("Crooked X").
THING_NAMES = {"ORG", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART"}
WHOLE_NAMES = {"ORG", "FAC", "PRODUCT"}  # not laws or works of art: the recognizer tags some quoted labels so


def _denied(doc: Doc, start_char: int) -> bool:
    """True when the word before the one at ``start_char`` is a negation ("isn't the only path")."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in NEGATIONS


def in_thing_name(doc: Doc, m: RhetoricMarker) -> bool:
    """True when the marker is one part of the name of a body or thing (``THING_NAMES``): its words are written as
    a name (title-cased, not shouted) inside one entity that has another title-cased word besides ("Patriot" in
    "Patriot Ridge Mining", "Homeland" in "the Department of Homeland Security"). A marker that is the whole entity
    is left to its cue (the recognizer tags some quoted labels as laws or works of art). Slogans are often
    names of campaigns and stay."""
    if m.technique == "slogans":
        return False
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    flag = m.technique == "flag_waving"  # a flag word is no epithet: in a name the recognizer reads as a person's too ("Patriot Coal")
    if not words or not all(t.ent_type_ in (THING_NAMES | {"PERSON"} if flag else THING_NAMES) and t.is_title for t in words):
        return False
    entity = next((e for e in entity_spans(doc) if e.start <= words[0].i < e.end), None)
    if entity is None:
        return False
    if any(t.is_title and not (span.start <= t.i < span.end) for t in entity):
        return True
    # a flag word that is the whole name of a body or product ("the Patriots won"); at a sentence's start capitals say nothing
    return flag and entity.label_ in WHOLE_NAMES and not words[0].is_sent_start


def in_a_persons_name(doc: Doc, m: RhetoricMarker) -> bool:
    """True when the marker's words are part of a person's full name the recognizer found ("Ann Slaughter", "Tom
    Coward"): a surname, not the word. Written in capitals they may be shouted, and are read as before. Only where
    the quote reader ran (news)."""
    span = _marker_span(doc, m)
    if span is None or any(t.pos_ != "PROPN" or t.ent_type_ != "PERSON" or t.is_upper for t in span):
        return False
    name = next((e for e in entity_spans(doc) if e.start <= span.start < e.end), None)
    return name is not None and len(name) > len(span) and span.end <= name.end


def thing_name_words(doc: Doc) -> tuple[dict[str, int], frozenset[int]]:
    """(title-cased word -> the most title-cased words of a name the document writes with it, the tokens of those
    names), for names of two such words or more ("Patriot Ridge Mining": 3): a story names a body in full once,
    then by one of its words ("Patriot sold..."). Names of persons too: the recognizer reads some companies as
    persons."""
    words: dict[str, int] = {}
    inside: set[int] = set()
    for e in entity_spans(doc):
        if e.label_ in THING_NAMES or e.label_ == "PERSON":
            titled = [t.lower_ for t in e if t.is_title]
            if len(titled) >= 2:
                inside.update(range(e.start, e.end))
                for w in titled:
                    words[w] = max(words.get(w, 0), len(titled))
    return words, frozenset(inside)


def short_name(doc: Doc, m: RhetoricMarker, names: tuple[dict[str, int], frozenset[int]]) -> bool:
    """True when the marker, written as a name (title-cased words, not shouted) outside the names themselves, is
    shorter than a name the document writes in full, and each of its words belongs to such a name
    (``thing_name_words``). A word inside a full name is left to ``in_thing_name`` (an epithet in a person's
    nickname, "Crooked X", is still marked). Slogans stay."""
    lengths, inside = names
    if not lengths or m.technique == "slogans":
        return False
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    return bool(words) and all(t.is_title and t.i not in inside and lengths.get(t.lower_, 0) > len(words) for t in words)


def in_reported_speech(m: RhetoricMarker, quotes) -> bool:
    """True when the marker lies inside what a named speaker said (a quote the quote extractor gives a speaker,
    direct or indirect): the words are the speaker's, reported, not the writer's rhetoric."""
    return any(q.speaker and q.span.start <= m.span.start and m.span.end <= q.span.end for q in quotes)


FIRST_PERSON = {"i", "we", "you"}  # the writer and the reader
SUBJECTS = {"nsubj", "nsubjpass"}
CLIMB = {"xcomp", "pcomp", "prep", "advcl", "conj", "acl", "relcl"}  # a verb whose subject is one of its heads'


def _holder(verb) -> str:
    """Whose view the verb gives: its subject's, or that of the verb it hangs on ("focused on attacking X": the one
    who focused), lower-cased; "" for an imperative (the writer's, to the reader), "?" when the parser left the
    subject elsewhere ("some of the growers polled quietly doubt ...": "some" hung on "polled")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject.lower_
        if verb.dep_ not in CLIMB or verb.head is verb:
            break
        verb = verb.head
    return "" if verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) else "?"


def _phrase_head(span):
    """The span's root, unless that is an adverb the parser hung outside the phrase ("the most corrupt official ever":
    "ever" on the verb); then the phrase's own head, "official"."""
    root = span.root
    if root.dep_ == "advmod":
        return next((t for t in span if not span.start <= t.head.i < span.end and t.dep_ != "advmod" and t.head is not t), root)
    return root


def _verb_of_as(t: Token) -> Token:
    """The verb an "as" phrase belongs to: the parser often hangs "as" on the verb's object ("to paint the treasurer,
    a banker, as too reckless")."""
    head = t.head
    return head.head if head.dep_ in {"dobj", "nsubjpass"} else head


def _hangs_on(span, steps: int):
    """(word, head) pairs from the span's phrase head up the parse, at most ``steps``: what the marker's words hang
    on, clause by clause. An "as" phrase hangs on its verb (``_verb_of_as``), wherever the parser put it."""
    t = _phrase_head(span)
    for _ in range(steps):
        head = t.head
        if head is t:
            return
        if t.dep_ == "prep" and t.lower_ == "as":
            head = _verb_of_as(t)
        yield t, head
        t = head


OBJECT_HOLDS = {"strike"}  # stance verbs whose object, not their subject, holds the view ("struck voters as unfair")


def in_reported_stance(doc: Doc, m: RhetoricMarker, verbs: frozenset[str], nouns: frozenset[str] = frozenset(),
                       likening: frozenset[str] = frozenset()) -> bool:
    """True when the marker lies in what a verb of regarding, casting or believing (``stance_verbs``) gives as
    someone's view: the "as" phrase ("critics attacked the plan as reckless", "she cast her rival as a traitor"),
    the object's complement ("they are considered too dangerous", "he called them his enemies") or the clause
    believed ("believing that the dam poses a grave danger"). The words are that someone's, reported, not the
    writer's (the quote reader gives speakers only for verbs of saying). The writer's own view ("I regard it as
    reckless") and an imperative (to the reader) keep the marker; so does the verb itself
    ("slammed the plan as ...": the writer's word for the act). So does the clause a noun of charging, claiming or
    believing (``nouns``) gives ("amid accusations that the count was rigged", "her claim that the rule is unfair"),
    or its "of" phrase ("he faces charges of betrayal", "amid allegations of treachery"): the view of the noun's
    owner, or of whoever made it when none is named; "my claim that ..." keeps the marker. The noun written right before
    the clause's "that" is enough where the parser hung the clause elsewhere (``_noun_before_that``). So does what a verb of
    likening (``likening``) likens to ("the coach compared his critics to fascists"), and a "by" phrase or a loose noun
    the parser hangs on an active verb after its "as" phrase ("described the port as overrun by smugglers, some of them
    thugs": an active verb has no agent, so the words are the "as" phrase's, ``_after_as``)."""
    if not verbs:
        return False
    span = _marker_span(doc, m)
    if span is None:
        return False
    first = _correlative_first(_phrase_head(span))  # "insisting that it was not just a blunder, but a disgrace"
    for t, head in _hangs_on(doc[first.i : first.i + 1] if first is not None else span, 12):
        if t.dep_ == "prep" and t.lower_ in {"to", "with"} and head.dep_ in {"dobj", "pobj"} and head.head.lemma_.lower() in likening:
            head = head.head  # "compared radical cranks to thugs": the parser hangs "to" on the object
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in verbs | likening and not span.start <= head.i < span.end and (
                (t.dep_ == "prep" and t.lower_ == "as") or t.dep_ in {"oprd", "ccomp"}
                or (t.dep_ == "prep" and t.lower_ in {"to", "with"} and head.lemma_.lower() in likening)
                or _after_as(t, head)
                # "voters see the campaign as most unfair": the parser hangs "as" on the adjective, the adjective on the verb
                or (t.dep_ == "advcl" and t.pos_ == "ADJ" and any(c.lower_ == "as" and c.i < t.i for c in t.children))):
            holder = _holder(head)
            if head.lemma_.lower() in OBJECT_HOLDS:  # "the fee struck drivers as unfair": the drivers' view; "struck me as": the writer's
                holder = next((c.lower_ for c in head.children if c.dep_ == "dobj"), "")
                holder = "i" if holder in {"me", "us"} else holder
            return holder != "" and holder not in FIRST_PERSON
        if head.pos_ == "NOUN" and head.lemma_.lower() in nouns and not span.start <= head.i < span.end and (
                (t.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))
                or (t.dep_ == "prep" and t.lower_ == "of")):  # "charges of betrayal": what the charge says
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            return owner is None or owner.lower_ not in {"my", "our", "your"}
        noun = _noun_before_that(t, nouns)
        if noun is not None and not span.start <= noun.i < span.end:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            return owner is None or owner.lower_ not in {"my", "our", "your"}
    return False


def _noun_before_that(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of charging, claiming, believing, worry or complaint (``nouns``) written right before the "that" that
    opens the verb's clause ("concerns that the region is ...", "carping that X is ..."), wherever the parser hung the
    clause: the clause says what the noun holds."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return None
    noun = verb.doc[mark.i - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns else None


CORRELATIVE_ADVERBS = {"just", "only", "merely", "simply"}  # "not just X, but Y", "not only X but also Y"


def _correlative_first(token) -> Token | None:
    """For the second member of "not just X, but Y" ("not only X but also Y"), which the parser often hangs on the
    clause's root instead of beside X, the first member X, whose place in the sentence both share; else None."""
    if token.dep_ != "conj" or token.head.i > token.i:
        return None
    for x in token.sent[: token.i - token.sent.start]:
        opened = any(c.dep_ == "advmod" and c.lower_ in CORRELATIVE_ADVERBS and c.i > 0 and token.doc[c.i - 1].lower_ == "not"
                     for c in x.children)
        if opened and any(w.lower_ == "but" for w in token.doc[x.i + 1 : token.i]):
            return x
    return None


def _after_as(t: Token, verb: Token) -> bool:
    """True for a "by" phrase, or a noun the parser hangs loose ("..., some of them thugs"), on an active verb (no
    passive subject or auxiliary) after the verb's "as" phrase or clause: the rest of the description."""
    if not ((t.dep_ in {"prep", "agent"} and t.lower_ == "by") or t.dep_ in {"npadvmod", "appos"}):
        return False
    return not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and any(
        c.i < t.i and ((c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)))
        for c in verb.children)


# prepositions that give what an act was done to or against ("the assault on the city", "damage to the campaign")
TARGETS = {"to", "on", "against", "upon"}
PREDICATES = {"attr", "acomp", "oprd"}  # a noun said of something ("this is an assault on us") judges it


def _marker_span(doc: Doc, m: RhetoricMarker) -> Span | None:
    """The tokens a marker covers, or None where its characters cover none."""
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _marker_token(doc: Doc, m: RhetoricMarker) -> Token | None:
    """The one word a marker covers, or None for a phrase."""
    span = _marker_span(doc, m)
    return span[0] if span is not None and len(span) == 1 else None


def names_a_reported_act(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a one-word marker on a noun whose most frequent WordNet sense is an act or event (``events``:
    "assault", "damage", "defeat") that the sentence reports with what it was done to ("the assault on the city",
    "some damage to his campaign had been done"; the parser may hang the target on the verb: "pushing an offensive on
    payday lenders"), describes by a clause of its own ("a defeat the governor calls his worst"), names by its kind
    ("a ground offensive", "a charm offensive") or says happened (``happening_verbs``: "the new assault comes as ...",
    not "must end"): the noun names the act or campaign the news reports, literally or by its usual name; the writer
    does not rate it. Said of something ("the bill is an assault on workers"), owned by the writer or the reader ("our
    defeat"), shouted, or in an exclamation, it is read as before. Only where the quote reader ran (news): the memes' annotators mark such
    nouns, and the memes are read without it."""
    if valence is None or m.technique != "loaded_language":
        return False
    t = _marker_token(doc, m)
    if t is None or t.pos_ != "NOUN" or t.is_upper or t.dep_ in PREDICATES:
        return False
    if t.lemma_.lower() not in valence.events and t.lower_ not in valence.events:
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_SIDE for c in t.children):
        return False
    if doc_text(doc)[t.sent.start_char : t.sent.end_char].rstrip().endswith("!"):
        return False
    return (any(_has_target(c) or c.dep_ in {"relcl", "acl"} or (c.dep_ in KIND_NAMED and c.pos_ == "NOUN") for c in t.children)
            or (t.dep_ == "dobj" and any(_has_target(c) for c in t.head.children))
            or (t.dep_ == "nsubj" and t.head.lemma_.lower() in valence.happening_verbs and not any(c.tag_ == "MD" for c in t.head.children)))


KIND_NAMED = {"compound", "amod"}  # "a ground offensive", "a charm offensive", "the ad blitz": a noun names the campaign's kind


def _has_target(prep) -> bool:
    """ "on the city", "against the ruling": a preposition of a target with its object."""
    return prep.dep_ == "prep" and prep.lower_ in TARGETS and any(g.dep_ == "pobj" for g in prep.children)


def agent_of_a_reported_act(doc: Doc, m: RhetoricMarker) -> bool:
    """True for a one-word label on the agent of a passive verb ("civilians held by terrorists", "a village
    attacked by militants"): the noun says who did the act the news reports, the usual description of them; the
    writer labels nobody. With an adjective of its own ("held by vicious thugs") or shouted, it is read as before.
    Only where the quote reader ran (news), as ``names_a_reported_act``."""
    if m.technique not in {"loaded_language", "name_calling_labeling"}:
        return False
    t = _marker_token(doc, m)
    if t is None or t.pos_ != "NOUN" or t.is_upper or t.dep_ != "pobj" or any(c.dep_ == "amod" for c in t.children):
        return False
    by = t.head
    return by.dep_ == "agent" and by.lower_ == "by" and by.head.tag_ == "VBN"


ACT_CHAIN = {"xcomp", "acomp", "conj"}  # "were able to kill", "tried to flee", "fired and fled"
POINTING = {"this", "that", "these", "those"}  # "those thugs": the writer points at the people labelled


def _does_an_act(verb, acts: frozenset[str], depth: int = 3) -> bool:
    """The verb, or a verb it opens by "able to", "tried to" or "and", is one of ``acts``."""
    if verb.lemma_.lower() in acts or verb.lower_ in acts:
        return verb.pos_ in {"VERB", "AUX"}
    return depth > 0 and any(c.dep_ in ACT_CHAIN and _does_an_act(c, acts, depth - 1) for c in verb.children)


def doer_of_a_reported_act(doc: Doc, m: RhetoricMarker, valence: Valence | None, acts: frozenset[str]) -> bool:
    """True for a one-word label that is the active subject of a verb of a violent or criminal act (``act_verbs``)
    the news reports, directly or through "able to", "tried to" ("the gunmen were able to kill", "local bandits once
    fired on the convoy"), or whose relative clause does such an act ("militants who stormed the base"): it names the
    act's doers as the story names them, as the passive's agent does (``agent_of_a_reported_act``); the writer labels
    nobody. With a rated adjective of its own ("vicious thugs"), pointed at ("those thugs"), owned by the writer or the
    reader, shouted, in an exclamation, or the subject of any other verb ("the thugs in Congress blocked the bill"), it
    is read as before. Only where the quote reader ran (news)."""
    if not acts or m.technique not in {"loaded_language", "name_calling_labeling"}:
        return False
    t = _marker_token(doc, m)
    if t is None or t.pos_ != "NOUN" or t.is_upper:
        return False
    for c in t.children:
        if (c.dep_ == "det" and c.lower_ in POINTING) or (c.dep_ == "poss" and c.lower_ in OWN_SIDE):
            return False
        if c.dep_ == "amod" and (valence is None or valence.ratings.get(c.lower_, 0.0) < 0):
            return False
    if doc_text(doc)[t.sent.start_char : t.sent.end_char].rstrip().endswith("!"):
        return False
    if t.dep_ == "nsubj" and _does_an_act(t.head, acts):
        return True
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in {"who", "that"} for g in c.children)
               and _does_an_act(c, acts) for c in t.children)


def reported_criticism(doc: Doc, m: RhetoricMarker, verbs: frozenset[str]) -> bool:
    """True for a one-word marker on a verb of criticising (``criticism_verbs``: "slammed", "blasted", "lashes out")
    whose subject is a third party ("the senator blasted the agency", a headline's "Ad Slams Mayor"): news's word for
    what that party did, harsh criticism, reported; how harsh the party was is theirs, not the writer's loaded language.
    Decided once for all such verbs (docs/evaluation.md, rhetoric, twenty-sixth pass). The writer's or the reader's own
    ("we blasted them", an imperative) and a verb of judging a falsehood ("smears", not listed) keep the marker. Only
    where the quote reader ran (news)."""
    if not verbs or m.technique != "loaded_language":
        return False
    span = _marker_span(doc, m)
    if span is None:
        return False
    if len(span) > 2 or (len(span) == 2 and span[1].lower_ != "out"):
        return False  # "slammed the door": an idiom of its own; "lashed out" is the verb
    t = span[0]
    if t.lemma_.lower() not in verbs and t.lower_ not in verbs:
        return False
    if t.pos_ == "PROPN":  # a title-cased headline's verb the tagger reads as part of a name ("Two Senators Slam Plan")
        return _headline_verb(t, verbs)
    if t.pos_ not in {"VERB", "AUX"} and not (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_ == "NNS"):
        return False  # a headline's "Ad Slams Mayor" is tagged a plural noun at the root
    holder = _holder(t) if t.pos_ != "NOUN" else "?"
    return holder not in FIRST_PERSON and holder != ""


def _headline_verb(t: Token, verbs: frozenset[str]) -> bool:
    """ "Two Senators Slam Plan", "Mayor Blasts Council Over Fares": in a title-cased line every word starts with a
    capital, so the tagger reads a headline's verb as part of a name; a form of a verb of criticism after the line's
    first word, with no first person before it, is the headline's verb, whose subject is the third party before it.
    Typography says nothing of loaded language: a line in capitals is shouted, a title-cased one is a headline."""
    if t.is_upper or not t.text[:1].isupper() or not verb_forms(t.lower_, verbs):
        return False
    sent = t.sent
    words = [w.text for w in sent if w.is_alpha]
    if len(words) < 3 or not _title_cased(words) or t.i == sent.start:
        return False
    return not any(w.lower_ in FIRST_PERSON | {"me", "us"} for w in t.doc[sent.start : t.i])


RANK_SCOPES = {"in", "of", "among", "across", "on"}  # "the most dangerous roads in the state", "of the decade"
NOUN_PLACES = {"pobj", "dobj", "nsubj", "nsubjpass"}  # where an adjective with "the" stands for a noun left out
RANKED_IN = {"one", "some", "many", "few", "list", "lists", "ranking", "rankings"}  # "one of the most polluted rivers"


def ranks_by_degree(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a one-word loaded marker on a superlative adjective ("most dangerous", "deadliest") before a noun of a
    thing or place (``things``) ranked within a scope: "the most polluted rivers in the state", "the state's most
    dangerous roads", "one of the deadliest crossings": a ranking by a measure (crime, pollution, deaths), which news
    reports as a fact about the places, not the writer's stance. On people or groups ("the most dangerous man in
    the world", "the most corrupt government"), shouted, in an exclamation, or with no scope, it is read as before.
    Only where the quote reader ran (news)."""
    if valence is None or m.technique != "loaded_language":
        return False
    t = _marker_token(doc, m)
    if t is None or t.pos_ != "ADJ" or t.is_upper or t.dep_ not in {"amod", "attr", "acomp"} | NOUN_PLACES:
        return False
    if not (t.tag_ == "JJS" or any(c.dep_ == "advmod" and c.lower_ in {"most", "least"} for c in t.children)):
        return False
    if doc_text(doc)[t.sent.start_char : t.sent.end_char].rstrip().endswith("!"):
        return False
    if t.dep_ in NOUN_PLACES:  # "a list of fifty ports, for the most polluted in the region": the ranked noun left out
        return any(c.dep_ == "det" for c in t.children) and _scope_of_places(t, valence)
    if t.dep_ != "amod":  # "cities that were the most dangerous in the world", "the port is the most polluted in the state"
        return _scoped(t) and _ranked_place(_subject_of(t.head), valence)
    head = t.head
    if head.i < t.i or head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() not in valence.things:
        return False
    ranked = head.dep_ == "pobj" and head.head.lower_ in {"of", "among"} and (head.head.lower_ == "among" or head.head.head.lower_ in RANKED_IN)
    return _scoped(head) or ranked


def ranks_within_a_period(doc: Doc, m: RhetoricMarker, periods: frozenset[str]) -> bool:
    """True for an exaggeration marker ending on a superlative ("the greatest", "the most consequential") with the noun
    left out and an "of" or "in" scope that is a stretch of time (``periods``: "one of the greatest of the 19th century",
    "the most consequential of his career"): a ranking within that stretch, which news reports as a judgement of size,
    not a stretch over all time ("the greatest of all time", "in history" stay). Only where the quote reader ran (news)."""
    if m.technique != "exaggeration_minimisation" or not periods:
        return False
    span = _marker_span(doc, m)
    if span is None:
        return False
    t = span[-1]
    if t.pos_ != "ADJ" or not (t.tag_ == "JJS" or any(c.dep_ == "advmod" and c.lower_ == "most" for c in t.children)):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"of", "in"} and any(g.dep_ == "pobj" and g.lemma_.lower() in periods for g in c.children)
               for c in t.children)


def _scoped(token) -> bool:
    """A ranking's scope on the word: an owner ("the state's") or "in", "of", "among" ... with its object."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in RANK_SCOPES and any(g.dep_ == "pobj" for g in c.children))
               for c in token.children)


def _scope_of_places(token, valence: Valence) -> bool:
    """An "in", "of", "among" scope on the word whose object is a thing or place, or a group of them ("in the region",
    "of the country"), not persons ("the most violent of the three brothers" ranks people)."""
    return any(c.dep_ == "prep" and c.lower_ in RANK_SCOPES and any(
        g.dep_ == "pobj" and (_ranked_place(g, valence) or g.lemma_.lower() in valence.people - valence.persons) for g in c.children)
        for c in token.children)


def labels_by_creed(doc: Doc, m: RhetoricMarker) -> bool:
    """True for a one-word label ("extremists", "militants") with a word of nationality, religion or politics
    (the recognizer's NORP) written on it or on the noun it qualifies: "Islamist extremists", "a Maoist extremist
    preacher". News names a group so, by the creed it acts for, as the usual description; the label alone, or
    on a name ("extremist Jones"), is read as before. Only where the quote reader ran (news)."""
    if m.technique not in LABELS:  # a label's loaded word is added after, from the labels kept (``label_words``)
        return False
    t = _marker_token(doc, m)
    if t is None or t.pos_ not in {"NOUN", "ADJ"}:
        return False
    qualified = [t] + ([t.head] if t.dep_ in {"compound", "amod"} and t.head.i > t.i and t.head.pos_ == "NOUN" else [])
    return any(c.ent_type_ == "NORP" and c.dep_ in {"amod", "compound"} and c.i < t.i for q in qualified for c in q.children)


def _subject_of(verb):
    """The verb's subject; for a relative clause's "that" or "which", the noun the clause is on."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def _ranked_place(subject, valence: Valence) -> bool:
    """A noun of a thing or place (``things``), or the name of a place."""
    return subject is not None and (subject.lemma_.lower() in valence.things or subject.ent_type_ in {"GPE", "LOC", "FAC"})


def names_a_reported_act_or_its_doers(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a one-word marker on a noun after "the" that refers back to an act or event the news reports ("the
    scale of the assault", "one of the attackers", "the attackers fled"): a noun whose most frequent WordNet sense is
    an act or event (``events``), or a noun of persons formed from one ("attacker" from "attack", "hijacker"), names the
    act reported or who did it. With an adjective of its own ("the cowardly attackers"), an "of" phrase ("the
    slaughter of innocents"), said of something, owned by the writer or the reader, shouted, or in an exclamation, it
    is read as before. Only where the quote reader ran (news): the memes' annotators mark such nouns."""
    if valence is None or m.technique not in {"loaded_language", "name_calling_labeling"}:
        return False
    t = _marker_token(doc, m)
    if t is None or t.pos_ != "NOUN" or t.is_upper or t.dep_ in PREDICATES or t.dep_ == "appos":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    if any(c.dep_ in {"amod", "poss", "relcl", "acl"} or (c.dep_ == "prep" and c.lower_ == "of") for c in t.children):
        return False
    if doc_text(doc)[t.sent.start_char : t.sent.end_char].rstrip().endswith("!"):
        return False
    lemma = t.lemma_.lower()
    if lemma in valence.events:
        return True
    return lemma in valence.persons and any(lemma.endswith(end) and lemma[: -len(end)] in valence.events for end in ("er", "or"))


# verbs whose object is a situation met, posed or escaped ("poses dangers", "fleeing chaos"), not rated by the writer
SITUATION_VERBS = {"pose", "face", "flee", "escape", "avert", "risk"}
OUTCOME_VERBS = {"prove"}  # "the memo proved damaging": what an act turned out to do, reported
THRESHOLDS = {"brink", "edge", "verge", "cusp"}  # "on the brink of collapse": a state come near, reported


def describes_a_text(doc: Doc, m: RhetoricMarker, adjectives: frozenset[str], texts: frozenset[str]) -> bool:
    """True for a loaded adjective of the effect words have on those who hear them (``adjectives``: "provocative",
    "offensive", "unacceptable") said of a text or utterance (``texts``: "headline", "remark", "commentary"), before it
    ("a provocative headline", "offensive and crude comments") or of it ("the remark was offensive"): news says how the
    words were taken, it uses no loaded word of its own. A judging adjective ("a crude remark", "vile lies") is not
    listed and stays. Only where the quote reader ran (news)."""
    t = _marker_token(doc, m)
    if m.technique != "loaded_language" or t is None or t.lower_ not in adjectives:
        return False
    while t.dep_ == "conj" and t.head.pos_ == "ADJ":
        t = t.head
    if t.dep_ == "amod":
        noun = t.head
    elif t.dep_ == "acomp":
        noun = next((c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    else:
        return False
    return noun is not None and noun.lemma_.lower() in texts


def judged_within_a_field(doc: Doc, m: RhetoricMarker, adverbs: frozenset[str]) -> bool:
    """True for a loaded adjective an adverb of a field qualifies (``adverbs``: "politically toxic", "socially
    unacceptable", "legally dubious"): a standing within that field, the analysis's term, not the writer's own word for
    the thing. Only where the quote reader ran (news)."""
    t = _marker_token(doc, m)
    return (m.technique == "loaded_language" and t is not None and t.pos_ == "ADJ"
            and any(c.dep_ == "advmod" and c.lower_ in adverbs for c in t.children))


def describes_a_contests_tone(doc: Doc, m: RhetoricMarker, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """True for a loaded adjective written on a noun of a contest or of talks (``nouns``: "an increasingly ugly race") or
    said of one by a verb of becoming or being (``verbs``: "the race turned nasty", "the talks grew bitter", "the tone of
    the hearing became nastier"): the writer reports the tone the contest took, how the parties treat each other;
    it is no loaded word for anyone. The same adjective on a person or a plan stays. Only where the quote reader ran
    (news)."""
    t = _marker_token(doc, m)
    if m.technique != "loaded_language" or t is None or t.pos_ != "ADJ":
        return False
    while t.dep_ == "conj" and t.head.pos_ == "ADJ":
        t = t.head
    if t.dep_ == "amod":
        noun = t.head
    elif t.dep_ in {"acomp", "oprd"} and t.head.lemma_.lower() in verbs:
        noun = _subject_of(t.head)
    else:  # "the contest has been ugly": the parser may make the adjective the head, its copula an auxiliary
        copula = any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in verbs for c in t.children)
        noun = next((c for c in t.children if c.dep_ in SUBJECTS), None) if copula else None
    return noun is not None and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)


def made_by_a_named_event(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a one-word loaded-language marker glued by a hyphen to a noun whose most frequent WordNet sense is an act
    or event (``events``: "war-shattered", "storm-battered"): the compound says what that event did to the noun it is
    on, a description, as "a devastating flood" is (``_reports_an_outcome``). "the shattered nation" stays. Only where
    the quote reader ran (news)."""
    t = _marker_token(doc, m)
    if valence is None or t is None or m.technique != "loaded_language" or t.i < 2:
        return False
    hyphen, event = doc[t.i - 1], doc[t.i - 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not event.whitespace_ and event.pos_ in {"NOUN", "PROPN"}
            and event.lemma_.lower() in valence.events)


def names_a_contests_loser(doc: Doc, m: RhetoricMarker, nouns: frozenset[str], valence: Valence | None) -> bool:
    """True for a one-word marker on a noun of people rated negative after "the" ("the loser", "the losers") in a sentence
    that names a contest (``nouns``: "race", "contest", "primary"), or right after one: the side that lost it, as
    ``_opposite_named_before`` reads it beside a winner ("primaries share out seats by vote, so the loser also gets a
    few"). Said of someone ("the mayor is the loser") or with no contest near ("she married a loser") it stays. Only
    where the quote reader ran (news)."""
    t = _marker_token(doc, m)
    if (valence is None or t is None or t.pos_ != "NOUN" or t.is_upper or t.dep_ in {"attr", "appos", "oprd"}
            or not _after_the(t) or t.lemma_.lower() not in valence.people
            or valence.ratings.get(t.lower_, valence.ratings.get(t.lemma_.lower(), 0.0)) >= 0):
        return False
    start = t.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    return any(w.pos_ == "NOUN" and w.lemma_.lower() in nouns for w in doc[start : t.sent.end])


def hedged_superlative(doc: Doc, m: RhetoricMarker, hedges: frozenset[str]) -> bool:
    """True for an exaggeration marker on a superlative ("the greatest", "the worst") that a hedging adverb (``hedges``,
    the lexicon's one-word hedges: "perhaps", "arguably", "probably") opens, right before it or one word before ("perhaps
    the greatest flaw in the plan", "arguably among the worst"): an analysis ranks its points with a hedge, it does not
    stretch the claim. Unhedged, or with a superlative over all time ("in history"), it stays. Only where the quote
    reader ran (news)."""
    span = _marker_span(doc, m)
    if m.technique != "exaggeration_minimisation" or span is None:
        return False
    if not any(t.tag_ in SUPERLATIVE_WORDS for t in span) or _stretches_over_all_time(doc, span.end):
        return False
    before = doc[max(span.sent.start, span.start - 2) : span.start]
    return any(t.lower_ in hedges and t.pos_ == "ADV" for t in before) and not any(t.is_punct for t in before)


def _stretches_over_all_time(doc: Doc, end: int) -> bool:
    """Whether one of ``SUPERLATIVE_ENDS`` ("in history", "of all time") follows within a few words of ``end``."""
    words = tuple(t.lower_ for t in doc[end : min(len(doc), end + 8)])
    return any(words[i : i + len(e)] == e for e in SUPERLATIVE_ENDS for i in range(len(words)))


def names_matter(doc: Doc, m: RhetoricMarker, adjectives: frozenset[str], valence: Valence | None) -> bool:
    """True for an adjective of a substance's harm (``adjectives``: "toxic", "poisonous") written unmodified before a
    noun with a sense of a substance or a possession (``matter``, from WordNet: "toxic fumes", "poisonous gas", "toxic
    debt", "toxic assets"), or on a noun whose "of" phrase is one ("the toxic bundles of debt"): the chemist's or the
    banker's term. On anything else ("a toxic culture", "toxic rhetoric"), graded or shouted, it is read by its rating.
    Only where the quote reader ran (news)."""
    t = _marker_token(doc, m)
    if valence is None or m.technique != "loaded_language" or t is None or t.lower_ not in adjectives or not _plain_before_noun(t):
        return False
    noun = t.head
    named = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in valence.matter or n.lower_ in valence.matter for n in named)


LITERAL_TARGETS = {"on", "upon", "for", "against", "around"}  # "a chokehold on the suspect", "a death sentence for him"
PERSONAL = {"i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them"}


def _subjects_of(verb) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to ("was jailed and now faces ...": who was jailed);
    a relative pronoun stands for the noun its clause is on ("a man who faces ...")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECTS]
        if found or verb.dep_ not in {"conj", "xcomp"}:
            return [c.head.head if c.tag_ in {"WP", "WDT"} and c.head.dep_ == "relcl" else c for c in found]
        verb = verb.head
    return []


def _what_it_is_said_of(t: Token) -> list[Token]:
    """The nouns a word is said of or done to, by its place in the sentence: the noun an adjective is on ("crumbling
    warehouses"); a verb's object ("shattered windows") or, with none, its subject ("the walls are crumbling"); a
    noun's target ("a chokehold on the suspect", also hung by the parser on the verb: "keeps a chokehold on the
    port"), the one put "in" it ("put him in a chokehold") or, with neither, the subject of the verb it is the object
    of ("he faces a death sentence"). Said of something ("the ruling is a death sentence"), a noun has none: it is a
    figure for that thing."""
    if t.dep_ == "amod":
        return [t.head]
    if t.dep_ == "acomp":
        return _subjects_of(t.head)
    if t.pos_ == "VERB":
        return [c for c in t.children if c.dep_ == "dobj"] or _subjects_of(t)
    if t.pos_ != "NOUN" or t.dep_ in PREDICATES or t.dep_ == "appos":
        return []
    verb = t.head
    targets = [g for c in t.children if c.dep_ == "prep" and c.lower_ in LITERAL_TARGETS for g in c.children if g.dep_ == "pobj"]
    if t.dep_ == "dobj":
        targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in LITERAL_TARGETS for g in c.children if g.dep_ == "pobj"]
        targets += [c for c in verb.children if c.dep_ == "dative"]
        return targets or _subjects_of(verb)
    if t.dep_ == "pobj" and verb.lower_ in {"in", "into"}:
        targets += [c for c in verb.head.children if c.dep_ == "dobj"]
    return targets


def _a_person_named(token, valence: Valence) -> bool:
    """A personal pronoun, a person's name, or a noun whose first WordNet sense is one person (``persons``)."""
    return (token.lower_ in PERSONAL or token.ent_type_ == "PERSON"
            or (token.pos_ == "NOUN" and (token.lemma_.lower() in valence.persons or token.lower_ in valence.persons)))


def _an_object(token, valence: Valence) -> bool:
    """A common noun whose first WordNet sense is a concrete thing (``things``) that is no place: a building, a wall,
    a window, a ship."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma in valence.things and lemma not in valence.places


def in_its_literal_sense(doc: Doc, m: RhetoricMarker, lexicon: Lexicon) -> bool:
    """True for a marker on a word whose loaded use is a figure of a physical or legal act or state, written of what it
    is literally done to (the lexicon's ``literal_senses``): "crumbling", "shattered", "gutted" said of a building or an
    object ("crumbling warehouses", "the blast shattered windows", "a fire gutted the mill"); "death sentence",
    "chokehold" on a person ("he faces a death sentence", "put the suspect in a chokehold"). A court story's sentence
    and a police story's hold are the topic's own facts, not the writer's figure. Said of anything else ("the coalition
    is crumbling", "a chokehold on the economy", "the ruling is a death sentence for the mill"), or shouted, it stays.
    Only where the quote reader ran (news)."""
    valence = lexicon.valence
    if valence is None or not (lexicon.literal_on_objects or lexicon.literal_on_persons):
        return False
    span = _marker_span(doc, m)
    if span is None or span.root.is_upper:
        return False
    t = span.root
    words = {m.span.text.lower(), t.lemma_.lower()}
    if words & lexicon.literal_on_objects:
        said_of = _what_it_is_said_of(t)
        return bool(said_of) and all(_an_object(n, valence) for n in said_of)
    if words & lexicon.literal_on_persons:
        said_of = _what_it_is_said_of(t)
        return bool(said_of) and all(_a_person_named(n, valence) for n in said_of)
    return False


def describes_a_reported_state(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a one-word loaded marker that describes a state of affairs or an outcome the news reports, not the
    writer's stance: a noun met, posed or escaped as the object of a verb of situation ("keeping it open poses its
    own dangers", "families fleeing chaos") or held in "in ... of" ("in no danger of losing"), or come near ("on the
    brink of collapse", "pushed to the verge of ruin"); a participle whose
    agent is a thing or an event ("towns devastated by the floods": what the event did); an adjective of what an act
    turned out to do ("the memo proved damaging"), or of what a disaster of nature did (``disasters``: "the hurricane was
    devastating for the villages"). With an adjective or adverb of its own ("poses grave dangers",
    "utterly devastated"), shouted, said by the writer or reader ("we face chaos"), or in an exclamation, it is read
    as before. Only where the quote reader ran (news): the memes' annotators mark such words."""
    if valence is None or m.technique != "loaded_language":
        return False
    t = _marker_token(doc, m)
    if t is None or t.is_upper or any(c.dep_ == "advmod" for c in t.children):
        return False
    if doc_text(doc)[t.sent.start_char : t.sent.end_char].rstrip().endswith("!"):
        return False
    if t.pos_ == "NOUN":
        if any(c.dep_ == "amod" and c.lower_ != "own" for c in t.children):
            return False
        head = t.head
        if t.dep_ == "dobj" and head.lemma_.lower() in SITUATION_VERBS:
            return _holder(head) not in FIRST_PERSON | {""}
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in THRESHOLDS:  # "on the brink of collapse"
            return head.head.dep_ == "pobj" and head.head.head.lower_ in {"on", "to", "from"}
        return (t.dep_ == "pobj" and head.lower_ == "in"
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))
    if t.tag_ == "VBN":
        agent = next((c for c in t.children if c.dep_ == "agent" and c.lower_ == "by"), None)
        doer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        return (doer is not None and doer.pos_ == "NOUN" and doer.ent_type_ not in {"PERSON", "NORP", "ORG", "GPE"}
                and doer.lemma_.lower() not in valence.people)
    if t.pos_ == "ADJ" and t.dep_ in {"oprd", "acomp"}:
        subject = _subject_of(t.head)
        disaster = subject is not None and t.lower_ in valence.outcomes and (
            subject.lemma_.lower() in valence.disasters or subject.lower_ in valence.disasters)
        return t.head.lemma_.lower() in OUTCOME_VERBS or disaster
    return False


TALKED_OF = {"of", "about"}  # "has said of extremists that ...", "joked about cowards": what the talk is about


def names_a_class(doc: Doc, m: RhetoricMarker, valence: Valence | None, talk_verbs: frozenset[str] = frozenset()) -> bool:
    """True for a one-word label on a bare plural noun of people that names a class, not anyone in particular: one
    of a list of kinds ("whether students, seasonal workers or terrorists"), what an abstract noun is of ("the
    motives of extremists"), or what a third party's verb of talk or judgement (``talk_verbs``, the topic heads) is
    about ("the mayor often mocks cowards", "has said of extremists that ..."): the class they talk of, in their terms.
    With a determiner, an adjective or an owner of its own ("these terrorists", "vicious thugs"), said of someone,
    after a noun of people ("a gang of thugs"), the writer's or reader's own talk ("we mock cowards"), or shouted, it
    is read as before. Only where the quote reader ran (news)."""
    if valence is None or m.technique not in {"loaded_language", "name_calling_labeling"}:
        return False
    t = _marker_token(doc, m)
    if t is None or t.tag_ != "NNS" or t.is_upper or t.dep_ in PREDICATES or t.dep_ == "appos":
        return False
    if t.lemma_.lower() not in valence.people and t.lower_ not in valence.people:
        return False
    if any(c.dep_ in {"det", "amod", "poss", "nummod", "compound"} for c in t.children):
        return False
    head = t.head
    if t.dep_ == "conj":
        return any(c.dep_ == "cc" for c in head.children) or any(c.dep_ == "cc" for c in t.children) or head.tag_ == "NNS"
    talked_of = t.dep_ == "pobj" and head.lower_ in TALKED_OF and head.head.pos_ == "VERB"
    if t.dep_ == "dobj" or talked_of:
        verb = head.head if talked_of else head
        return ((verb.lemma_.lower() in talk_verbs or verb.lemma_.lower() in valence.topic_heads)
                and _holder(verb) not in FIRST_PERSON | {""})
    return (t.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() not in valence.people)


LISTED = {"conj", "appos", "dep"}  # "worry, embarrassment, even shame": the parser joins a list's members so


def reports_a_feeling(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a lexicon verb of feeling (``feelings``: "hate") with a third party as subject: "farmers hate the new
    rule", a headline's "The Mayor Is Going To HATE This" (a word in capitals the tagger calls a name, but with "to" or an
    auxiliary of its own, a verb) says what that party feels, reported, as "frustrated farmers" does. The writer's or
    the reader's own ("we hate it", "you will hate it") and an imperative keep the marker. So does a lexicon noun of
    feeling listed with another ("described worry, embarrassment, even shame"): feelings named, as "their disdain"
    is; alone ("Shame on the council") it stays. Only on news."""
    if valence is None or m.technique != "loaded_language":
        return False
    t = _marker_token(doc, m)
    if t is None or (t.lemma_.lower() not in valence.feelings and t.lower_ not in valence.feelings):
        return False
    if t.pos_ == "NOUN" and not t.is_upper:
        first = t.head if t.dep_ in LISTED else t  # the list's first member, the others hang on it
        if any(x is not t and x.pos_ == "NOUN" and x.lemma_.lower() in valence.feelings
               for x in [first, *(c for c in first.children if c.dep_ in LISTED)]):
            return True
    verb = t.pos_ == "VERB" or (t.pos_ == "PROPN" and any(c.dep_ == "aux" for c in t.children))
    return verb and _holder(t) not in FIRST_PERSON | {""}


IDIOM_REACH = 5  # the most words an idiom reaches before or after a marker inside it


def in_an_idiom(doc: Doc, m: RhetoricMarker, keys: list[tuple[str, str]], idioms: dict[str, tuple[Phrase, ...]]) -> bool:
    """True when the marker lies inside a fixed phrase whose rated or degree word has lost its own sense (the lexicon's
    ``idioms``: "a far cry from", "the lesser of two evils", "nothing but praise", "sold like crazy"): the writer's plain
    idiom. Only the words around the marker are read. Only where the quote reader ran (news)."""
    if not idioms:
        return False
    span = _marker_span(doc, m)
    if span is None:
        return False
    lo, hi = max(span.sent.start, span.start - IDIOM_REACH), min(span.sent.end, span.end + IDIOM_REACH)
    return any(a <= span.start and span.end <= b for a, b, _ in match_phrases(keys, idioms, lo, hi))


RATED_NEAR = 2.0  # a word rated this strongly either way near a degree phrase makes it the writer's exaggeration
RECAST = {"a", "an", "just", "merely", "simply", "mere"}  # "was far more than a courtesy call": a thing recast, not an amount


def plain_comparison(doc: Doc, m: RhetoricMarker, phrases: frozenset[str], valence: Valence | None) -> bool:
    """True for a degree phrase of exaggeration (the lexicon's ``plain_comparisons``: "by far", "far more than") that
    compares plain ranks or quantities ("the top concern by far for rural voters", "wages rose far more than prices"):
    no word within three of it is strongly rated (``RATED_NEAR``) and it is neither shouted nor exclaimed. "by far the
    worst mayor" stays, and so does a thing recast as more than a kind of thing ("the visit was far more than a
    courtesy call": ``RECAST`` after the phrase). A superlative ranking members of a named set by a quality not rated
    negative is plain even beside a rated word ("by far the most valuable of the owner's resorts": ``_ranks_within_a_set``). Only
    where the quote reader ran (news)."""
    if m.technique != "exaggeration_minimisation" or m.cue not in phrases or valence is None:
        return False
    span = _marker_span(doc, m)
    if span is None or any(t.is_upper and len(t) > 1 for t in span):
        return False
    if doc_text(doc)[span.sent.start_char : span.sent.end_char].rstrip().endswith("!"):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in RECAST:
        return False
    if _ranks_within_a_set(doc, span, valence):
        return True
    near = doc[max(span.sent.start, span.start - 3) : min(span.sent.end, span.end + 3)]
    return not any(abs(valence.ratings.get(t.lower_, 0.0)) >= RATED_NEAR for t in near if not span.start <= t.i < span.end)


SET_SCOPES = {"of", "among"}  # "the most valuable of his five resorts", "the largest among the plants"
SUPERLATIVE_REACH = 4  # the most tokens from a degree phrase to its superlative ("by far the most valuable")


def _ranks_within_a_set(doc: Doc, span, valence: Valence) -> bool:
    """ "by far the most valuable of the owner's five resorts", "far and away the largest of the three": the superlative
    after a degree phrase ranks within the set its "of" or "among" phrase names (a plural or a number), by a quality not
    rated negative; a measure among named members, not the writer's exaggeration. A negative one condemns ("by far the
    worst of his blunders") and stays, and so does a superlative with no set ("far and away the best mayor ever")."""
    for t in doc[span.end : min(span.sent.end, span.end + SUPERLATIVE_REACH)]:
        if t.pos_ == "ADJ" and (t.tag_ == "JJS" or any(c.dep_ == "advmod" and c.lower_ in {"most", "least"} for c in t.children)):
            if valence.ratings.get(t.lower_, valence.ratings.get(t.lemma_.lower(), 0.0)) < 0:
                return False
            return any(c.dep_ == "prep" and c.lower_ in SET_SCOPES
                       and any(g.dep_ == "pobj" and g.tag_ in {"NNS", "NNPS", "CD"} for g in c.children) for c in t.children)
    return False


QUESTION_MARKS = {"if", "whether"}


def in_asked_question(doc: Doc, m: RhetoricMarker, verbs: frozenset[str]) -> bool:
    """True when the marker lies in the "if" or "whether" clause a verb of asking or wondering (the lexicon's
    ``asking_verbs``) puts ("a crew asked shoppers if the count was rigged", "pollsters asked whether the rule
    was unfair"): a question someone put, which claims nothing, not the writer's word. The writer's or reader's own
    question ("I wonder whether ...") and an imperative keep the marker. Only where the quote reader ran (news)."""
    if not verbs:
        return False
    span = _marker_span(doc, m)
    if span is None:
        return False
    for t, head in _hangs_on(span, 8):
        if (t.dep_ in {"ccomp", "advcl"} and head.lemma_.lower() in verbs and head.pos_ in {"VERB", "AUX"}
                and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in t.children)):
            holder = _holder(head)
            return holder != "" and holder not in FIRST_PERSON
    return False


TRANSCRIPT_TURN = re.compile(r"(?m)^[ \t]*(?:Q|A):[ \t].*$")


def transcript_turns(text: str) -> list[tuple[int, int]]:
    """The lines of an interview printed as questions and answers ("Q: ...", "A: ..."): each is a speaker's words,
    the interviewer's or the guest's, not the writer's, as a quote is (the quote reader finds no cue verb there)."""
    return [(m.start(), m.end()) for m in TRANSCRIPT_TURN.finditer(text)] if "Q:" in text else []


DOUBLE_MARKS = re.compile("[\"“”]")
ENDS_BEFORE_CLOSE = set(".!?,")  # a closing mark after a sentence's or clause's end: 'clubs."', not an inch mark


def unbalanced_quotes(text: str, regions) -> list[tuple[int, int]]:
    """Words quoted by a double mark that no balanced quotation (``regions``) takes up: an opening mark left unclosed
    to its paragraph's end (the writer forgot the close: cited to that end), and a closing mark after a sentence's end
    with a quotation closed before it in the same paragraph (a straight quote inside a straight one, '"... shouted
    "Stop!" as he ran."', ends the outer at the inner close: the words from that close to the stray one are cited)."""
    outer = sorted((r.outer_start, r.outer_end) for r in regions)
    starts = [a for a, _ in outer]
    spans = []
    for mark in DOUBLE_MARKS.finditer(text):
        i = mark.start()
        k = bisect_right(starts, i) - 1
        if k >= 0 and i < outer[k][1]:
            continue  # a mark of a balanced quotation, or inside one
        line_start, line_end = _line_around(text, i, i)
        if i + 1 < len(text) and text[i + 1].isalpha() and (i == 0 or not text[i - 1].isalnum()):
            nxt = bisect_right(starts, i)
            spans.append((i, min(line_end, starts[nxt]) if nxt < len(starts) else line_end))
        elif text[i - 1 : i] in ENDS_BEFORE_CLOSE and k >= 0 and outer[k][1] > line_start:
            spans.append((outer[k][1], i + 1))
    return spans


NAMED_BESIDE = {"PRON", "PROPN"}  # "he and experts agree", "Smith and two economists agree": a party named beside them


def names_who_agree(doc: Doc, m: RhetoricMarker) -> bool:
    """True for an appeal to authority whose authorities are joined by "and" to a party named beside them ("she and
    several tax experts agree", "the panel and experts agree"): the sentence reports who agrees, a citation, and the
    writer leans on no unnamed authority. The writer's own side ("we and experts agree") and authorities joined only
    to authorities ("economists and bankers agree") stay. Only where the quote reader ran (news)."""
    if m.technique != "appeal_to_authority":
        return False
    span = _marker_span(doc, m)
    noun = next((t for t in span if t.pos_ == "NOUN"), None) if span is not None else None
    if noun is None:
        return False
    joined = [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
    return any(j.lower_ not in FIRST_PERSON and (j.pos_ in NAMED_BESIDE or any(c.dep_ in {"det", "poss"} for c in j.children))
               for j in joined)


def in_denied_view(doc: Doc, m: RhetoricMarker) -> bool:
    """True when the marker lies in the "as" phrase of a negated verb: "he doesn't paint his rivals as hateful bigots",
    "she never treated them as criminals". The sentence denies that view; nobody is labelled (a negation on the
    word itself is read by ``_negated``)."""
    span = _marker_span(doc, m)
    if span is None:
        return False
    for t, head in _hangs_on(span, 8):
        if t.dep_ == "prep" and t.lower_ == "as":
            return head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in head.children)
    return False


# phrases that stretch a superlative over all time ("the biggest deal in history"); without one they say where or when
SUPERLATIVE_ENDS = {("in", "history"), ("in", "all", "of", "history"), ("of", "all", "time")}
SUPERLATIVE_WORDS = {"JJS", "RBS"}


def _after_a_superlative(doc: Doc, start: int) -> bool:
    """Whether a superlative ("biggest", "most", "worst") or "first", "only", "last" stands before ``start`` in its sentence."""
    sent = doc[start].sent
    return any(t.tag_ in SUPERLATIVE_WORDS or t.lower_ in {"first", "only", "last"} for t in doc[sent.start : start])


def _denied_predicate(token) -> bool:
    """ "it's not a crazy argument", "he is not a liar", "the plan isn't reckless", "a lockout is no longer a death
    sentence": the word is (or qualifies) what a negated verb predicates; the sentence denies it. A "not" on the noun
    itself contrasts ("listen to me, not the fool"), it denies nothing."""
    if token.dep_ == "amod" and token.head.dep_ == "attr" and token.head.i > token.i:
        token = token.head
    return token.dep_ in {"acomp", "attr"} and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)) for c in token.head.children)


def _denied_adjective(token) -> bool:
    """ "useful, not necessarily provocative", "a not very brutal film": a "not" on an adjective itself denies
    it, as ``_negated`` reads a rated word. (A "not" on a noun contrasts, "me, not the fool": ``_denied_predicate``.)"""
    return token.pos_ == "ADJ" and any(c.dep_ == "neg" for c in token.children)


STATE_NAMES = {"GPE"}  # "Germany", "Italy": a state the label word names a period of


def _names_a_state_in_a_period(token) -> bool:
    """ "Nazi Germany", "Fascist Italy": a label word written as part of a state's name, before it, names the state
    under that regime, as historians do; said of someone ("he called the senator a Nazi") it labels."""
    head = token.head
    return (token.dep_ in {"compound", "amod"} and head.i == token.i + 1 and head.pos_ == "PROPN"
            and (head.ent_type_ in STATE_NAMES or token.ent_type_ in STATE_NAMES) and not token.is_upper)


def _negated(token) -> bool:
    """ "not horrendous", "is not a villain", "it's not a crazy idea": the negation hangs on the word or, for a
    predicate (or an adjective on a predicate noun), on its verb; on the adjective itself ("a not very crazy idea")."""
    word = token
    if token.dep_ == "amod" and token.head.dep_ == "attr" and token.head.i > token.i:
        token = token.head
    heads = (word, token, token.head) if token.dep_ in {"acomp", "attr"} else (word, token)
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _classifies(token) -> bool:
    """ "a suicide hotline", "the contempt resolution", "a terror campaign": a noun written before another common noun
    names the kind of thing that noun is, whatever its rating; it reports, it does not judge. Shouted lines are
    left to their rating (the tagger reads capitals as names and strings them into compounds: "SHIT FLOATS")."""
    head = token.head
    return (token.dep_ == "compound" and token.pos_ == "NOUN" and head.pos_ == "NOUN" and head.i > token.i
            and not token.is_upper and not head.is_upper)


# Entities that date or price an event: a rated noun that has one of them reports that event
DATED = {"DATE", "TIME", "MONEY"}
ANCHORS = {"nummod", "compound", "amod", "nmod", "quantmod", "poss"}  # dependents written on the noun itself


def _dated_event(token) -> bool:
    """ "the 2009 collapse", "a $40 million penalty", "their defeat in 2014": a rated noun with a date, a time or an
    amount of money written on it, or in a phrase hanging on it, reports an event of that day or price; it does not
    judge. Shouted lines are left to their rating (the tagger strings capitals together)."""
    if token.is_upper:
        return False
    near = [c for c in token.children if c.dep_ in ANCHORS]
    near += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.ent_type_ in DATED for c in near)


def _charged_act(token, valence: Valence) -> bool:
    """ "charged with assault", "convicted of fraud", "held in contempt", "committed suicide": a rated noun that is the
    object of a verb of charging, judging or committing (``charging_verbs``), directly or through a preposition on
    it, names the act charged, judged or done; the news reports it, the writer does not rate it. Only a bare noun, as
    charges are written: with an article or an owner ("charged in her assault") it is an act the writer describes."""
    if any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in valence.charging


def _in_a_charge(token, valence: Valence) -> bool:
    """ "charged him with three counts, including fraud and lying to investigators", "convicted of making threats": a word
    inside the object of a verb of charging, judging or committing (``charging_verbs``) reached through "with", "of"
    or "for" on it, as a list of charges or a gerund of the act, names what is charged. Bare, as charges are written
    (``_charged_act``): with an article or an owner on it the writer describes the act."""
    if any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    node = token
    for _ in range(12):
        head = node.head
        if head is node:
            return False
        if node.dep_ == "prep" and node.lower_ in {"with", "of", "for"}:
            return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in valence.charging
        if node.dep_ in {"ROOT", "ccomp", "advcl", "relcl", "parataxis"}:
            return False  # a clause of its own: not inside the charge
        node = head
    return False


def _charging_participle(token, valence: Valence, verbs: VerbLemmas) -> bool:
    """ "alleged", "accused", "imprisoned", "convicted": a past participle of a verb of charging, judging or custody
    (``charging_verbs``), tagged as a participle or, before a noun, as an adjective ("the alleged thief"), whose
    lemma as a participle (``verbs``) is such a verb."""
    if token.tag_ == "VBN":
        return token.lemma_.lower() in valence.charging
    return token.tag_ == "JJ" and token.lower_.endswith("ed") and verbs.participle(token.lower_) in valence.charging


def _charged_label(token, valence: Valence, verbs: VerbLemmas) -> bool:
    """ "the alleged terrorist", "an accused rapist", "convicted criminals": a label on which a participle of charging
    or judging hangs reports the charge or the verdict; the writer puts no label of their own on the person."""
    return any(c.dep_ == "amod" and _charging_participle(c, valence, verbs) for c in token.children)


def _plain_before_noun(token) -> bool:
    """An adjective written before the common noun it modifies, ungraded (no adverb) and not shouted."""
    head = token.head
    return (token.dep_ == "amod" and head.pos_ == "NOUN" and head.i > token.i and not token.is_upper
            and not any(c.dep_ == "advmod" for c in token.children))


def _classifying_adjective(token, valence: Valence) -> bool:
    """ "criminal justice", "a criminal record": an adjective with a relational sense (``classifying``, from WordNet)
    written unmodified before a common noun says what kind of thing or act the noun is. Said of something ("this
    is criminal"), graded ("very violent"), shouted, or put on people ("violent mobs", "criminal aliens": it labels
    them), it is read by its rating."""
    head = token.head
    return (token.lower_ in valence.classifying and _plain_before_noun(token)
            and head.lemma_.lower() not in valence.people and head.lower_ not in valence.people)


def _describes_thing(token, valence: Valence) -> bool:
    """ "a dangerous intersection", "the troubled mine", "polluted water": any rated adjective written unmodified
    before a common noun whose most frequent WordNet sense is a concrete thing or place (``things``) describes
    it; a thing is not insulted, and news writes such pairs as plain description. Graded ("a very dangerous
    road"), said of something ("the road is dangerous") or shouted, the adjective is read by its rating."""
    # the lemma: WordNet lists some plurals as other nouns ("effects", "things")
    return _plain_before_noun(token) and token.head.lemma_.lower() in valence.things


def _rates_a_result(token, valence: Valence) -> bool:
    """ "a disappointing fifth-place finish", "disappointing performances", "dismal earnings": a rated adjective written
    unmodified before a noun of a measured result (``result_nouns``: a finish, a performance, earnings, sales) says how
    the result compares with what was expected; news and business reports write it as description of the result,
    not as a charge against anyone. Graded, said of something, or shouted, it is read by its rating."""
    head = token.head
    return _plain_before_noun(token) and (head.lemma_.lower() in valence.result_nouns or head.lower_ in valence.result_nouns)


def _reports_an_outcome(token, valence: Valence) -> bool:
    """ "a fatal crash", "a devastating flood", "destructive storms": an adjective that says what an event did (``outcomes``:
    brought death, injury, damage or destruction, from WordNet's glosses) written unmodified before a noun of an act or
    event (``events``) in a sentence that reports the event; it does not judge it. So before a noun of ill health, injury
    or a bodily defect (``ailments``: "a devastating infection", "fatal heart defects"): what the condition does. Graded ("a truly devastating
    defeat"), said of something ("the plan is ruinous"), shouted, or in a question or an exclamation, it is read as
    before."""
    head = token.head
    if token.lower_ not in valence.outcomes or not _plain_before_noun(token):
        return False
    lemma = head.lemma_.lower()
    if lemma not in valence.events and lemma not in valence.ailments and head.lower_ not in valence.ailments:
        return False
    return not doc_text(token.doc)[token.sent.start_char : token.sent.end_char].rstrip().endswith(("!", "?"))


def _labels_people(token, valence: Valence) -> bool:
    """ "violent looters", "useless cowards", "the dumbest person": a rated adjective on a common noun whose most
    frequent WordNet sense is a person (``persons``) puts a label on them, as it does on a name; the adjective
    alone is loaded language too. Not on groups: news describes organisations so ("struggling companies",
    "hostile regimes"), and on the fit memes the group nouns gave 2 right and 1 wrong of 9 such markers. Not on a noun
    that "which" takes up ("an unsecured server, which ..."): whatever its first sense, here it is a thing."""
    head = token.head
    return (token.dep_ == "amod" and head.pos_ == "NOUN" and 0 < head.i - token.i <= valence.name_reach
            and (head.lemma_.lower() in valence.persons or head.lower_ in valence.persons) and not _classifying_genitive(head)
            and not _taken_up_by_which(head))


def _taken_up_by_which(noun) -> bool:
    """True when a relative clause on the noun opens with "which", the relative of things ("a server, which crashed")."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.i < c.i for g in c.children) for c in noun.children)


def _paired_with_opposite(token, valence: Valence) -> bool:
    """ "winners and losers", "friends and enemies", "heroes or villains": a noun of people joined by "and" or "or" to a
    noun of people rated positive names both sides of an outcome or a divide; the pair describes, neither word labels
    anyone. Nouns of things are left to their rating ("all just mud and giggles", an idiom the memes' annotators
    mark as loaded)."""
    if token.pos_ != "NOUN" or token.is_upper or token.lemma_.lower() not in valence.people:
        return False
    partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(p.pos_ == "NOUN" and p.lemma_.lower() in valence.people
               and valence.ratings.get(p.lower_, valence.ratings.get(p.lemma_.lower(), 0.0)) > 0
               and any(w.lower_ in {"and", "or"} for w in token.doc[min(p.i, token.i) + 1 : max(p.i, token.i)]) for p in partners)


def _opposite_named_before(token, valence: Valence) -> bool:
    """ "The winner is Smith. The losers? The Greens.": a noun of people after "the" with a noun of people rated positive
    after "the" before it, in its sentence or the one before, names the other side of the same outcome, as "winners and
    losers" does (``_paired_with_opposite``). "She married a loser" labels."""
    if token.pos_ != "NOUN" or token.is_upper or token.lemma_.lower() not in valence.people or not _after_the(token):
        return False
    doc, start = token.doc, token.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    return any(p.pos_ == "NOUN" and p.lemma_.lower() in valence.people and _after_the(p)
               and valence.ratings.get(p.lower_, valence.ratings.get(p.lemma_.lower(), 0.0)) > 0 for p in doc[start : token.i])


def _after_the(token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


OWN_SIDE = {"my", "our", "your"}  # the writer's and the reader's: "our enemies" takes a side


TOPIC_PREPOSITIONS = {"about", "on", "over", "regarding", "concerning"}


def _topic_of_talk(token, prepositions: set[str] = TOPIC_PREPOSITIONS) -> Token | None:
    """The word of talk or dispute whose topic the noun is, if it is one: "traded barbs about racism", "his remarks on
    torture and rape", "they differed on slavery", "a fight over abortion": a noun (or a noun joined to one, or the
    object of a noun's own phrase: "a discussion about special rooms in hell") after "about", "on", "over" ... hung
    on such a word names what is talked about; it describes nobody and judges nothing."""
    for _ in range(4):  # a noun joined to the topic or written before it ("on slavery and territorial expansion")
        if token.dep_ not in {"conj", "nmod", "compound"} or token.head is token:
            break
        token = token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ not in prepositions and prep.dep_ == "prep" and prep.head.dep_ == "pobj":
        token, prep = prep.head, prep.head.head  # "about special rooms in hell": the topic is the rooms
    if token.dep_ != "pobj" or prep.lower_ not in prepositions or prep.head is prep:
        return None
    return prep.head


def _names_a_topic(token, valence: Valence) -> bool:
    """A rated noun in what talk is about, or in what an account is "of" (``accounts``: "the paper's coverage of the
    cartel's brutality"): the subject of the talk or the account, named."""
    if token.is_upper:
        return False
    head = _topic_of_talk(token)
    if head is not None and (head.lemma_.lower() in valence.topic_heads or head.lower_ in valence.topic_heads):
        return True
    head = _topic_of_talk(token, ACCOUNT_PREPOSITIONS) if valence.accounts else None
    return head is not None and (head.lemma_.lower() in valence.accounts or head.lower_ in valence.accounts)


ACCOUNT_PREPOSITIONS = {"of"}  # "coverage of", "an account of": what the account is of


def _someones_relation(token, valence: Valence) -> bool:
    """ "her enemies", "the senator's rivals", "their attackers": a rated noun of people owned by someone other than the
    writer or the reader names those people by their relation to the owner (who is against whom); it reports the
    relation, it labels nobody. So does an adjective of relation on it (``relation_adjectives``: "found a common enemy",
    "longtime foes", "a policy against major foes"): it says whose adversary, or since when, not how bad. "our enemies"
    (the writer's side), "our common enemy" and shouted lines are read by their rating."""
    if token.is_upper or (token.lemma_.lower() not in valence.people and token.lower_ not in valence.people):
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        return any(c.dep_ == "amod" and c.lower_ in valence.relation_adjectives for c in token.children)
    return owner.lower_ not in OWN_SIDE


END_OF = {"of", "in"}  # "the collapse of the union", "a collapse in the price of grain": what ended or fell


def _an_end_undergone(token, valence: Valence) -> bool:
    """ "Gingrich's collapse", "the collapse of the old union", "the recent volatility of the markets", "a collapse in
    prices": a noun of an end or a swing undergone (``ends_undergone``) with what ended named, as owner (not the writer's
    or the reader's side), in its "of" or "in" phrase, as a noun before it ("a bank collapse") or by a field's adjective (``end_fields``: "the financial
    collapse"), reports the event, as "her defeat" does. Alone ("would bring collapse and ruin") or shouted it is read by
    its rating."""
    if token.is_upper or (token.lemma_.lower() not in valence.ends_undergone and token.lower_ not in valence.ends_undergone):
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner.lower_ not in OWN_SIDE
    return any((c.dep_ == "prep" and c.lower_ in END_OF and any(g.dep_ == "pobj" for g in c.children))
               or (c.dep_ == "compound" and c.i < token.i) or (c.dep_ == "amod" and c.lower_ in valence.end_fields)
               for c in token.children)


def undergoes_an_end(doc: Doc, m: RhetoricMarker, valence: Valence | None) -> bool:
    """True for a one-word loaded marker on a noun of an end or a swing undergone with what underwent it named
    (``_an_end_undergone``): the lexicon's words ("the volatility of the markets") as the rated ones already are. Only
    where the quote reader ran (news)."""
    t = _marker_token(doc, m)
    return valence is not None and m.technique == "loaded_language" and t is not None and t.pos_ == "NOUN" and _an_end_undergone(t, valence)


def _classifying_genitive(head) -> bool:
    """ "a mock children's book", "a shabby men's shelter": a plural noun of people with "'s" and no article or owner of
    its own, before another noun, says what kind of thing that noun is (a book for children); an adjective the parser
    hangs on it describes the thing, not the people."""
    return (head.tag_ == "NNS" and any(c.dep_ == "case" for c in head.children) and head.dep_ == "poss"
            and head.head.pos_ == "NOUN" and head.head.i > head.i
            # "a" is the thing's article (a plural takes none; the parser hangs it on the plural); "the", "their" own the people
            and not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an"}) for c in head.children))


def _name_on_a_noun(token, people: frozenset[str]) -> bool:
    """ "the disastrous October Ohio debate", "a ruthless Wall Street takeover": a name written before a
    common noun that names no people says which one the noun is; an adjective the parser hangs on the name
    describes the noun, it labels nobody ("the corrupt Smith family" still labels the family)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token.pos_ == "NOUN" and not token.is_upper and token.lemma_.lower() not in people and token.lower_ not in people


SAID_OF = {"attr", "appos", "oprd"}  # a noun said of someone: "X is a liar", "X, a liar,", "they called him a liar"


def said_of_someone(token, valence: Valence) -> bool:
    """ "the mayor is a liar", "Smith, a coward, ...": a noun of people (``people``) said of someone, as predicate,
    apposition or object complement. Which technique its rated word carries is ``noun_said_of``, chosen by
    ``python -m readout.eval.train_rhetoric`` inside its nested cross-validation (eighth pass)."""
    return token.dep_ in SAID_OF and (token.lemma_.lower() in valence.people or token.lower_ in valence.people)


def valence_markers(doc: Doc, valence: Valence | None, keys: list[tuple[str, str]], verbs: VerbLemmas) -> list[RhetoricMarker]:
    """Strongly negative words from the rated lexicon, read by their place in the sentence:
    an adjective on a proper name or on a noun of a person labels them ("crooked X", "violent looters": name calling,
    the adjective alone also loaded language when rated so); any other such adjective or noun is
    loaded language, a noun said of someone too ("X is a liar": the one word is what annotators mark as
    loaded; they add name calling only for some, and a marker carries one technique).
    Words that report events ("war", "crisis": ``not_loaded``) and negated words ("not bad") are left alone."""
    if valence is None:
        return []
    markers = []
    table = token_table(doc)
    news, text = doc._.readout_quotes is not None, doc_text(doc)
    for i, ((word, lemma), pos, ent) in enumerate(zip(keys, table.pos, table.ent_type)):
        # shouted words are tagged as names, and the recognizer often calls them one ("UGLY INSIDE"); a news line in
        # capitals is a heading ("4. DESPITE FLOOD SCARE, FAIR GOES ON"), capitals by convention, not shouting, and
        # its words, read as names, have no parse to judge a rated word by
        if pos == "PROPN" and doc[i].is_upper and len(word) > 1 and not (news and _in_capitals(text, doc[i].idx, doc[i].idx + len(word))):
            pos = "NOUN"
        elif pos == "VERB" and table.dep[i] == "amod" and table.tag[i] == "VBN" and not _after_have(doc, i):
            pos = "ADJ"  # a past participle used as an adjective ("perverted"); "-ing" before a name acts on it ("for mocking Jones")
        if pos not in {"ADJ", "NOUN"} or word in valence.not_loaded or lemma in valence.not_loaded:  # adverbs mostly intensify ("badly needs")
            continue
        rating = valence.ratings.get(word, valence.ratings.get(lemma))
        if rating is None or rating > valence.name_calling_max:
            continue  # most nouns and adjectives: asked first, as it builds no Token objects
        if _opposed(doc, i) or _glued_to_next(doc, i):
            continue  # "anti-slavery": what a stance opposes, named; "sucker-punched": a compound, not the word
        t = doc[i]
        if (pos == "ADJ" and _charging_participle(t, valence, verbs)) or (pos == "NOUN" and _charged_label(t, valence, verbs)):
            continue  # "an imprisoned rival", "an accused rapist": a charge, a verdict or custody, reported
        if (word in valence.feelings or lemma in valence.feelings) and not t.is_upper:
            continue  # "frustrated tenants", "uneasy voters", "their disdain for it": what they feel, written, is no judgement
        if _negated(t) or _classifies(t) or (pos == "NOUN" and (_dated_event(t) or _charged_act(t, valence) or _in_a_charge(t, valence) or _paired_with_opposite(t, valence) or _opposite_named_before(t, valence) or _someones_relation(t, valence) or _names_a_topic(t, valence) or (news and _an_end_undergone(t, valence)))) or (pos == "ADJ" and (_classifying_adjective(t, valence) or _describes_thing(t, valence) or _reports_an_outcome(t, valence) or _rates_a_result(t, valence))):
            continue
        head = t.head
        if (pos == "ADJ" and t.dep_ == "amod" and head.pos_ in NAME_TAGS and 0 < head.i - t.i <= valence.name_reach and not _name_on_a_noun(head, valence.people)
                and not (news and not head.ent_type_ and _in_a_heading(text, head.idx))):  # "The Grim View from the Hill": capitals by convention
            markers.append(_marker(doc, t.idx, head.idx + len(head.text), "name_calling_labeling", valence.confidence, f"valence {rating:+.1f}"))
        elif pos == "ADJ" and _labels_people(t, valence):
            markers.append(_marker(doc, t.idx, head.idx + len(head.text), "name_calling_labeling", valence.confidence, f"valence {rating:+.1f} on people"))
            if rating <= valence.loaded_max:  # the word itself stays loaded language, as annotators mark it
                markers.append(_marker(doc, t.idx, t.idx + len(t.text), "loaded_language", valence.confidence, f"valence {rating:+.1f}"))
        elif rating <= (valence.noun_max if pos == "NOUN" else valence.loaded_max):
            if pos == "NOUN" and valence.noun_said_of and said_of_someone(t, valence):
                markers.append(_marker(doc, t.idx, t.idx + len(t.text), "name_calling_labeling", valence.confidence, f"valence {rating:+.1f} said of someone"))
            else:
                markers.append(_marker(doc, t.idx, t.idx + len(t.text), "loaded_language", valence.confidence, f"valence {rating:+.1f}"))
    return markers


HOOKED_ON = {"on", "to"}  # "hooking voters on handouts", "addicted to borrowing"
HOOKED_PARTIES = {"dobj", "nsubjpass"}  # "hooking voters on", "voters are hooked on"
DISEASE_ON = {"on", "upon"}  # "a cancer on the presidency": no disease grows on what it names
DISEASE_IN = {"in", "within", "on", "upon", "to", "at"}  # "corruption is a cancer in the party"
CLAUSES_ON = {"relcl", "acl"}  # "a cancer that eats at the party"


def _a_person(token, valence: Valence) -> bool:
    """A pronoun other than "it", a name, or a noun of people ("voters", "the council")."""
    return ((token.pos_ == "PRON" and token.lower_ not in {"it", "itself"}) or token.pos_ == "PROPN"
            or token.lemma_.lower() in valence.people)


def _a_person_or_place(token, valence: Valence) -> bool:
    """A person or people (``_a_person``), or a noun of a place ("the town", "a state"): a place hooked on or addicted to
    something stands for its people, as "a city addicted to casino money" does."""
    return _a_person(token, valence) or (token.pos_ == "NOUN" and token.lemma_.lower() in valence.places)


def _hooked_on(token):
    """The object of the "on" or "to" phrase on ``token``, if any."""
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ in HOOKED_ON for g in c.children if g.dep_ == "pobj"), None)


def _hooked_on_no_drug(t, lexicon: Lexicon) -> bool:
    """ "hooking voters on handouts", "voters addicted to tax cuts": a verb of dependency (``dependency_verbs``) whose
    "on" or "to" names no drug (``substances``) and whose hooked party is people or a place (the object, the subject of
    "are hooked" or "are addicted", the noun the participle is on) likens a want to an addiction. "patients hooked on heroin"
    is literal. A gerund opening a sentence ("Hooking readers on a newsletter is hard") the parser often reads as an
    adjective of the noun after it, with the "on" phrase on that noun: that noun is the party, its phrase the target."""
    parties = [c for c in t.children if c.dep_ in HOOKED_PARTIES]
    if t.dep_ in {"acl", "amod"}:
        parties.append(t.head)
    elif t.dep_ in {"acomp", "xcomp"}:
        parties += [c for c in t.head.children if c.dep_ in SUBJECTS]
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].head is not t:
        parties.append(t.doc[t.i + 1])
    for party in parties:
        target = _hooked_on(t) or (_hooked_on(party) if party.i == t.i + 1 else None)
        if target is not None and _a_person_or_place(party, lexicon.valence):
            return target.lower_ not in lexicon.substances and target.lemma_.lower() not in lexicon.substances
    return False


def _disease_said_of(t, valence: Valence) -> bool:
    """ "a cancer on the presidency", "corruption is a cancer in the party", "called the feud a plague on the town": a
    noun of disease (``diseases``) after "a" with "on" on it, or said of something that is no illness with a place or
    a clause on it, likens what it is said of to a disease. "a cancer of the liver", "died of cancer" are literal."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
        return False
    preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
    if preps & DISEASE_ON:
        return True
    if t.dep_ not in {"attr", "oprd", "appos"} or not (preps & DISEASE_IN or any(c.dep_ in CLAUSES_ON for c in t.children)):
        return False
    if t.dep_ == "appos":
        subject = t.head
    elif t.dep_ == "oprd":
        subject = next((c for c in t.head.children if c.dep_ == "dobj"), None)
    else:
        subject = _subject_of(t.head)
    return subject is not None and subject.lemma_.lower() not in valence.ailments


def metaphor_markers(doc: Doc, lexicon: Lexicon, keys: list[tuple[str, str]]) -> list[RhetoricMarker]:
    """Loaded metaphors of dependency and disease: "hooking voters on handouts" (``_hooked_on_no_drug``), "a cancer on
    the presidency" (``_disease_said_of``). The words are plain when literal, so they are no lexicon phrases: the marker
    is made only where the sentence applies them to what is neither a drug nor a body."""
    if lexicon.valence is None or not (lexicon.dependency_verbs or lexicon.diseases):
        return []
    confidence = float(lexicon.valence.confidence)
    markers = []
    for i in [k for k, (_, lemma) in enumerate(keys) if lemma in lexicon.dependency_verbs or lemma in lexicon.diseases]:
        t = doc[i]
        if (t.pos_ in {"VERB", "ADJ"} and t.lemma_.lower() in lexicon.dependency_verbs and _hooked_on_no_drug(t, lexicon)) or (
                t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.diseases and _disease_said_of(t, lexicon.valence)):
            markers.append(_marker(doc, t.idx, t.idx + len(t.text), "loaded_language", confidence, f"metaphor '{t.lemma_.lower()}'"))
    return markers


def exclamation_slogans(doc: Doc, sents: list, max_words: int = EXCLAMATION_MAX_WORDS) -> list[RhetoricMarker]:
    """A short call to act with an exclamation mark ("Keep the door open!"): the sentence opens with a verb
    in the imperative and has no subject. An exclamation mark alone is typography, not a slogan
    ("I am getting very concerned!", "Finally!")."""
    markers = []
    text = doc_text(doc)
    for sent in sents:
        if not text[sent.start_char : sent.end_char].rstrip().endswith("!"):
            continue
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not 2 <= len(words) <= max_words:
            continue
        first = words[0]
        if first.tag_ != "VB" or any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in sent):
            continue
        markers.append(_marker(doc, first.idx, sent.end_char, "slogans", 0.45, "imperative exclamation"))
    return markers


def _inside_quote(start: int, end: int, quotes) -> bool:
    """True when the quote extractor reported speech over these characters (then it is not a scare quote)."""
    return any(q.span.start < end and start < q.span.end for q in quotes)


def _scare_quotes(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of short quoted phrases that the quote extractor did not attribute to a speaker."""
    spec = lexicon.scare_quotes
    quotes = tuple(doc._.readout_quotes or ())
    text, found = doc_text(doc), []
    for region in quoted_regions(doc):
        inner = text[region.start : region.end]
        words = inner.strip(" .,;:!?").split()
        if len(words) < min(int(spec.get("min_words", 1)), int(spec.get("marker_min_words", 1))) or len(words) > int(spec["max_words"]):
            continue
        if _inside_quote(region.outer_start, region.outer_end, quotes):
            continue
        if sum(c.isalpha() for c in inner) < 2 or inner.rstrip().endswith(("!", "?")):
            continue  # an exclamation or a question in quotes is speech, not a label
        found.append((region.outer_start, region.outer_end, " ".join(words)))
    return found


ASCII_LETTERS, ASCII_CAPITALS = string.ascii_letters.encode(), string.ascii_uppercase.encode()
NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (a news paragraph is one line)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _in_capitals(text: str, start: int, end: int) -> bool:
    """True when the line around ``start:end`` is written in capitals, so capitals say nothing about the phrase."""
    line_letters, line_capitals = _line_letters(text, *_line_around(text, start, end))
    word_letters, word_capitals = _letters(text[start:end])
    letters, capitals = line_letters - word_letters, line_capitals - word_capitals  # the line around the phrase
    return letters >= 8 and capitals >= 0.8 * letters


HEADING_MAX_WORDS = 20  # a title-cased line longer than this is no heading


def _in_a_heading(text: str, i: int) -> bool:
    """True when the line around character ``i`` is a title-cased heading ("The Grim View from the Hill", a headline):
    its words take capitals by convention, so a capitalised word the recognizer found no name in is a common noun."""
    start, end = _line_around(text, i, i)
    words = [w for w in text[start:end].split() if w[0].isalpha() and w.lower() not in SMALL_WORDS]
    return 3 <= len(words) <= HEADING_MAX_WORDS and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _letters(text: str) -> tuple[int, int]:
    """How many letters ``text`` has, and how many of them are capitals (``str.isalpha``, ``str.isupper``): the ASCII
    ones counted in C (``bytes.translate`` deletes them; no other character's UTF-8 has an ASCII byte), the few others
    one by one."""
    raw = text.encode("utf-8", "surrogatepass")
    others = [c for c in NOT_ASCII.findall(text) if c.isalpha()]
    letters = len(raw) - len(raw.translate(None, ASCII_LETTERS)) + len(others)
    return letters, len(raw) - len(raw.translate(None, ASCII_CAPITALS)) + sum(c.isupper() for c in others)


@lru_cache(maxsize=256)
def _line_letters(text: str, start: int, end: int) -> tuple[int, int]:
    """``_letters`` of one line, counted once: a news paragraph is one line of thousands of letters, asked about for
    each word in capitals on it."""
    return _letters(text[start:end])


def _title_cased(words: list[str]) -> bool:
    """ "Open Door Pact", "Compact for Renewal": every word but the small ones starts with a capital."""
    return len(words) > 1 and all(w[0].isupper() for w in words if w[0].isalpha() and w.lower() not in SMALL_WORDS)


def _names(found: list[tuple[int, int, str]]) -> set[str]:
    """Title-cased quoted phrases written more than once: names of what the text is about (a plan, a programme,
    a partnership), used again to refer to it; neither a slogan nor repetition as a technique."""
    uses = Counter(inner.lower() for _, _, inner in found if _title_cased(inner.split()))
    return {key for key, n in uses.items() if n >= 2}


def scare_quote_markers(doc: Doc, lexicon: Lexicon, found: list[tuple[int, int, str]], names: set[str]) -> list[RhetoricMarker]:
    """Quoted labels and slogans (``found``: ``_scare_quotes``; ``names``: ``_names`` of them, not marked):
    title-cased phrases are slogans, the rest loaded language."""
    spec = lexicon.scare_quotes
    if not spec:
        return []
    markers = []
    fewest = int(spec.get("marker_min_words", spec.get("min_words", 1)))  # the fewest words of a label marked (DETECTOR_KNOBS)
    for start, end, inner in found:
        words = inner.split()
        if inner.lower() in names or len(words) < fewest:
            continue
        if len(words) == 1:
            technique, confidence = spec["other_technique"], float(spec["single_word_confidence"])
        elif _title_cased(words) and not _in_capitals(doc_text(doc), start, end):
            technique, confidence = spec["title_case_technique"], float(spec["confidence"])
        else:
            technique, confidence = spec["other_technique"], float(spec["confidence"])
        markers.append(_marker(doc, start, end, technique, confidence, "scare quotes"))
    return markers


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (each line: a line break ends one in news copy) begins."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def _by_paragraph(uses: dict[str, list[tuple[int, int]]], paragraphs: list[int]):
    """(key, spans) per paragraph: repetition as a technique is a phrase said again and again in one stretch of
    text; a news story names its topic in paragraph after paragraph ("the water treatment plant"), and a
    paragraph written twice in a row is a copy, not a refrain."""
    for key, spans in uses.items():
        if len(spans) < 2:
            continue  # most phrases are used once: nothing to group
        groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for span in spans:
            groups[bisect_right(paragraphs, span[0])].append(span)
        yield from ((key, group) for group in groups.values())


def _repeats(doc: Doc, uses: dict[str, list[tuple[int, int]]], min_uses: int, confidence: float, taken: list,
             paragraphs: list[int]) -> list[RhetoricMarker]:
    markers = []
    for key, spans in _by_paragraph(uses, paragraphs):
        if len(spans) < min_uses:
            continue
        for start, end in spans[1:]:
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            markers.append(_marker(doc, start, end, "repetition", confidence, f"'{key[:40]}' used {len(spans)} times"))
    return markers


def repetition_markers(doc: Doc, lexicon: Lexicon, sents: list, found: list[tuple[int, int, str]], names: set[str]) -> list[RhetoricMarker]:
    """Sentences, quoted labels and common-noun phrases used ``min_uses`` times or more: every use after the first."""
    spec = lexicon.repetition
    if not spec:
        return []
    min_uses, confidence = int(spec["min_uses"]), float(spec["confidence"])
    taken: list[tuple[int, int]] = []
    table = token_table(doc)  # each token's flags read once; the windows below look at every token several times
    alpha, n = table.is_alpha, len(table.is_alpha)
    content = [a and not stop for a, stop in zip(alpha, table.is_stop)]
    plain = [(a or lower == "-") and not (pos == "PROPN" or ent) for a, lower, pos, ent in zip(alpha, table.lower, table.pos, table.ent_type)]
    # a hyphenated compound is one word ("visa-free regime" is two): the part after a glued hyphen is not counted
    words = [a and not (k > 0 and table.lower[k - 1] == "-" and not doc[k - 1].whitespace_) for k, a in enumerate(alpha)]
    text = doc_text(doc)
    sentences: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sent in sents:
        if sum(alpha[sent.start : sent.end]) >= 6:
            sentences[text[sent.start_char : sent.end_char].strip().lower()].append((sent.start_char, sent.end_char))
    paragraphs = _paragraph_starts(text)
    markers = _repeats(doc, sentences, 2, confidence + 0.1, taken, paragraphs)
    labels: dict[str, list[tuple[int, int]]] = defaultdict(list)
    fewest = int(lexicon.scare_quotes.get("min_words", 1)) if lexicon.scare_quotes else 1  # a quoted label, as the lexicon counts one
    for start, end, inner in found:
        if inner.lower() not in names and len(inner.split()) >= fewest:
            labels[inner.lower()].append((start, end))
    markers += _repeats(doc, labels, int(spec["label_min_uses"]), confidence, taken, paragraphs)
    # window tests in constant time: where the run of plain tokens from k ends, and words counted up to k
    plain_until = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        plain_until[k] = plain_until[k + 1] if plain[k] else k
    words_before = [0]
    for w in words:
        words_before.append(words_before[-1] + w)
    lemmas, starts = table.lemma, table.idx
    # each token's end character, read once: a spaCy Token per phrase tried was most of this function's cost
    ends = [start + length for start, length in zip(starts, table.length)]
    min_words = int(spec["min_words"])
    content_at = [k for k, c in enumerate(content) if c]
    for size in range(int(spec["max_words"]), min_words - 1, -1):
        grams: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i in content_at:
            last = i + size - 1
            if last >= n:
                break
            if not content[last] or plain_until[i] <= last or words_before[last + 1] - words_before[i] < min_words:
                continue
            grams[" ".join(lemmas[i : last + 1])].append((starts[i], ends[last]))
        markers += _repeats(doc, grams, min_uses, confidence, taken, paragraphs)
    return markers


def parallel_markers(doc: Doc, sents: list, max_tokens: int = 14) -> list[RhetoricMarker]:
    """Runs of two or more short sentences with the same main verb and different subjects ("A chose X. B chose Y.")."""
    def shape(sent):
        if len(sent) > max_tokens or sent.root.pos_ not in {"VERB", "AUX"}:
            return None
        subjects = [t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
        return (sent.root.lemma_.lower(), subjects[0].lower_) if subjects else None

    markers, run = [], []
    for sent in sents + [None]:
        current = shape(sent) if sent is not None else None
        if run and current and current[0] == run[-1][1][0] and current[1] != run[-1][1][1]:
            run.append((sent, current))
            continue
        if len(run) >= 2:
            markers.append(_marker(doc, run[0][0].start_char, run[-1][0].end_char, "black_and_white_fallacy", 0.4, f"parallel '{run[0][1][0]}'"))
        run = [(sent, current)] if current else []
    return markers


QUOTE_MARKS = "\"“”‘’«»'.,;:"


def _core(m: RhetoricMarker) -> tuple[int, int]:
    """The marker's stretch without the quote marks and punctuation around it: '"Year Zero."' is 'Year Zero'."""
    text = m.span.text
    inner = text.strip(QUOTE_MARKS)
    start = m.span.start + (text.find(inner) if inner else 0)
    return start, start + len(inner)


def _dedupe(markers: list[RhetoricMarker]) -> tuple[RhetoricMarker, ...]:
    """One marker per technique over any stretch of text: the longer (then more confident) one wins; and one
    marker per stretch of words, quote marks aside (a quoted label used again is repetition, not a second line
    saying slogan; a lexicon phrase in quote marks keeps the lexicon's technique, which on the fit part is right
    far more often than the scare-quote guess)."""
    kept: list[tuple[RhetoricMarker, tuple[int, int]]] = []
    cored = [(m, _core(m)) for m in markers]
    ranked = sorted(cored, key=lambda mc: (mc[1][0] - mc[1][1], mc[0].cue == "scare quotes", -mc[0].confidence))
    for m, core in ranked:
        if any((k.technique == m.technique and k.span.start < m.span.end and m.span.start < k.span.end) or k_core == core for k, k_core in kept):
            continue
        kept.append((m, core))
    return tuple(sorted((m for m, _ in kept), key=lambda m: (m.span.start, m.span.end, m.technique)))


def label_words(markers: tuple[RhetoricMarker, ...]) -> list[RhetoricMarker]:
    """The loaded word of each one-word label from the lexicon ("liar", "crooks", "traitors"): a word chosen to name
    someone by a charge is loaded language too, as the valence detector already reads a rated adjective on a person
    (its label and its word). A marker carries one technique, so the word gets a marker of its own (cue "label
    'liar'", its own kind in the calibration, which reports it only if it is right often enough), unless a
    loaded-language marker already covers it. Made from the markers kept, so a label not reported has no word."""
    loaded = [(m.span.start, m.span.end) for m in markers if m.technique == "loaded_language"]
    return [RhetoricMarker(span=m.span, technique="loaded_language", confidence=m.confidence, cue=f"label '{m.cue}'")
            for m in markers
            if m.technique == "name_calling_labeling" and marker_source(m.cue) == "lexicon" and " " not in m.cue
            and not any(a < m.span.end and m.span.start < b for a, b in loaded)]


def word_count(doc: Doc) -> int:
    return sum(token_table(doc).is_word)


def build_profile(doc: Doc, markers: tuple[RhetoricMarker, ...], lexicon: Lexicon, keys: list[tuple[str, str]]) -> RhetoricProfile:
    words = word_count(doc)
    counts = Counter(m.technique for m in markers)
    per_thousand = {t: round(counts[t] * 1000 / words, 2) if words else 0.0 for t in sorted(counts)}
    return RhetoricProfile(
        words=words,
        per_thousand_words=per_thousand,
        hedges=len(match_phrases(keys, lexicon.hedges)),
        certainty_markers=len(match_phrases(keys, lexicon.certainty)),
        claim_sentence_share=0.0,  # completed by the claims component
    )


# The detectors' numbers that were first chosen by reading the fit memes (SemEval-2021 Task 6 training set): the
# rated-word lines, how far a rated adjective may stand from the name or person it labels (``name_reach``, in tokens),
# which technique a rated noun of people said of someone carries (``noun_said_of``: a rule switch, 0 loaded language, 1
# name calling; eighth pass), the fewest words of a quoted label, the most words of an imperative exclamation. Their defaults are the lexicon's
# (and EXCLAMATION_MAX_WORDS); the shipped values are those ``python -m readout.eval.train_rhetoric`` chooses inside
# its cross-validation over memes and writes to the calibration file (``detectors.chosen``).
DETECTOR_KNOBS = ("name_calling_max", "loaded_max", "name_reach", "noun_said_of", "scare_min_words", "exclamation_max_words")


def detector_settings(lexicon: Lexicon) -> dict[str, float]:
    """The detectors' settings as the lexicon writes them (``DETECTOR_KNOBS``)."""
    out: dict[str, float] = {"exclamation_max_words": EXCLAMATION_MAX_WORDS}
    if lexicon.valence is not None:
        out.update(name_calling_max=lexicon.valence.name_calling_max, loaded_max=lexicon.valence.loaded_max,
                   name_reach=lexicon.valence.name_reach, noun_said_of=lexicon.valence.noun_said_of)
    if lexicon.scare_quotes:
        out["scare_min_words"] = int(lexicon.scare_quotes.get("marker_min_words", lexicon.scare_quotes.get("min_words", 1)))
    return out


def with_settings(lexicon: Lexicon, settings: dict[str, float]) -> Lexicon:
    """The lexicon with these detector settings: the rated-word lines (a noun's line follows the adjective's,
    ``loaded_max``), the rated adjective's reach (``name_reach``) and the fewest words of a quoted label marked (``marker_min_words``; more than the lexicon's
    ``max_words``: none)."""
    unknown = set(settings) - set(DETECTOR_KNOBS)
    if unknown:
        raise AnalyzeError(f"unknown rhetoric detector settings: {sorted(unknown)}", source="readout_rhetoric",
                           hint=f"the settings are {', '.join(DETECTOR_KNOBS)}")
    valence, scare = lexicon.valence, lexicon.scare_quotes
    if valence is not None:
        loaded = float(settings.get("loaded_max", valence.loaded_max))
        valence = replace(valence, name_calling_max=float(settings.get("name_calling_max", valence.name_calling_max)),
                          loaded_max=loaded, noun_max=loaded if "loaded_max" in settings else valence.noun_max,
                          name_reach=int(settings.get("name_reach", valence.name_reach)),
                          noun_said_of=int(settings.get("noun_said_of", valence.noun_said_of)))
    if scare and "scare_min_words" in settings:  # the labels marked; what counts as a quoted name or refrain stays the lexicon's
        scare = {**scare, "marker_min_words": int(settings["scare_min_words"])}
    return replace(lexicon, valence=valence, scare_quotes=scare)


class RhetoricMarkers:
    """The ``readout_rhetoric`` component."""

    def __init__(self, nlp: Language, name: str, lexicon: str, min_confidence: float, parallel_max_tokens: int,
                 calibration: str = "", calibrate: bool = True, detectors: dict | None = None):
        self.name = name
        self.verbs = VerbLemmas(nlp)
        self.calibration = load_calibration(calibration or str(CALIBRATION_PATH)) if calibrate else None
        # the detectors' settings: the lexicon's, those the calibration chose over the fit memes, the config's
        base = load_lexicon(lexicon or str(LEXICON_PATH), nlp.tokenizer)
        settings = detector_settings(base) | (self.calibration.detectors if self.calibration is not None else {}) | dict(detectors or {})
        self.lexicon = with_settings(base, settings)
        self.exclamation_max_words = int(settings["exclamation_max_words"])
        # parallel sentences make only one kind of marker: not worth finding when the calibration drops it
        self.run_parallel = self.calibration is None or not self.calibration.drops("black_and_white_fallacy/parallel")
        self.min_confidence = min_confidence
        self.parallel_max_tokens = parallel_max_tokens

    def markers(self, doc: Doc, keys: list[tuple[str, str]]) -> tuple[RhetoricMarker, ...]:
        sents = list(sentence_spans(doc))
        quoted = _scare_quotes(doc, self.lexicon) if self.lexicon.scare_quotes else []
        names = _names(quoted)
        found = (
            lexicon_markers(doc, self.lexicon, keys, self.verbs)
            + valence_markers(doc, self.lexicon.valence, keys, self.verbs)
            + metaphor_markers(doc, self.lexicon, keys)
            + (exclamation_slogans(doc, sents, self.exclamation_max_words) if self.exclamation_max_words >= 2 else [])
            + scare_quote_markers(doc, self.lexicon, quoted, names)
            + repetition_markers(doc, self.lexicon, sents, quoted, names)
            + (parallel_markers(doc, sents, self.parallel_max_tokens) if self.run_parallel else [])
        )
        if self.calibration is not None:
            found = self.calibration.reported(found)
        if self.lexicon.off_on_news and doc._.readout_quotes is not None:  # news: techniques the fit memes do not hold up
            found = [m for m in found if m.technique not in self.lexicon.off_on_news]
        named = [(start, end) for start, end, inner in quoted if inner.lower() in names]  # no marker inside a name ("Open Door Pact")
        confidence = self.calibration.learned if self.calibration is not None else (lambda m: m.confidence)
        speech = [q for q in doc._.readout_quotes or () if q.speaker]
        # where quotes were read (news), words in quote marks are someone's, cited, even when no speaker was found
        # ("X calls the plan 'a crazy scheme'", a headline's "Lawmakers Rip X As A 'Disgusting Fraud'"); the memes'
        # annotators mark them too, and the SemEval benchmark runs without the quote extractor, as for ``speech``
        cited = []
        if doc._.readout_quotes is not None:  # news: the quote reader ran
            regions = quoted_regions(doc)
            cited = [(r.outer_start, r.outer_end) for r in regions] + transcript_turns(doc_text(doc)) + unbalanced_quotes(doc_text(doc), regions)
        # a name's words are title-cased: no need to read the document's names when no marker is
        thing_names = thing_name_words(doc) if any(m.span.text[:1].isupper() for m in found) else ({}, frozenset())
        news = doc._.readout_quotes is not None
        stances = self.lexicon.stance_verbs if doc._.readout_quotes is not None else frozenset()  # news, as ``cited``
        stance_nouns = self.lexicon.stance_nouns if doc._.readout_quotes is not None else frozenset()
        markers = _dedupe([
            m for m in found
            if confidence(m) >= self.min_confidence and m.span.text.strip() and not any(a <= m.span.start and m.span.end <= b for a, b in named)
            and not in_reported_speech(m, speech) and not any(a <= m.span.start and m.span.end <= b for a, b in cited)
            and not (news and (names_a_reported_act(doc, m, self.lexicon.valence) or agent_of_a_reported_act(doc, m)
                               or doer_of_a_reported_act(doc, m, self.lexicon.valence, self.lexicon.act_verbs)
                               or names_a_reported_act_or_its_doers(doc, m, self.lexicon.valence)
                               or reported_criticism(doc, m, self.lexicon.criticism_verbs)
                               or describes_a_reported_state(doc, m, self.lexicon.valence) or names_a_class(doc, m, self.lexicon.valence, self.lexicon.stance_verbs)
                               or reports_a_feeling(doc, m, self.lexicon.valence)
                               or ranks_by_degree(doc, m, self.lexicon.valence) or ranks_within_a_period(doc, m, self.lexicon.ranking_periods)
                               or labels_by_creed(doc, m) or in_a_persons_name(doc, m)
                               or in_an_idiom(doc, m, keys, self.lexicon.idioms)
                               or plain_comparison(doc, m, self.lexicon.plain_comparisons, self.lexicon.valence)
                               or in_asked_question(doc, m, self.lexicon.asking_verbs)
                               or describes_a_text(doc, m, self.lexicon.effect_adjectives, self.lexicon.text_nouns)
                               or judged_within_a_field(doc, m, self.lexicon.domain_adverbs)
                               or describes_a_contests_tone(doc, m, self.lexicon.contest_nouns, self.lexicon.becoming_verbs)
                               or names_a_contests_loser(doc, m, self.lexicon.contest_nouns, self.lexicon.valence)
                               or made_by_a_named_event(doc, m, self.lexicon.valence)
                               or hedged_superlative(doc, m, self.lexicon.hedge_words)
                               or names_matter(doc, m, self.lexicon.matter_adjectives, self.lexicon.valence)
                               or in_its_literal_sense(doc, m, self.lexicon)
                               or undergoes_an_end(doc, m, self.lexicon.valence) or names_who_agree(doc, m)))
            and not in_thing_name(doc, m) and not short_name(doc, m, thing_names)
            and not in_reported_stance(doc, m, stances, stance_nouns, self.lexicon.likening_verbs if news else frozenset())
            and not in_denied_view(doc, m)
        ])
        words = label_words(markers)
        if self.calibration is not None:
            words = self.calibration.reported(words)
        if words:
            markers = tuple(sorted(markers + tuple(m for m in words if confidence(m) >= self.min_confidence),
                                   key=lambda m: (m.span.start, m.span.end, m.technique)))
        return self.calibration.relabel(markers) if self.calibration is not None else markers

    def __call__(self, doc: Doc) -> Doc:
        keys = token_keys(doc)
        markers = self.markers(doc, keys)
        doc._.readout_rhetoric = markers
        doc._.readout_rhetoric_profile = build_profile(doc, markers, self.lexicon, keys)
        return doc


@Language.factory(
    "readout_rhetoric",
    assigns=["doc._.readout_rhetoric", "doc._.readout_rhetoric_profile"],
    requires=["doc._.readout_quotes"],
    default_config={"lexicon": "", "min_confidence": 0.0, "parallel_max_tokens": 14, "calibration": "", "calibrate": True,
                    "detectors": {}},
)
def make_readout_rhetoric(nlp: Language, name: str, lexicon: str, min_confidence: float, parallel_max_tokens: int,
                          calibration: str, calibrate: bool, detectors: dict) -> RhetoricMarkers:
    """``lexicon``: path to a lexicon file ("" = the bundled one); markers below ``min_confidence`` are dropped.
    ``calibration``: learned confidences per kind of marker and the line under which a kind is not reported
    ("" = the bundled file, see rhetoric_calibration.py); ``calibrate = false`` keeps the lexicon's confidences
    and every marker (the training command reads them so). ``detectors``: settings of the detectors
    (``DETECTOR_KNOBS``) over the lexicon's and the calibration's (the training command marks with the loosest)."""
    return RhetoricMarkers(nlp, name, lexicon, min_confidence, parallel_max_tokens, calibration, calibrate, detectors)
