"""Imports point one way: a stage never imports a later one (STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "readout"
ORDER = ["ingest", "analyze", "link", "store", "present"]
# what each part may import of readout, besides model, errors and settings
ALLOWED = {
    "model": set(),
    "errors": set(),
    "settings": set(),
    "ingest": {"ingest"},
    "analyze": {"analyze"},
    "link": {"link"},
    "store": {"store"},
    "present": {"present"},  # the link stage's results reach present only as model objects
    "cli": {"pipeline", "eval", "web"},  # the command line calls the pipeline façade (and the evaluation harness, and serves the web app)
    "web": {"web", "pipeline"},  # the web app reads and writes through the pipeline façade, never the stages' internals
    # the batch job analyzes through the pipeline façade (never the analyzer itself) and stores through the store it
    # is handed; it reads inputs, links, and writes event codes in the documented export columns
    "batch": {"batch", "pipeline", "ingest", "link", "present"},
}
BASE = {"model", "errors", "settings", "__init__"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("readout"):
            parts = node.module.split(".")
            found.add(parts[1] if len(parts) > 1 else "__init__")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("readout."):
                    found.add(alias.name.split(".")[1])
    return found


def test_stages_import_only_themselves_and_the_model():
    bad = []
    for part, allowed in ALLOWED.items():
        files = [PACKAGE / f"{part}.py"] if (PACKAGE / f"{part}.py").exists() else sorted((PACKAGE / part).rglob("*.py"))
        for path in files:
            for imported in _imports(path) - BASE - allowed:
                bad.append(f"{path.relative_to(PACKAGE)} imports readout.{imported}")
    assert bad == []


def test_the_batch_job_uses_only_public_names_of_other_parts():
    """A private name (``_x``) of another part is an internal that may change; the batch job stays off them."""
    bad = []
    for path in sorted((PACKAGE / "batch").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("readout.") and not node.module.startswith("readout.batch"):
                bad += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                bad.append(f"{path.name}: .{node.attr}")
    assert bad == []


def test_spacy_components_declare_what_they_read_and_set(nlp):
    """Every attribute a readout component requires is assigned by a component before it (spaCy's own check)."""
    analysis = nlp.analyze_pipes(pretty=False)
    assert {name: problems for name, problems in analysis["problems"].items() if problems} == {}
    readout_components = [name for name in nlp.pipe_names if name.startswith("readout_")]
    declared = {name: analysis["summary"][name] for name in readout_components}
    assert all(d["assigns"] for name, d in declared.items() if name != "readout_paragraph_breaks"), declared
