"""Renderers: the same Brief as Markdown, HTML or JSON. Formatting only; no selection here."""

from __future__ import annotations

from importlib import resources

import jinja2

from readout.model import Brief

FORMATS = ("md", "html", "json")


def render(brief: Brief, fmt: str) -> str:
    if fmt == "md":
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief)
    if fmt == "json":
        return brief.model_dump_json(indent=2)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render_markdown(brief: Brief) -> str:
    out = [f"# {brief.title}", ""]
    if brief.as_of:
        out += [f"_Status as of {brief.as_of}._", ""]
    for section in brief.sections:
        out += [f"## {section.title}", ""]
        if section.columns:
            out += ["| " + " | ".join(section.columns) + " | sources |", "|" + "---|" * (len(section.columns) + 1)]
            for line in section.lines:
                cells = [c.replace("|", "\\|") for c in line.cells]
                out.append("| " + " | ".join(cells) + " | " + " ".join(c.label for c in line.citations) + " |")
        else:
            for line in section.lines:
                labels = " ".join(c.label for c in line.citations)
                out.append(f"- {line.text} {labels}")
        out.append("")
    out += ["## Sources", ""]
    for s in brief.sources:
        meta = ", ".join(x for x in (s.title, s.author, s.outlet, str(s.published) if s.published else None) if x)
        copy = f" (near copy of {s.near_duplicate_of})" if s.near_duplicate_of else ""
        out.append(f"{s.number}. {s.source}" + (f" — {meta}" if meta else "") + f" `{s.doc_id}`{copy}")
    out += ["", "Citations read [source:sentence]; every line names the sentence that supports it."]
    return "\n".join(out) + "\n"


def _environment() -> jinja2.Environment:
    template_dir = resources.files("readout.present") / "templates"
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(brief: Brief) -> str:
    return _environment().get_template("brief.html.j2").render(brief=brief)
