"""Loading the spaCy pipeline with readout's components, from disk only."""

from __future__ import annotations

import gc
import importlib
import json
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER
from spacy.language import Language
from spacy.util import compile_infix_regex

from readout import settings
from readout.analyze.embedding_memo import memoize_embeddings
from readout.errors import ModelNotInstalledError

# (module that registers the factory, factory name, placement). Order matters:
# later components read what earlier ones set on the Doc.
COMPONENTS: tuple[tuple[str, str, dict], ...] = (
    ("readout.analyze.honorifics", "readout_honorifics", {"first": True}),
    ("readout.analyze.paragraphs", "readout_paragraph_breaks", {"before": "parser"}),
    ("readout.analyze.actors", "readout_gazetteer", {"before": "ner"}),
    ("readout.analyze.actors", "readout_actors", {}),
    ("readout.analyze.times", "readout_times", {}),
    ("readout.analyze.quantities", "readout_quantities", {}),
    ("readout.analyze.measured_phrase", "readout_measured_phrases", {}),
    ("readout.analyze.quotes", "readout_quotes", {}),
    ("readout.analyze.rhetoric", "readout_rhetoric", {}),
    ("readout.analyze.claims", "readout_claims", {}),
    ("readout.analyze.commitments", "readout_commitments", {}),
    ("readout.analyze.events", "readout_events", {}),
    ("readout.analyze.audience", "readout_audience_messages", {}),
    ("readout.analyze.timing", "readout_timing", {}),
    ("readout.analyze.source_roles", "readout_source_role", {}),
)

PIPELINE_VERSION = "readout-analyze-0.1"
LEMMA_EXCEPTIONS_FILE = Path(__file__).parent / "data" / "lemma_exceptions.json"
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def load_base(model: str | None = None) -> Language:
    """The bare spaCy pipeline (the benchmark baseline)."""
    name = model or settings.get("spacy_model")
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalledError(f"spaCy pipeline {name!r} is not installed", source=name) from exc


def load_corrected(model: str | None = None) -> Language:
    """The spaCy pipeline with readout's lemma corrections: the tokens every readout component reads.

    Benchmark adapters and trainers that add one component to it score and learn from what ``readout analyze``
    gives, not from the bare pipeline's lemmas ('hated' -> 'hat').
    """
    nlp = load_base(model)
    split_glued_figures(nlp)
    straighten_apostrophe_features(nlp)
    correct_lemmas(nlp)
    return nlp


# A comma between a letter and a digit with no space ("refugees,15 of them"): spaCy's English infixes split a
# comma only between two letters, so the word and the figure after it stayed one token and the figure was lost.
# Digits on both sides ("1,300", "3,5") and a comma after a full stop ("U.S.,15") are left as they were.
GLUED_FIGURE_INFIX = r"(?<=[{a}]),(?=[0-9])".format(a=ALPHA)

# A quote mark glued to the words around it ('he said,"We will go"', '"We will go,"she said', 'said:“We', 'the
# vote?”she asked', '2016.”The'): spaCy's English infixes split neither the quote mark nor the punctuation before
# it, so 'said,"We' stayed one token, the quote had no opening mark and no speaker. A double quote mark (straight or
# typographic) between a word or its punctuation and a letter is its own token, and so is the punctuation glued
# between a word and a quote mark; a typographic opening single quote after a comma or colon likewise. The
# straight single quote and "’" are apostrophes too ("rock'n'roll", "O’Neill") and are left alone.
DOUBLE_QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb"
# Each pattern tests its own character first and looks behind after it (the letter classes are large): the
# tokenizer tries every infix at every character of a word it has not cached, so this keeps it as fast as before.
GLUED_QUOTE_INFIXES = (
    r"[,:;?!](?<=[{a}0-9][,:;?!])(?=[{q}\u2018])".format(a=ALPHA, q=DOUBLE_QUOTES),
    r"\.(?<=[{al}0-9]\.)(?=[{q}][{a}])".format(al=ALPHA_LOWER, a=ALPHA, q=DOUBLE_QUOTES),
    r"[{q}](?<=[{a},:;.?!][{q}])(?=[{a}])".format(a=ALPHA, q=DOUBLE_QUOTES),
    r"\u2018(?<=[,:]\u2018)(?=[{a}])".format(a=ALPHA),
)
# A double quote mark glued to a dash and a word ('the guards, in “riot gear”–were sent', 'a great deal!”—is', 'her
# pitch—“a fair deal'): spaCy's hyphen infix splits a dash only between two letters, so 'gear”–were' stayed one token
# and the parse lost the clause's verb and subject. The quote mark and the dash are each their own token; a hyphen
# ('“pro-life”-style') is left as it was.
DASHES = "\u2013\u2014"
GLUED_DASH_INFIXES = (
    r"[{q}](?<=[{a}0-9.,;:?!][{q}])(?=[{d}])".format(a=ALPHA, q=DOUBLE_QUOTES, d=DASHES),
    r"[{d}](?<=[{q}][{d}])(?=[{a}0-9@])".format(a=ALPHA, q=DOUBLE_QUOTES, d=DASHES),
    r"[{d}](?<=[{a}0-9][{d}])(?=[{q}])".format(a=ALPHA, q=DOUBLE_QUOTES, d=DASHES),
    r"[{q}](?<=[{d}][{q}])(?=[{a}0-9])".format(a=ALPHA, q=DOUBLE_QUOTES, d=DASHES),
)
READOUT_INFIXES = (GLUED_FIGURE_INFIX, *GLUED_QUOTE_INFIXES, *GLUED_DASH_INFIXES)


def split_glued_figures(nlp: Language) -> None:
    """Add readout's infixes (a figure or a quote mark glued to a word) to the tokenizer's own infixes (the spaCy
    way: one compiled pattern).

    Once per pipeline; the tokenizer's cache is emptied by the setter."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is None:
        infixes = list(nlp.Defaults.infixes or ())
    else:
        infixes = [pattern]
    missing = [infix for infix in READOUT_INFIXES if pattern is None or infix not in pattern]
    if missing:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *missing]).finditer


# The typographic apostrophe of web copy ("they’d", "it’ll", "O’Brien"). spaCy's tokenizer splits it as it splits
# the straight one and its exceptions give "’d" the norm "'d", but the tagger, parser and NER read a token through
# its norm, prefix, suffix and shape (the columns of their tok2vec's embedding), and the last three are computed
# from the text: "’d" has the shape "’x" where "'d" has "'x". The small English model learned from straight
# apostrophes, so after "they’d" it read "planned" as a simple past, and "said it’ll pay" got another parse.
TYPOGRAPHIC_APOSTROPHE = "\u2019"
FEATURE_ATTRS = (NORM, PREFIX, SUFFIX, SHAPE)


class _StraightApostrophe:
    """A vocabulary attribute getter that reads a word with its typographic apostrophes made straight."""

    def __init__(self, getter):
        self.getter = getter

    def __call__(self, string: str):
        return self.getter(string.replace(TYPOGRAPHIC_APOSTROPHE, "'") if TYPOGRAPHIC_APOSTROPHE in string else string)


def straighten_apostrophe_features(nlp: Language) -> None:
    """Give every word written with a typographic apostrophe the model's features of its straight spelling.

    The features are attributes of the vocabulary's lexemes, computed once when a word is first seen, so this
    changes the vocabulary's getters of the four (words seen later) and the lexemes already made (the tokenizer's
    exceptions); the text, and so every span's characters, is untouched, and no token is visited. Once per
    pipeline."""
    getters = nlp.vocab.lex_attr_getters
    if any(isinstance(getters.get(attr), _StraightApostrophe) for attr in FEATURE_ATTRS):
        return
    for attr in FEATURE_ATTRS:
        if attr in getters:
            getters[attr] = _StraightApostrophe(getters[attr])
    for lexeme in list(nlp.vocab):
        text = lexeme.orth_
        if TYPOGRAPHIC_APOSTROPHE in text:
            lexeme.set_attrs(**{name: getters[attr](text) for name, attr in zip(("norm", "prefix", "suffix", "shape"), FEATURE_ATTRS) if attr in getters})
    if "attribute_ruler" in nlp.pipe_names:
        _ruler_takes_typographic_apostrophes(nlp.get_pipe("attribute_ruler"))


WORD_KEYS = ("ORTH", "LOWER", "NORM", "TEXT")


def _ruler_takes_typographic_apostrophes(ruler) -> None:
    """The attribute ruler's patterns that name a word with a straight apostrophe ("'s" VBZ is "be", AUX; "'d" MD
    is "would") take its typographic spelling too, in the same pattern, so the patterns' order, which decides
    between two that match, stays as it was: "it’s" is the auxiliary "be", not a word with the lemma "’"."""
    patterns = ruler.patterns
    widened = [{**p, "patterns": [[_token_with_typographic(spec) for spec in pattern] for pattern in p["patterns"]]} for p in patterns]
    if widened == patterns:
        return
    ruler.clear()
    ruler.add_patterns(widened)


def _token_with_typographic(spec: dict) -> dict:
    out = dict(spec)
    for key in WORD_KEYS:
        value = spec.get(key)
        if isinstance(value, str) and "'" in value:
            out[key] = {"IN": [value, value.replace("'", TYPOGRAPHIC_APOSTROPHE)]}
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words = list(value["IN"])
            words += [w.replace("'", TYPOGRAPHIC_APOSTROPHE) for w in value["IN"] if "'" in w and w.replace("'", TYPOGRAPHIC_APOSTROPHE) not in words]
            out[key] = {**value, "IN": words}
    return out


def load_pipeline(model: str | None = None, disable: tuple[str, ...] = (), config: dict[str, dict] | None = None) -> Language:
    """The spaCy pipeline plus readout's registered components, in flow order.

    ``config``: settings of readout's components by factory name, over those the environment gives
    (``READOUT_ACTOR_DICTIONARY`` is the events component's ``actors_path``).
    Two stand-ins give the same annotations for less: the memoized attribute ruler and lemmatizer
    (memoized.py) and the memoized token embeddings of the tok2vec networks (embedding_memo.py);
    ``disable`` takes ``readout_memoized_attributes`` and ``readout_memoized_embeddings`` to leave them out.
    """
    nlp = load_corrected(model)
    if "readout_memoized_attributes" not in disable and {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names):
        _memoize_attributes(nlp)
    if "readout_memoized_embeddings" not in disable:
        memoize_embeddings(nlp)
    configs = component_settings()
    for factory, values in (config or {}).items():
        configs[factory] = {**configs.get(factory, {}), **values}
    for module, factory, placement in COMPONENTS:
        if factory in disable:
            continue
        importlib.import_module(module)
        nlp.add_pipe(factory, name=factory, config=configs.get(factory, {}), **placement)
    return nlp


def correct_lemmas(nlp: Language, path: Path = LEMMA_EXCEPTIONS_FILE) -> None:
    """Give the verb forms the rule lemmatizer misreads ('hated' -> 'hat') their lemma through the attribute
    ruler, whose lemmas the lemmatizer keeps: every stage that keys a word list on the lemma sees 'hate'. (The
    lemmatizer's own exceptions table cannot: it puts an exception first only when no rule made it already.)
    One-token patterns on the word and a verb tag, so the memoized ruler (memoized.py) keeps them at no cost.
    A kind of misreading of words the model does not know ('deadlocked' -> 'deadlocke') is put right by suffix
    rules put before the lemmatizer's own (``_add_suffix_rules``)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    _add_suffix_rules(nlp, raw.get("suffix_rules", {}))
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    by_lemma: dict[str, list[str]] = {}
    for form, lemma in raw["verb"].items():
        by_lemma.setdefault(lemma, []).append(form)
    for lemma, forms in by_lemma.items():
        ruler.add([[{"LOWER": {"IN": forms}, "TAG": {"IN": list(VERB_TAGS)}}]], {"LEMMA": lemma})


def _add_suffix_rules(nlp: Language, suffix_rules: dict[str, list[list[str]]]) -> None:
    """Put the data file's suffix rules (part of speech -> [suffix, replacement]) before the rule lemmatizer's.

    The lemmatizer takes a form its word index lists before any other, so a rule put first only decides
    among forms it does not know, where the first rule's form wins: 'deadlocked' is 'deadlock', not the
    '-ed' -> '-e' rule's 'deadlocke'. Once per pipeline (a rule already there is not added again)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not lemmatizer.lookups.has_table("lemma_rules"):
        return
    table = lemmatizer.lookups.get_table("lemma_rules")
    for pos, extra in suffix_rules.items():
        rules = [list(rule) for rule in table.get(pos, [])]
        table[pos] = [rule for rule in extra if rule not in rules] + rules
    lemmatizer.cache = {}


def component_settings() -> dict[str, dict]:
    """The components' settings the environment gives: only those set, so the defaults stay the components' own."""
    dictionary = settings.value("actor_dictionary")
    return {"readout_events": {"actors_path": str(dictionary)}} if dictionary else {}


def _memoize_attributes(nlp: Language) -> None:
    """The attribute ruler and lemmatizer, memoized (same annotations, a tenth of their cost; see memoized.py)."""
    importlib.import_module("readout.analyze.memoized")
    nlp.add_pipe("readout_memoized_attributes", before="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")


@lru_cache(maxsize=2)
def shared_pipeline(model: str | None = None) -> Language:
    """One loaded pipeline per process (pipelines are expensive to load).

    It lives as long as the process, so what is loaded by then is moved out of the garbage collector's
    sight (``gc.freeze``): each full collection walked all of it (some 150,000 objects, about 0.13 s, once
    per 30 documents or so, 2-3% of the analyzer's time). Reference counting still frees what is dropped.
    """
    nlp = load_pipeline(model)
    gc.freeze()
    return nlp
