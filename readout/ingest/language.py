"""Which language a document is written in (ISO 639-1), detected offline with lingua.

The detector is built once per process, lazily, over the languages listed in
``data/languages.json``; it is loaded data, not state, so process pools and
Spark workers each build their own.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder


@lru_cache(maxsize=1)
def _config() -> dict:
    return json.loads(resources.files("readout.ingest").joinpath("data/languages.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    codes = [getattr(IsoCode639_1, code.upper()) for code in _config()["languages"]]
    # Low-accuracy mode loads only trigram models: several times faster to load, and as
    # accurate as the full mode on article-length text (it is weaker only under ~120 characters).
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The detected language; the input's own declaration when the text is too short to tell."""
    declared_code = _iso(declared)
    sample = text[: int(_config()["sample_chars"])]
    if len(sample.strip()) < int(_config()["min_chars"]):
        return declared_code
    language = detector().detect_language_of(sample)
    if language is None:
        return declared_code
    return language.iso_code_639_1.name.lower()


def _iso(declared: str | None) -> str | None:
    """"en-US" / "en_GB" / "EN" -> "en"; anything else that is not two letters -> None."""
    if not declared:
        return None
    code = declared.strip().replace("_", "-").split("-")[0].lower()
    return code if len(code) == 2 and code.isalpha() else None
