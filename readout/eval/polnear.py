"""PolNeAR (political news attribution relations): content-span F1 and speaker accuracy.

Gold: brat standoff ``.ann`` files with Source, Cue and Content spans joined by
an ``Attribution`` relation. Our quotes sharing one cue form one predicted
attribution (PolNeAR joins the parts of an interrupted quote under one cue).
Spans are compared on their letters and digits, so quote marks, edge
punctuation and whitespace do not decide a match:
- exact: the predicted content covers exactly the gold content's characters;
- overlapping: they share at least one character (one-to-one, largest overlap first);
- speaker accuracy: among overlapping pairs whose gold has a source, the
  predicted speaker span overlaps the gold source span.
"""

from __future__ import annotations

import re

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from readout.errors import AnalyzeError, GoldFormatError
from readout.eval.metrics import BenchmarkReport, Score
from readout.eval.public import shared_eval_dir
from readout.model import Document, Quote

PUBLISHED = {"BBC Citron F1 exact (PARC 3.0)": 0.567, "BBC Citron F1 overlapping (PARC 3.0)": 0.832}
QUOTE_COMPONENTS_ONLY = ("readout_times", "readout_quantities", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events",
                         "readout_measured_phrases")


@dataclass(frozen=True)
class Attribution:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...] = ()
    cue_text: str = ""
    cue: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    attributions: tuple[Attribution, ...]


def default_path() -> Path:
    return shared_eval_dir() / "polnear" / "dev"


def read_ann(path: Path) -> tuple[Attribution, ...]:
    """Attributions of one brat standoff file (discontinuous spans as several fragments)."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    relations: list[dict[str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        if not line.strip() or not re.match(r"^[TEAR#]\d*\t", line):
            continue  # the rest of a span text that runs over a line break
        try:
            if fields[0].startswith("T"):
                kind, _, offsets = fields[1].partition(" ")
                fragments = tuple((int(a), int(b)) for a, b in (part.split() for part in offsets.split(";")))
                spans[fields[0]] = (kind, fragments, fields[2] if len(fields) > 2 else "")
            elif fields[0].startswith("E"):
                relations.append(dict(arg.split(":", 1) for arg in fields[1].split()))
        except (IndexError, ValueError) as exc:
            raise GoldFormatError(f"line {number} is not brat standoff: {line!r}", source=str(path)) from exc
    attributions = []
    for relation in relations:
        if "Content" not in relation or relation["Content"] not in spans:
            continue
        source = spans[relation["Source"]][1] if relation.get("Source") in spans else ()
        cue = spans[relation["Cue"]] if relation.get("Cue") in spans else ("", (), "")
        attributions.append(Attribution(content=spans[relation["Content"]][1], source=source, cue_text=cue[2], cue=cue[1]))
    return tuple(attributions)


def load_articles(path: Path | None = None, names: set[str] | None = None) -> list[Article]:
    """One annotation per article: the first annotator's file when several annotated it (``names``: only those)."""
    root = Path(path) if path else default_path()
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise GoldFormatError("expected text/ and attributions/ folders (PolNeAR layout)", source=str(root))
    articles = []
    for text_path in sorted(text_dir.glob("*.txt")):
        if names is not None and text_path.stem not in names:
            continue
        anns = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        articles.append(Article(text_path.stem, text_path.read_text(encoding="utf-8"), read_ann(anns[0])))
    return articles


def _letters(text: str, fragments) -> frozenset[int]:
    return frozenset(i for start, end in fragments for i in range(start, end) if text[i].isalnum())


def predicted_attributions(quotes: tuple[Quote, ...]) -> list[tuple[tuple[tuple[int, int], ...], tuple[int, int] | None]]:
    """Quotes grouped by cue: (content fragments, speaker span)."""
    groups: dict[object, list[Quote]] = defaultdict(list)
    for n, quote in enumerate(quotes):
        key = (quote.cue_span.start, quote.cue_span.end) if quote.cue_span else ("alone", n)
        groups[key].append(quote)
    result = []
    for members in groups.values():
        speaker = next((q.speaker_span for q in members if q.speaker_span), None)
        result.append((tuple((q.span.start, q.span.end) for q in members), (speaker.start, speaker.end) if speaker else None))
    return result


@dataclass
class _Tally:
    exact: Score
    overlap: Score
    speaker_right: int = 0
    speaker_total: int = 0


@dataclass(frozen=True)
class Matching:
    """Gold and predicted attributions of one article (as letter sets) and the one-to-one pairs, largest overlap first."""

    gold: list[tuple[frozenset[int], frozenset[int], Attribution]]  # content letters, source characters, the gold
    predicted: list[tuple[frozenset[int], tuple[int, int] | None, tuple[tuple[int, int], ...]]]  # letters, speaker, fragments
    pairs: dict[int, int]  # gold index -> predicted index


def match(article: Article, quotes: tuple[Quote, ...]) -> Matching:
    text = article.text
    gold = [(_letters(text, a.content), _letters(text, a.source) | frozenset(i for s, e in a.source for i in range(s, e)), a) for a in article.attributions]
    gold = [g for g in gold if g[0]]
    preds = [(_letters(text, fragments), speaker, fragments) for fragments, speaker in predicted_attributions(quotes)]
    preds = [p for p in preds if p[0]]
    ranked = sorted(((len(g[0] & p[0]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(preds) if g[0] & p[0]), reverse=True)
    pairs: dict[int, int] = {}
    used_p: set[int] = set()
    for _, gi, pi in ranked:
        if gi in pairs or pi in used_p:
            continue
        pairs[gi] = pi
        used_p.add(pi)
    return Matching(gold, preds, pairs)


def speaker_right(matching: Matching, gi: int) -> bool:
    """The predicted speaker span overlaps the gold source (only asked of a pair whose gold has a source)."""
    speaker = matching.predicted[matching.pairs[gi]][1]
    return speaker is not None and any(i in matching.gold[gi][1] for i in range(*speaker))


def score_article(article: Article, quotes: tuple[Quote, ...], tally: _Tally, by_cue: Counter, found_by_cue: Counter) -> None:
    matching = match(article, quotes)
    gold, preds = matching.gold, matching.predicted
    used_g, used_p = set(matching.pairs), set(matching.pairs.values())
    for gi, pi in matching.pairs.items():
        g_letters, _, attribution = gold[gi]
        p_letters = preds[pi][0]
        if g_letters == p_letters:
            tally.exact.tp += 1
        if attribution.source:
            tally.speaker_total += 1
            tally.speaker_right += speaker_right(matching, gi)
    tally.overlap.tp += len(used_g)
    tally.overlap.fn += len(gold) - len(used_g)
    tally.overlap.fp += len(preds) - len(used_p)
    exact_found = sum(1 for g in gold if any(g[0] == p[0] for p in preds))
    tally.exact.fn += len(gold) - exact_found
    tally.exact.fp += len(preds) - exact_found
    for gi, (_, _, attribution) in enumerate(gold):
        cue = " ".join(attribution.cue_text.lower().split()) or "(none)"
        by_cue[cue] += 1
        found_by_cue[cue] += gi in used_g


def run(path: Path | None = None, nlp=None, limit: int | None = None, names: set[str] | None = None,
        name: str = "polnear") -> BenchmarkReport:
    """Analyze the PolNeAR articles and score their attributions; ``limit`` keeps the first N articles, ``names`` only those."""
    from readout.analyze.analyzer import analyze_many
    from readout.analyze.nlp import load_pipeline

    articles = load_articles(path, names)
    articles = articles[:limit] if limit else articles
    nlp = nlp or load_pipeline(disable=QUOTE_COMPONENTS_ONLY)
    documents = [Document(id=hashlib.sha256(a.text.encode()).hexdigest()[:16], source=a.name, text=a.text) for a in articles]
    tally = _Tally(Score(), Score())
    by_cue, found_by_cue = Counter(), Counter()
    for article, analysis in zip(articles, analyze_many(documents, nlp)):
        if isinstance(analysis, AnalyzeError):
            raise analysis
        score_article(article, analysis.quotes, tally, by_cue, found_by_cue)
    metrics = {
        "content_f1_exact": round(tally.exact.f1, 4),
        "content_precision_exact": round(tally.exact.precision, 4),
        "content_recall_exact": round(tally.exact.recall, 4),
        "content_f1_overlap": round(tally.overlap.f1, 4),
        "content_precision_overlap": round(tally.overlap.precision, 4),
        "content_recall_overlap": round(tally.overlap.recall, 4),
        "speaker_accuracy": round(tally.speaker_right / tally.speaker_total, 4) if tally.speaker_total else 0.0,
        "articles": len(articles),
        "gold_attributions": tally.overlap.tp + tally.overlap.fn,
    }
    weakest = sorted((c for c in by_cue if by_cue[c] >= 6), key=lambda c: found_by_cue[c] / by_cue[c])[:8]
    return BenchmarkReport(
        name=name,
        data=str(Path(path) if path else default_path()),
        metrics=metrics,
        published=PUBLISHED,
        notes=["one annotator's file per article; spans compared on letters and digits; quotes sharing a cue form one attribution"],
        weakest=[f"cue '{c}': recall {found_by_cue[c] / by_cue[c]:.2f} of {by_cue[c]}" for c in weakest],
    )
