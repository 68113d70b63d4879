#!/usr/bin/env bash
# Build a SEPARATE virtual environment for the quantulum3 comparison
# (benchmarks/compare_quantulum.py). quantulum3 is a comparison tool only: it is
# never a dependency of readout. Its shipped unit-disambiguation classifier is a
# scikit-learn model pickled with scikit-learn 1.5.0: it does not load with
# scikit-learn 1.9, and with other versions parse() silently returns nothing, so
# this environment pins exactly scikit-learn 1.5.0 (and a numpy 1.x it was built for).
#
# Usage: benchmarks/quantulum_venv.sh [VENV_DIR]   (default /tmp/readout-quantulum-venv)
set -euo pipefail
VENV="${1:-/tmp/readout-quantulum-venv}"
PYTHON="${PYTHON:-python3.11}"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet \
    "quantulum3[classifier]==0.9.2" \
    "scikit-learn==1.5.0" \
    "numpy==1.26.4" \
    "scipy==1.11.4" \
    "joblib==1.3.2"
"$VENV/bin/python" -c "from quantulum3 import parser; print(parser.parse('Exports rose 20% to US\$200 billion'))"
echo "quantulum3 environment ready: $VENV"
