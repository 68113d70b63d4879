"""Gold files: hand-made readings of documents, one JSON file per set (format in docs/gold-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout.errors import GoldFormatError


@dataclass(frozen=True)
class GoldFile:
    path: Path
    raw: dict[str, Any]

    @property
    def document_names(self) -> list[str]:
        return list(self.raw.get("documents", {}))

    def document_path(self, name: str) -> Path:
        return self.path.parent / name

    def section(self, name: str) -> list[dict[str, Any]]:
        value = self.raw.get(name) or []
        if not isinstance(value, list):
            raise GoldFormatError(f"section {name!r} must be a list", source=str(self.path))
        return value

    def has(self, name: str) -> bool:
        return name in self.raw


def load_gold(path: str | Path) -> GoldFile:
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"cannot read gold file: {exc}", source=str(path)) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), dict):
        raise GoldFormatError("a gold file is a JSON object with a 'documents' object", source=str(path))
    for name in raw["documents"]:
        if not (path.parent / name).is_file():
            raise GoldFormatError(f"document {name!r} not found beside the gold file", source=str(path))
    return GoldFile(path=path, raw=raw)
