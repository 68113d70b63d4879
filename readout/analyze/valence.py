"""Word valence ratings: how negative or positive a word reads, from a rated public lexicon.

The ratings are VADER's (Hutto and Gilbert, "VADER: A Parsimonious Rule-based
Model for Sentiment Analysis of Social Media Text", ICWSM 2014): about 7,500
words and emoticons, each the mean of ten human raters' scores from -4 (most
negative) to +4. The file ships inside the PyPI package ``vaderSentiment``
(MIT licence, pinned in requirements.lock) and is read from the installed
package, never copied into this repository. Only the word and its mean are
used; the rhetoric markers decide what a strongly rated word means
(``valence`` in ``data/rhetoric_lexicon.json``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from readout.errors import AnalyzeError


@lru_cache(maxsize=4)
def load_ratings(package: str, filename: str) -> dict[str, float]:
    """word (lower case) -> mean valence, read from a file installed with ``package``; a clear error when it is missing."""
    try:
        text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise AnalyzeError(
            f"cannot read the valence ratings {filename!r} of the package {package!r}: {exc}",
            source=package,
            hint="run ./install (it installs the pinned vaderSentiment), or set the rhetoric lexicon's valence section to another package",
        ) from exc
    ratings: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].replace("-", "").replace("'", "").isalpha():
            continue  # emoticons and malformed lines
        try:
            ratings[parts[0].lower()] = float(parts[1])
        except ValueError:
            continue
    return ratings
