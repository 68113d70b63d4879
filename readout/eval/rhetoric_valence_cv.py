"""The rated-word detector's lines chosen by cross-validation over memes: ``python -m readout.eval.rhetoric_valence_cv``.

The rated-word detector (``rhetoric.valence_markers``) marks words VADER rates at
or under two lines: ``name_calling_max`` (every marker) and ``loaded_max`` /
``noun_max`` (loaded language alone). Both were chosen on all the fit memes
(SemEval-2021 Task 6 training set), so its fit precision is in-sample. This
command reads the fit memes only: it marks them once with both lines loosened
to -1.0 and calibration off, then for each of five folds of whole memes (seed
2019; the training's folds, ``meme_folds``: a meme's reposts and template twins
in its fold) chooses the lines on the four other folds and scores the detector's
markers on the fold left out. A setting is chosen as the one whose markers earn
the most same-technique credit beyond ``worth`` per marker (a marker pays when
it is more likely right than ``worth``, by default the calibration's line under
which a kind is not reported). It prints the lines chosen on all fit memes, the
held-out (nested) precision of that choice, and the shipped lines' own figure
on the same folds. The dev memes (the check part) are not read.

Since 2026-12-06 the shipped lines are chosen by ``python -m readout.eval.train_rhetoric``
inside its nested cross-validation, with the calibration's line as the worth and
within bounds read on news (``DETECTOR_GRID``), and written to the calibration
file (``detectors.chosen``); this command reads them from there and still shows
the detector alone over the wider grid.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from readout.analyze.rhetoric_calibration import CALIBRATION_PATH, marker_source
from readout.eval.public import shared_eval_dir
from readout.eval.semeval import FIT_DATA, Labeled, analyzed, span_prf
from readout.eval.splits import SEED
from readout.eval.train_rhetoric import FOLDS, meme_folds, twins

GRID = (-1.0, -1.25, -1.5, -1.75, -2.0, -2.25, -2.5, -2.75, -3.0)
LOOSE = -1.0
LEXICON = Path(__file__).resolve().parent.parent / "analyze" / "data" / "rhetoric_lexicon.json"


@dataclass(frozen=True)
class Rated:
    """One rated-word marker: its meme, technique, rating and same-technique credit."""

    meme: str
    technique: str
    rating: float
    credit: float


Lines = tuple[float, float]  # (name_calling_max, loaded_max)


def kept(rows: list[Rated], lines: Lines) -> list[Rated]:
    """The markers the detector makes under these lines: every one rated at or under the name-calling line, loaded
    language only at or under the loaded line too."""
    calling, loaded = lines
    return [r for r in rows if r.rating <= calling and (r.technique != "Loaded Language" or r.rating <= loaded)]


def precision(rows: list[Rated]) -> tuple[float, int]:
    return (sum(r.credit for r in rows) / len(rows) if rows else 0.0), len(rows)


def choose(rows: list[Rated], worth: float) -> Lines:
    """The lines whose markers earn the most credit beyond ``worth`` each; ties go to the stricter lines."""
    return max(((c, lo) for c in GRID for lo in GRID if lo <= c),
               key=lambda s: (sum(r.credit - worth for r in kept(rows, s)), -s[0], -s[1]))


def nested(rows: list[Rated], memes: list[str], worth: float, shipped: Lines, k: int = FOLDS, groups: dict[str, str] | None = None) -> dict:
    """Per fold: the lines chosen on the other folds and the precision of the markers on the held-out memes, for the
    nested choice and for the shipped lines; pooled over folds (sum of credit over markers). The folds are the
    training's (``meme_folds``): a meme's reposts and template twins (``groups``, from ``twins``) sit in its fold."""
    per_fold = []
    for part in meme_folds(memes, k, SEED, groups or {}):
        held = set(part)
        train = [r for r in rows if r.meme not in held]
        test = [r for r in rows if r.meme in held]
        lines = choose(train, worth)
        per_fold.append({"lines": list(lines), "nested": precision(kept(test, lines)), "shipped": precision(kept(test, shipped))})

    def pooled(key: str) -> tuple[float, int]:
        n = int(sum(f[key][1] for f in per_fold))
        return (sum(f[key][0] * f[key][1] for f in per_fold) / n if n else 0.0), n

    return {"folds": per_fold, "nested": pooled("nested"), "shipped": pooled("shipped")}


def rated(items: list[dict]) -> list[Rated]:
    """The fit memes marked with both lines at ``LOOSE`` and calibration off: the rated-word markers only."""
    from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    lexicon["valence"].update({"loaded_max": LOOSE, "noun_max": LOOSE, "name_calling_max": LOOSE})
    gold: dict[str, list[Labeled]] = defaultdict(list)
    for item in items:
        gold[str(item["id"])] += [(str(item["id"]), lab["start"], lab["end"], lab["technique"]) for lab in item["labels"]]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rhetoric_lexicon.json"  # a copied lexicon reads its WordNet lists from the bundled folder
        path.write_text(json.dumps(lexicon), encoding="utf-8")
        nlp = load_corrected()
        nlp.add_pipe("readout_rhetoric", config={"lexicon": str(path), "calibrate": False})
        labels = nlp.get_pipe("readout_rhetoric").lexicon.labels
        for doc in analyzed(items, nlp):
            meme = doc._.readout_document.id
            for m in doc._.readout_rhetoric or ():
                if marker_source(m.cue) != "valence" or m.cue is None:
                    continue
                technique = labels.get(m.technique, m.technique)
                credit = span_prf([(meme, m.span.start, m.span.end, technique)], gold[meme])[0]
                rows.append(Rated(meme, technique, float(m.cue.split()[1]), credit))
    return rows


def run(data: Path | None = None, limit: int | None = None, worth: float | None = None) -> dict:
    items = json.loads(((data or shared_eval_dir()) / FIT_DATA).read_text(encoding="utf-8"))[:limit]
    spec = json.loads(LEXICON.read_text(encoding="utf-8"))["valence"]
    calibration = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    chosen = {**spec, **calibration.get("detectors", {}).get("chosen", {})}  # the lines train_rhetoric ships, over the lexicon's
    shipped = (chosen["name_calling_max"], chosen["loaded_max"])
    if worth is None:
        worth = calibration["min_confidence"]
    rows = rated(items)
    chosen = choose(rows, worth)
    return {"worth": worth, "markers_loose": len(rows), "shipped_lines": list(shipped), "shipped_in_sample": precision(kept(rows, shipped)),
            "chosen_on_all": list(chosen), "chosen_in_sample": precision(kept(rows, chosen)),
            **nested(rows, [str(i["id"]) for i in items], worth, shipped, groups=twins(items))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared eval folder (default ../shared/eval)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N training memes")
    parser.add_argument("--worth", type=float, default=None, help="credit a marker must beat (default: the calibration's line)")
    args = parser.parse_args(argv)
    json.dump(run(args.data, args.limit, args.worth), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
