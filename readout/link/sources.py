"""A document paired with its analysis: the unit the link stage works on."""

from __future__ import annotations

from dataclasses import dataclass

from readout.model import Analysis, Document


@dataclass(frozen=True)
class Source:
    document: Document
    analysis: Analysis

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def independent(self) -> bool:
        """A near copy of another document is not an independent source."""
        return self.document.near_duplicate_of is None
