"""The quote extractor's errors on the PolNeAR fit part (dev), listed by kind for whoever writes rules.

Kinds: "missed" (a gold attribution no prediction overlaps), "false alarm" (a
prediction overlapping no gold), "inexact" (paired, other letters: where the
content starts and ends against the gold's), "speaker" (paired, the predicted
speaker does not overlap the gold source). The check part's errors are not read
while writing rules, so this reads the dev split only:
``python -m readout.eval.polnear_errors [--kind missed] [--limit N]``.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from readout.errors import AnalyzeError
from readout.eval import polnear
from readout.model import Document, Quote

KINDS = ("missed", "false alarm", "inexact", "speaker")


@dataclass(frozen=True)
class AttributionError:
    article: str
    kind: str  # one of KINDS
    cue: str  # the gold cue's text ("" for a false alarm)
    gold: str  # the gold content's fragments joined by " | " ("" for a false alarm)
    predicted: str  # the predicted content's fragments ("" when missed)
    detail: str  # inexact: "start late, end early"; speaker: "gold source -> predicted speaker"


def _fragments(text: str, fragments) -> str:
    return " | ".join(" ".join(text[a:b].split()) for a, b in fragments)


def _boundaries(gold: frozenset[int], predicted: frozenset[int]) -> str:
    start = "start late" if min(predicted) > min(gold) else "start early" if min(predicted) < min(gold) else "start right"
    end = "end early" if max(predicted) < max(gold) else "end late" if max(predicted) > max(gold) else "end right"
    return f"{start}, {end}"


def errors_of(article: polnear.Article, quotes: tuple[Quote, ...]) -> list[AttributionError]:
    """One article's errors, paired as the benchmark pairs them (one to one, largest overlap first)."""
    text = article.text
    matching = polnear.match(article, quotes)
    errors = []
    for gi, (letters, _, gold) in enumerate(matching.gold):
        gold_text = _fragments(text, gold.content)
        if gi not in matching.pairs:
            errors.append(AttributionError(article.name, "missed", gold.cue_text, gold_text, "", ""))
            continue
        p_letters, speaker, fragments = matching.predicted[matching.pairs[gi]]
        if letters != p_letters:
            errors.append(AttributionError(article.name, "inexact", gold.cue_text, gold_text, _fragments(text, fragments), _boundaries(letters, p_letters)))
        if gold.source and not polnear.speaker_right(matching, gi):
            said = text[speaker[0] : speaker[1]] if speaker else "(none)"
            errors.append(AttributionError(article.name, "speaker", gold.cue_text, gold_text, _fragments(text, fragments),
                                           f"{_fragments(text, gold.source)} -> {said}"))
    paired = set(matching.pairs.values())
    for pi, (_, _, fragments) in enumerate(matching.predicted):
        if pi not in paired:
            errors.append(AttributionError(article.name, "false alarm", "", "", _fragments(text, fragments), ""))
    return errors


def run(path: Path | None = None, limit: int | None = None, nlp=None) -> list[AttributionError]:
    """The errors on the dev split (``path``: a folder in PolNeAR's layout; ``limit``: its first N articles)."""
    from readout.analyze.analyzer import analyze_many
    from readout.analyze.nlp import load_pipeline

    articles = polnear.load_articles(path)
    articles = articles[:limit] if limit else articles
    nlp = nlp or load_pipeline(disable=polnear.QUOTE_COMPONENTS_ONLY)
    documents = [Document(id=hashlib.sha256(a.text.encode()).hexdigest()[:16], source=a.name, text=a.text) for a in articles]
    errors: list[AttributionError] = []
    for article, analysis in zip(articles, analyze_many(documents, nlp)):
        if isinstance(analysis, AnalyzeError):
            raise analysis
        errors += errors_of(article, analysis.quotes)
    return errors


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="List the quote extractor's errors on PolNeAR dev (the fit part).")
    parser.add_argument("--kind", choices=KINDS, action="append", help="only these kinds (repeatable)")
    parser.add_argument("--limit", type=int, help="the first N dev articles only")
    args = parser.parse_args(argv)
    errors = [e for e in run(limit=args.limit) if not args.kind or e.kind in args.kind]
    print(", ".join(f"{kind}: {n}" for kind, n in Counter(e.kind for e in errors).most_common()))
    for e in errors:
        print(f"[{e.article}] {e.kind}{' (' + e.detail + ')' if e.detail else ''} cue={e.cue!r}\n  gold: {e.gold}\n  predicted: {e.predicted}")


if __name__ == "__main__":
    main()
