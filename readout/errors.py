"""One exception hierarchy. The CLI turns each into one line: the input, the reason, the fix."""

from __future__ import annotations


def printable(text: str, limit: int = 500) -> str:
    """Text safe to print on a terminal: control characters, lone surrogates (undecodable file
    names) and replacement characters shown as escapes, and at most ``limit`` characters."""
    text = str(text)
    out = []
    for ch in text[:limit]:
        if ch.isprintable() or ch == " ":
            out.append(ch if ch != "\ufffd" else "\\ufffd")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
    return "".join(out) + ("..." if len(text) > limit else "")


class ReadoutError(Exception):
    """Base of every error readout raises on purpose."""

    reason: str = "error"
    hint: str = ""

    def __init__(self, message: str, *, source: str | None = None, reason: str | None = None, hint: str | None = None):
        message = printable(message)
        super().__init__(message)
        self.message = message
        self.source = printable(source) if source is not None else None
        if reason is not None:
            self.reason = reason
        if hint is not None:
            self.hint = hint

    def line(self) -> str:
        """The one line shown to a user."""
        where = f"{self.source}: " if self.source else ""
        fix = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.reason}: {self.message}{fix}"


class UsageError(ReadoutError):
    """The command line or the environment asks for something that cannot be done; the CLI exits 2 before any work."""

    reason = "usage"


class SettingsError(UsageError):
    """A READOUT_<NAME> environment variable holds a value the setting cannot take."""

    reason = "bad_setting"


class IngestError(ReadoutError):
    """An input could not become a Document (empty, binary, undecodable, too large, unreachable...)."""

    reason = "unreadable"


class AnalyzeError(ReadoutError):
    """The analyzer could not process a document."""

    reason = "analysis_failed"


class ModelNotInstalledError(ReadoutError):
    """The configured spaCy pipeline is not installed."""

    reason = "model_missing"
    hint = "run ./install to install the pinned spaCy model"


class StoreError(ReadoutError):
    """The database could not be read or written."""

    reason = "store"


class GoldFormatError(ReadoutError):
    """A gold file does not follow the documented format."""

    reason = "bad_gold"


class ExtraMissingError(ReadoutError):
    """A feature was turned on whose optional extra (``readout[semantic]``...) is not installed."""

    reason = "extra_missing"
