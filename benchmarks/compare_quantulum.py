"""readout's quantities against quantulum3 on NewsQuant, scored the same way.

quantulum3 is a comparison tool, never a dependency: it runs in its own
environment built by ``benchmarks/quantulum_venv.sh`` (quantulum3 0.9.2 with the
scikit-learn 1.5.0 its shipped classifier was pickled with). This script runs in
the project environment, calls that environment's python with ``--tag`` to get
quantulum3's predictions as JSON, maps its unit names to NewsQuant's, and scores
both systems with ``readout.eval.newsquant.score_predictions``.

Usage:
    benchmarks/quantulum_venv.sh                       # once: builds /tmp/readout-quantulum-venv
    .venv/bin/python benchmarks/compare_quantulum.py   # prints both systems' scores
    (options: --venv DIR, --data FILE, --limit N)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_VENV = Path("/tmp/readout-quantulum-venv")

# quantulum3 unit names that NewsQuant spells differently (everything else is compared as quantulum3 names it).
QUANTULUM_TO_NEWSQUANT = {
    "dimensionless": "-",
    "united states dollar": "dollar",
    "euro": "euro",
    "pound sterling": "pound sterling",
    "japanese yen": "japanese yen",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "degree angle": "degree",
    "tonne": "metric ton",
    "cubic centimetre": "millilitre",
}


def tag(data_path: Path, limit: int | None) -> None:
    """Run inside the quantulum3 environment: print one JSON list of predictions per sentence."""
    from quantulum3 import parser  # noqa: PLC0415 - only importable in the comparison environment

    items = json.loads(data_path.read_text(encoding="utf-8"))[:limit]
    out = []
    for item in items:
        predictions = []
        for quantity in parser.parse(item["text"]):
            unit = quantity.unit.name.lower().strip()
            value = quantity.value
            if getattr(quantity, "uncertainty", None) is not None:
                value = float(value)
            predictions.append([float(value), QUANTULUM_TO_NEWSQUANT.get(unit, unit)])
        out.append(predictions)
    json.dump(out, sys.stdout)


def compare(venv: Path, data_path: Path, limit: int | None) -> None:
    from readout.eval.newsquant import predict, score_predictions  # noqa: PLC0415

    python = venv / "bin" / "python"
    if not python.is_file():
        sys.exit(f"{python} not found: run benchmarks/quantulum_venv.sh first")
    command = [str(python), __file__, "--tag", "--data", str(data_path)] + (["--limit", str(limit)] if limit else [])
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    quantulum_seconds = time.perf_counter() - started
    quantulum = [[(value, unit) for value, unit in sentence] for sentence in json.loads(result.stdout)]
    items = json.loads(data_path.read_text(encoding="utf-8"))[:limit]
    started = time.perf_counter()
    ours = predict([item["text"] for item in items])
    readout_seconds = time.perf_counter() - started
    print(f"NewsQuant dev ({len(items)} sentences, {sum(len(i['quantities']) for i in items)} quantities)")
    print(f"{'system':<12} {'value P':>8} {'value R':>8} {'value F1':>9} {'v+unit P':>9} {'v+unit R':>9} {'v+unit F1':>10} {'seconds':>8}")
    runs = (("quantulum3", quantulum, quantulum_seconds, True), ("readout", ours, readout_seconds, False))
    for name, predictions, seconds, average_ranges in runs:
        m = score_predictions(items, predictions, str(data_path), average_ranges=average_ranges).metrics
        print(
            f"{name:<12} {m['value_precision']:>8} {m['value_recall']:>8} {m['value_f1']:>9} "
            f"{m['value_unit_precision']:>9} {m['value_unit_recall']:>9} {m['value_unit_f1']:>10} {seconds:>8.1f}"
        )
    print("(quantulum3 reports a range as its midpoint, so gold ranges are averaged for it, as CQE_Evaluation does;")
    print(" readout's time includes loading the spaCy pipeline, quantulum3's includes starting its environment)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tag", action="store_true", help="internal: run quantulum3 (inside its own environment)")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="the quantulum3 environment")
    parser.add_argument("--data", type=Path, default=None, help="NewsQuant JSON (default: ../shared/eval/newsquant-dev.json)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    args = parser.parse_args()
    if args.data is None:
        args.data = Path(__file__).resolve().parents[2] / "shared" / "eval" / "newsquant-dev.json"
    if args.tag:
        tag(args.data, args.limit)
    else:
        compare(args.venv, args.data, args.limit)


if __name__ == "__main__":
    main()
