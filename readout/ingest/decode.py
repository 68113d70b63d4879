"""Bytes to text: size cap, empty and binary inputs, gzip, charset detection.

Every failure is an ``IngestError`` with a short reason, so a caller can tell an
empty file from a PDF from a text in an unknown encoding.
"""

from __future__ import annotations

import zlib

import charset_normalizer

from readout import settings
from readout.errors import IngestError
from readout.ingest.notes import note

# Leading bytes of formats that are never article text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)
_MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))  # tab, newlines, form feed, escape are text
_MAX_CHAOS = 0.3


def max_bytes() -> int:
    return int(settings.value("max_bytes"))


def too_large(source: str, limit: int, size: int | None = None, what: str = "the input") -> IngestError:
    """The size error: the real size when it is known, else "more than" the cap (reading stopped there)."""
    amount = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return IngestError(
        f"{what} is {amount}, over the size cap of {limit:,} bytes",
        source=source,
        reason="too_large",
        hint="raise READOUT_MAX_BYTES to accept it",
    )


def check_size(size: int, source: str, limit: int | None = None, *, exact: bool = True, what: str = "the input") -> None:
    """Refuse ``size`` over the cap; ``exact=False`` when reading stopped at the cap, so the real size is unknown."""
    limit = max_bytes() if limit is None else limit
    if size > limit:
        raise too_large(source, limit, size if exact else None, what)


def gunzip(data: bytes, source: str, limit: int | None = None) -> bytes:
    """Decompress a whole gzip input in bounded memory, refusing truncated streams and anything over the cap."""
    limit = max_bytes() if limit is None else limit
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise IngestError(f"the gzip data is corrupt ({exc})", source=source, reason="truncated_gzip") from exc
    check_size(len(out), source, limit, exact=False, what="the decompressed input")
    if not decompressor.eof:
        raise IngestError("the gzip stream ends early (truncated download?)", source=source, reason="truncated_gzip")
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes look like, or None when they may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:4096]
    if b"\x00" in head and not _looks_utf16(head):
        return "binary data (NUL bytes)"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > _MAX_CONTROL_SHARE:
        return "binary data (control bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Text from bytes: UTF-8, the declared charset, then a detected one; else ``undecodable``."""
    check_size(len(data), source)
    if not data.strip():
        raise IngestError("the input is empty", source=source, reason="empty")
    kind = binary_kind(data)
    if kind:
        raise IngestError(f"the input is {kind}, not text", source=source, reason="binary")
    for encoding in _candidates(data, declared):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            if encoding == "utf-8" and isinstance(exc, UnicodeDecodeError):
                mostly = _mostly_utf8(data, source, exc.start)
                if mostly is not None:
                    return mostly
            continue
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.chaos <= _MAX_CHAOS:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise IngestError(
        "the bytes are not UTF-8 and no charset fits them",
        source=source,
        reason="undecodable",
        hint="convert the file to UTF-8",
    )


def _mostly_utf8(data: bytes, source: str, first_bad: int) -> str | None:
    """UTF-8 text with its few bad bytes replaced (and a note), when the rest is clearly UTF-8; else None.

    "Clearly" means the file has valid multi-byte UTF-8 characters and they
    outnumber the bad bytes four to one: a file in a legacy code page has
    (almost) no valid multi-byte sequences, so it still goes to charset detection.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad < 1 or multibyte < 4 * bad:
        return None
    plural = "byte that is" if bad == 1 else "bytes that are"
    note(source, "replaced_bytes", f"{bad:,} {plural} not valid UTF-8 replaced with U+FFFD (the first at byte "
         f"{first_bad:,}); the rest of the input is UTF-8")
    return text


def _candidates(data: bytes, declared: str | None) -> list[str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return ["utf-8-sig"]
    if _looks_utf16(data):
        return ["utf-16"]
    names = ["utf-8"]  # first: a valid UTF-8 text is almost never another charset
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        names.append(declared)
    return names
