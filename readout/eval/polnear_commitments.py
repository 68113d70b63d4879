"""Commitments on PolNeAR news: a small fit part and check part, annotated by hand before scoring.

No public data set marks promises and deadlines, so a few PolNeAR *train*
articles (outside the quotes check part) that carry commitment cues were drawn
with the fixed seed and split by article into a fit part and a check part. The
gold (``data/commitments_polnear.json``) holds only article names and the
annotator's own paraphrases (who committed, to what, due when): the article
texts stay in ``../shared/eval/polnear``. Both parts were annotated before the
extractor was run on them; rules are written from the fit part's errors only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from pathlib import Path

from readout.eval import polnear_check
from readout.eval.gold import GoldFile
from readout.eval.metrics import BenchmarkReport
from readout.eval.splits import SEED, split_by_seed
from readout.model import Document

GOLD = Path(__file__).parent / "data" / "commitments_polnear.json"
CUES = re.compile(
    r"\b(?:will|pledged?|promised?|vowed?|vows|agreed to|plans? to|by (?:the end of )?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|next|\d{4}))\b"
)
MIN_CUES = 4  # an article with fewer cues has too few commitments to be worth annotating
MAX_CHARS = 3500  # short articles, so both parts could be read in full by one annotator
ARTICLES = 16  # the first draw (2026-12-03); half of them form the check part
SECOND_CHECK_SHARE = 2 / 3  # the second draw (2026-12-04) goes mostly to the check part, which held only 8 gold items
THIRD_MAX_CHARS = 5000  # the third draw (2026-12-05): the short articles were all drawn, so the next size up
THIRD_ARTICLES = 4  # all to the fit part, which was small (14 articles); as many as one reader could annotate in a pass


def text_root(path: Path | None = None) -> Path:
    return polnear_check.default_path() if path is None else Path(path)


def eligible_articles(path: Path | None = None, min_chars: int = 0, max_chars: int = MAX_CHARS) -> list[str]:
    """Train articles outside the quotes check part with enough cues, of a length one reader can read (sorted)."""
    root = text_root(path)
    excluded = polnear_check.check_names(root)
    eligible = []
    for file in sorted((root / "text").glob("*.txt")):
        if file.stem in excluded:
            continue
        text = file.read_text(encoding="utf-8")
        if min_chars < len(text) <= max_chars and len(CUES.findall(text)) >= MIN_CUES:
            eligible.append(file.stem)
    return eligible


def draw_order(path: Path | None = None) -> list[str]:
    """Every eligible article in the seeded draw's order: ``random.sample`` of all of them with the fixed seed.

    Its first ``ARTICLES`` are the first draw (the same sample as drawing ``ARTICLES`` alone); the rest, the
    second draw, extend it without touching the first.
    """
    eligible = eligible_articles(path)
    return random.Random(SEED).sample(eligible, len(eligible))


def chosen_articles(path: Path | None = None) -> list[str]:
    """The first draw's article names (sorted)."""
    return sorted(draw_order(path)[:ARTICLES])


def second_draw(path: Path | None = None) -> list[str]:
    """The second draw's article names (sorted): every eligible article the first draw left."""
    return sorted(draw_order(path)[ARTICLES:])


def third_draw(path: Path | None = None) -> list[str]:
    """The third draw's article names (sorted): ``THIRD_ARTICLES`` drawn with the fixed seed from the articles the
    first two could not hold, longer than ``MAX_CHARS`` and at most ``THIRD_MAX_CHARS`` (same cues, same exclusions).
    """
    eligible = eligible_articles(path, min_chars=MAX_CHARS, max_chars=THIRD_MAX_CHARS)
    return sorted(random.Random(SEED).sample(eligible, THIRD_ARTICLES))


def parts(path: Path | None = None) -> tuple[list[str], list[str]]:
    """(fit, check) article names: the first two draws split by article with the fixed seed, the third all fit (sorted)."""
    first = chosen_articles(path)
    fit, check = split_by_seed(first, len(first) // 2)
    second = second_draw(path)
    fit2, check2 = split_by_seed(second, round(len(second) * SECOND_CHECK_SHARE))
    return sorted(fit + fit2 + third_draw(path)), sorted(check + check2)


def documents(names: list[str], path: Path | None = None) -> dict[str, Document]:
    """The named articles as documents, dated by the publication date their names carry (relative dates need it)."""
    root = text_root(path)
    found = {}
    for name in names:
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(name.split("_")[1])
        found[name] = Document(id=hashlib.sha256(text.encode()).hexdigest()[:16], source=name, text=text, published=published)
    return found


def score_part(part: str, path: Path | None = None, nlp=None):
    """The commitments section report of one part ("fit" or "check") against the hand gold."""
    from readout.analyze.analyzer import analyze_many
    from readout.errors import AnalyzeError
    from readout.eval import score_commitments
    from readout.eval.runner import EvalCorpus

    gold = GoldFile(path=GOLD, raw=json.loads(GOLD.read_text(encoding="utf-8"))[part])
    docs = documents(gold.document_names, path)
    analyses = {}
    for name, result in zip(docs, analyze_many(docs.values(), nlp)):
        if isinstance(result, AnalyzeError):
            raise result
        analyses[name] = result
    return score_commitments.score(gold, EvalCorpus(documents=docs, analyses=analyses))


def report(part: str, path: Path | None = None, nlp=None) -> BenchmarkReport:
    section = score_part(part, path, nlp)
    s = section.score
    metrics = {
        "found": s.tp,
        "gold_items": s.tp + s.fn,
        "recall": round(s.recall, 4),
        "precision": round(s.precision, 4),
        "actor_accuracy": round(section.extra["actor_accuracy"], 4),
        "due_accuracy": round(section.extra["due_accuracy"], 4),
        "unlisted": s.fp,
    }
    notes = [f"{part} part of the hand gold {GOLD.name}; accuracies are shares of all gold items; precision is a lower bound"]
    weakest = section.misses + section.false_alarms if part == "fit" else []  # the check part's errors are not read
    return BenchmarkReport(name=f"commitments-polnear-{part}", data=str(text_root(path)), metrics=metrics, notes=notes, weakest=weakest)


def run(path: Path | None = None, nlp=None) -> BenchmarkReport:
    return report("fit", path, nlp)


def run_check(path: Path | None = None, nlp=None) -> BenchmarkReport:
    return report("check", path, nlp)


if __name__ == "__main__":
    fit, check = parts()
    print("fit:", *fit, sep="\n  ")
    print("check:", *check, sep="\n  ")
