"""A document's source role: an official readout or statement, a news report, or analysis and opinion.

The audit against the readout needs to know which documents speak for a
government and which report on or argue about it. Evidence, strongest first:

1. the user said so (``--role official:FILE``, a JSONL ``role`` field);
2. the outlet, URL or signature is an official publisher (``data/official_publishers.json``:
   government domains, the sites of presidencies and foreign ministries, the names
   such offices sign with);
3. the document labels itself (``data/source_labels.json``): "Readout: ...", "Joint
   statement", "Opinion", "This article was written by ...", in its title, first
   line or closing line; never a word inside the running prose;
4. a news dateline ("TOKYO, June 9 (Example Wire) -") makes it a report;
5. first-person evaluative writing (we, our, I; questions put to the reader;
   rhetoric markers) makes it analysis;
6. the register of a readout: the diplomatic formulae of a government's own account
   ("the two leaders welcomed", "exchanged views") in most sentences, and nobody
   else's words reported ("said", "according to");
7. otherwise a news report.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from urllib.parse import urlparse

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.extensions import char_span, doc_text, document_of
from readout.analyze.token_table import sentence_spans, token_table
from readout.model import Document, RoleDecision, Span

DATA = Path(__file__).parent / "data"
FIRST_PERSON_PER_1000 = 4.0  # first-person words outside quotes, per 1,000 words, that make writing personal
READER_QUESTIONS = 1  # a question put to the reader ("do you believe ...?")
RHETORIC_PER_1000 = 12.0  # rhetoric markers per 1,000 words that, with some first person, make it opinion
RHETORIC_ALONE_PER_1000 = 20.0  # ... and that make it opinion on their own (loaded, evaluative prose)
FORMULA_SHARE = 0.5  # share of sentences with a readout formula
MAX_ATTRIBUTIONS = 0  # reported words of others a readout has (it speaks for itself)
FIRST_LINE_CHARS = 160


@dataclass(frozen=True)
class Publishers:
    sites: dict[str, tuple[str, str | None]]
    government_labels: frozenset[str]
    government_tlds: frozenset[str]
    names: tuple[re.Pattern[str], ...]

    def site(self, host: str) -> tuple[str, str | None] | None:
        """The publisher of a host (a subdomain of a listed site is that site)."""
        host = host.lower().removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self.sites.get(".".join(parts[i:]))
            if found:
                return found
        if parts[-1] in self.government_tlds:
            return host, None
        if len(parts) >= 3 and parts[-2] in self.government_labels and len(parts[-1]) == 2:
            return host, None
        return None

    def name(self, text: str) -> bool:
        return any(p.search(text) for p in self.names)


@lru_cache(maxsize=1)
def publishers() -> Publishers:
    raw = json.loads((DATA / "official_publishers.json").read_text(encoding="utf-8"))
    return Publishers(
        sites={k: (v[0], v[1]) for k, v in raw["sites"].items()},
        government_labels=frozenset(raw["government_labels"]),
        government_tlds=frozenset(raw["government_tlds"]),
        names=tuple(re.compile(p, re.IGNORECASE) for p in raw["name_patterns"]),
    )


@dataclass(frozen=True)
class Labels:
    official: tuple[str, ...]
    analysis: tuple[str, ...]
    signoff: re.Pattern[str]
    dateline: re.Pattern[str]
    first_person: frozenset[str]
    reader_address: frozenset[str]
    formulae: tuple[str, ...]
    attribution: tuple[str, ...]


@lru_cache(maxsize=1)
def labels() -> Labels:
    raw = json.loads((DATA / "source_labels.json").read_text(encoding="utf-8"))
    return Labels(
        official=tuple(raw["official"]),
        analysis=tuple(raw["analysis"]),
        signoff=re.compile(raw["signoff"], re.IGNORECASE | re.MULTILINE),
        dateline=re.compile(raw["dateline"], re.MULTILINE),
        first_person=frozenset(raw["first_person"]),
        reader_address=frozenset(raw["reader_address"]),
        formulae=tuple(raw["readout_formulae"]),
        attribution=tuple(raw["attribution_cues"]),
    )


def _label_in(text: str, words: tuple[str, ...]) -> str | None:
    """A label that opens the line ("Readout: ...", "Opinion | ...") or closes it after a separator ("... | Analysis").

    A label word inside a headline ("White House readout omits ...") is what the
    document is about, not what it is.
    """
    lowered = " ".join(text.lower().split())
    for word in words:
        w = re.escape(word)
        if re.match(rf"^\W*{w}(?![\w-])", lowered) or re.search(rf"\s[|–—-]\s*{w}\W*$", lowered):
            return word
    return None


def _host(document: Document) -> str | None:
    for url in (document.url, document.source):
        if url and url.startswith(("http://", "https://")):
            return urlparse(url).hostname
    return None


def decide_role(doc: Doc) -> RoleDecision | None:
    """The source role of the document behind ``doc`` and what showed it."""
    document = document_of(doc)
    if document is None:
        return None
    return (_labelled(doc, document) or _by_dateline(doc) or _by_first_person(doc) or _by_register(doc)
            or RoleDecision(role="news", reason="no official or opinion sign: a report"))


def labelled_role(doc: Doc) -> str | None:
    """The role the document is given before any reading of its prose (``_labelled``): the components before this
    one may ask, since it needs nothing the analysis finds."""
    document = document_of(doc)
    decision = _labelled(doc, document) if document is not None else None
    return decision.role if decision is not None else None


def _labelled(doc: Doc, document: Document) -> RoleDecision | None:
    """The role set by the user, the publisher or the document's own label, in that order."""
    if document.role:
        return RoleDecision(role=document.role, reason="set by the user")
    return _by_publisher(document) or _by_label(doc, document)


def _by_publisher(document: Document) -> RoleDecision | None:
    known = publishers()
    host = _host(document)
    if host and (found := known.site(host)):
        return RoleDecision(role="official", reason=f"published at {host}, an official publisher", publisher=found[0])
    for what, value in (("outlet", document.outlet), ("signed", document.author)):
        if value and known.name(value):
            return RoleDecision(role="official", reason=f"{what} {value!r}: an official publisher", publisher=value)
    return None


def _first_line(text: str) -> tuple[int, int]:
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    end = len(text) if end < 0 else end
    return stripped, end


def _by_label(doc: Doc, document: Document) -> RoleDecision | None:
    words = labels()
    text = doc_text(doc)
    start, end = _first_line(text)
    places: list[tuple[str, str, Span | None]] = []
    if document.title:
        places.append(("title", document.title, None))
    if end - start < FIRST_LINE_CHARS:  # a heading, not the first paragraph
        places.append(("first line", text[start:end], char_span(doc, start, end)))
    for where, line, span in places:
        for role, vocabulary in (("official", words.official), ("analysis", words.analysis)):
            if label := _label_in(line, vocabulary):
                return RoleDecision(role=role, reason=f"its {where} labels it {label!r}", evidence=span)
    if match := words.signoff.search(text):
        return RoleDecision(role="analysis", reason=f"it closes with {match.group(0)!r}",
                            evidence=char_span(doc, match.start(), match.end()))
    return None


def _by_dateline(doc: Doc) -> RoleDecision | None:
    text = doc_text(doc)
    match = labels().dateline.search(text[:600])
    if match:
        return RoleDecision(role="news", reason="a news dateline", evidence=char_span(doc, match.start(), match.end()))
    return None


def _outside_quotes(doc: Doc) -> list[int]:
    """The indices of the words (no punctuation, no space) outside direct quotes, read from the token table."""
    quoted = sorted((q.span.start, q.span.end) for q in doc._.readout_quotes or () if q.kind == "direct")
    starts = [a for a, _ in quoted]
    reach = list(accumulate((b for _, b in quoted), max))  # the furthest end of the quotes starting at or before each

    def inside(idx: int) -> bool:
        k = bisect_right(starts, idx)
        return k > 0 and reach[k - 1] > idx

    table = token_table(doc)
    return [i for i in range(table.size) if table.is_word[i] and not inside(table.idx[i])]


def _by_first_person(doc: Doc) -> RoleDecision | None:
    """Personal, evaluative prose: first-person words outside quotes, questions to the reader, dense rhetoric."""
    words = labels()
    tokens = _outside_quotes(doc)
    if not tokens:
        return None
    table = token_table(doc)
    personal = [doc[i] for i in tokens if table.lower[i] in words.first_person and table.pos[i] == "PRON"]
    text = doc_text(doc)  # a sentence's text sliced from it: ``Span.text`` builds a Token object per word
    questions = [s for s in sentence_spans(doc)
                 if text[s.start_char : s.end_char].rstrip().endswith("?") and any(w in words.reader_address for w in table.lower[s.start : s.end])]
    per_1000 = 1000 * len(personal) / len(tokens)
    profile = doc._.readout_rhetoric_profile
    markers = sum(profile.per_thousand_words.values()) if profile else 0.0
    if (per_1000 >= FIRST_PERSON_PER_1000 or len(questions) >= READER_QUESTIONS or (personal and markers >= RHETORIC_PER_1000)
            or markers >= RHETORIC_ALONE_PER_1000):
        if personal or questions:
            first = personal[0] if personal else questions[0][0]
            evidence = char_span(doc, first.idx, first.idx + len(first.text))
        else:
            marker = min(doc._.readout_rhetoric or (), key=lambda m: m.span.start, default=None)
            evidence = marker.span if marker is not None else None
        return RoleDecision(role="analysis", reason=(f"first-person evaluative writing: {len(personal)} first-person words outside quotes, "
                                                     f"{len(questions)} question(s) to the reader, {markers:.0f} rhetoric markers per 1,000 words"),
                            evidence=evidence)
    return None


def _by_register(doc: Doc) -> RoleDecision | None:
    words = labels()
    text = doc_text(doc)
    sentences = [text[s.start_char : s.end_char].lower() for s in sentence_spans(doc) if text[s.start_char : s.end_char].strip()]
    if len(sentences) < 2:
        return None
    # a phrase the sentence does not hold as a substring cannot match: the regular expression is tried only where it does
    with_formula = sum(1 for s in sentences if any(f in s and re.search(rf"\b{re.escape(f)}\b", s) for f in words.formulae))
    if with_formula / len(sentences) < FORMULA_SHARE:
        return None
    attributions = sum(1 for s in sentences for a in words.attribution if a in s and re.search(rf"\b{re.escape(a)}\b", s))
    if attributions <= MAX_ATTRIBUTIONS:
        return RoleDecision(role="official", reason=(f"the register of a readout: {with_formula} of {len(sentences)} sentences in "
                                                     "diplomatic formulae, nobody else's words reported"))
    return None


class SourceRoles:
    def __call__(self, doc: Doc) -> Doc:
        doc._.readout_role = decide_role(doc)
        return doc


@Language.factory(
    "readout_source_role",
    requires=["doc._.readout_quotes", "doc._.readout_rhetoric", "doc._.readout_rhetoric_profile"],
    assigns=["doc._.readout_role"],
)
def make_readout_source_role(nlp: Language, name: str) -> SourceRoles:
    return SourceRoles()
