"""Pronouns on PolNeAR news: who "he" or "she" is, scored on a hand gold with a fit part and a check part.

PolNeAR marks an attribution's source, often a pronoun ("..., he said"), but not
whom the pronoun stands for. So 40 pronoun sources of PolNeAR dev (the quotes fit
part) and 40 of the quotes check part were drawn with the fixed seed and the person
meant was written down by hand (``data/pronouns_polnear.json``: article names,
offsets and names only; the texts stay in ``../shared/eval/polnear``). The one
pronoun policy of ``analyze/coreference.py`` is asked about each pronoun directly,
so the figure measures the resolver, not whether the quotes reader found the quote.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from readout.eval import polnear, polnear_check
from readout.eval.metrics import BenchmarkReport
from readout.eval.splits import SEED

GOLD = Path(__file__).parent / "data" / "pronouns_polnear.json"
DRAWN = 40  # pronouns per part: few enough to be read by hand around each one
PRONOUNS = ("he", "she")


def _root(part: str, path: Path | None) -> Path:
    if path is not None:
        return Path(path)
    return polnear.default_path() if part == "fit" else polnear_check.default_path()


def pronoun_sources(articles: list[polnear.Article]) -> list[tuple[str, int, int]]:
    """(article, start, end) of every gold source that is a lone "he" or "she", sorted."""
    found = set()
    for article in articles:
        for attribution in article.attributions:
            if len(attribution.source) == 1:
                start, end = attribution.source[0]
                if article.text[start:end].lower() in PRONOUNS:
                    found.add((article.name, start, end))
    return sorted(found)


def draw(fit_root: Path | None = None, check_root: Path | None = None) -> dict[str, list[tuple[str, int, int]]]:
    """The seeded draw the gold annotates: DRAWN pronoun sources of the fit part, then DRAWN of the check part."""
    rng = random.Random(SEED)
    fit = pronoun_sources(polnear.load_articles(_root("fit", fit_root)))
    check = pronoun_sources(polnear.load_articles(_root("check", check_root), polnear_check.check_names(check_root)))
    return {"fit": sorted(rng.sample(fit, DRAWN)), "check": sorted(rng.sample(check, DRAWN))}


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.lower())


def same_person(gold: str | None, resolved: str | None) -> bool:
    """The gold's surname is among the resolved name's words (both None: rightly no one); linking the name to the right
    entity (a "Mrs. X" to the X she is, not her husband) is the actors component's part, not scored here."""
    if gold is None or resolved is None:
        return gold is resolved
    return _words(gold)[-1] in _words(resolved)


def resolve_part(part: str, path: Path | None = None, nlp=None) -> list[tuple[dict, str | None, str]]:
    """Each gold item of ``part`` with the name the resolver gives (None: no one) and the rule that chose it."""
    from readout.analyze.coreference import PersonResolver
    from readout.analyze.nlp import load_pipeline

    items = json.loads(GOLD.read_text(encoding="utf-8"))[part]
    articles = polnear.load_articles(_root(part, path), {item["doc"] for item in items})
    nlp = nlp or load_pipeline(disable=polnear.QUOTE_COMPONENTS_ONLY)
    results = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        resolver = PersonResolver(doc)
        names = {e.id: e.name for e in doc._.readout_entities or ()}
        for item in (i for i in items if i["doc"] == article.name):
            span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
            found = resolver.resolve(span) if span is not None else None
            if found is None:
                results.append((item, None, "none"))
                continue
            name = names.get(found.entity_id) if found.entity_id else None
            results.append((item, name or found.name or article.text[found.start_char : found.end_char], found.how))
    return results


def report(part: str, path: Path | None = None, nlp=None) -> BenchmarkReport:
    results = resolve_part(part, path, nlp)
    right = [same_person(item["antecedent"], name) for item, name, _ in results]
    metrics = {
        "pronouns": len(results),
        "right": sum(right),
        "accuracy": round(sum(right) / len(results), 4) if results else 0.0,
        "resolved_to_no_one": sum(name is None for _, name, _ in results),
    }
    notes = [f"{part} part of the hand gold {GOLD.name}: the person a 'he'/'she' source stands for; names compared on the gold's surname"]
    weakest = []
    if part == "fit":  # the check part's errors are not read
        weakest = [f"{item['doc']}@{item['start']} {item['pronoun']}: gold {item['antecedent']}, got {name} ({how})"
                   for (item, name, how), ok in zip(results, right) if not ok]
    return BenchmarkReport(name=f"pronouns-polnear-{part}", data=str(_root(part, path)), metrics=metrics, notes=notes, weakest=weakest)


def run(path: Path | None = None, nlp=None) -> BenchmarkReport:
    return report("fit", path, nlp)


def run_check(path: Path | None = None, nlp=None) -> BenchmarkReport:
    return report("check", path, nlp)
