"""Which language a document is written in (ISO 639-1), detected offline with lingua.

The detector is built once per process, lazily, over the languages listed in
``data/languages.json`` (every language lingua knows, unless the file lists a
subset); it is loaded data, not state, so process pools and Spark workers each
build their own. When a page declares a common language and a quick detector
over the common languages agrees, that is the answer. A page's declared language wins when the detector guesses a
close relative of it (``relatives`` in the same file): on news text the
detector cannot reliably tell Bokmål from Danish, Croatian from Serbian, ...,
while the publisher knows.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder


@lru_cache(maxsize=1)
def _config() -> dict:
    return json.loads(resources.files("readout.ingest").joinpath("data/languages.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    listed = _config()["languages"]
    # Low-accuracy mode loads only trigram models: several times faster to load, and as
    # accurate as the full mode on article-length text (it is weaker only under ~120 characters).
    if listed == "all":
        return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
    codes = [getattr(IsoCode639_1, code.upper()) for code in listed]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


@lru_cache(maxsize=1)
def first_pass_detector() -> LanguageDetector:
    """A detector over the common news languages only: enough to confirm a page's declaration, several times faster."""
    codes = [getattr(IsoCode639_1, code.upper()) for code in _config()["first_pass"]]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


@lru_cache(maxsize=1)
def _relatives() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for group in _config()["relatives"]:
        for code in group:
            groups[code] = groups.get(code, frozenset()) | frozenset(group)
    return groups


def nameable_languages() -> list[str]:
    """Every ISO 639-1 code the detector can return."""
    listed = _config()["languages"]
    if listed == "all":
        return sorted(language.iso_code_639_1.name.lower() for language in Language.all())
    return sorted(listed)


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The detected language; the declared one when the text is too short to tell or the guess is its close relative."""
    declared_code = _iso(declared)
    sample = text[: int(_config()["sample_chars"])]
    if len(sample.strip()) < int(_config()["min_chars"]):
        return declared_code
    if declared_code in _config()["first_pass"]:
        quick = first_pass_detector().detect_language_of(sample)
        if quick is not None and quick.iso_code_639_1.name.lower() == declared_code:
            return declared_code  # the text confirms the declaration; the full detector would too
    language = detector().detect_language_of(sample)
    if language is None:
        return declared_code
    detected = language.iso_code_639_1.name.lower()
    if declared_code and declared_code != detected and detected in _relatives().get(declared_code, frozenset()):
        return declared_code
    return detected


def _iso(declared: str | None) -> str | None:
    """"en-US" / "en_GB" / "EN" -> "en"; "no" (Norwegian) -> "nb"; anything else that is not two letters -> None."""
    if not declared:
        return None
    code = declared.strip().replace("_", "-").split("-")[0].lower()
    if code == "no":
        return "nb"  # the macrolanguage code; lingua and most publishers mean Bokmål by it
    return code if len(code) == 2 and code.isalpha() else None
