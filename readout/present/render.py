"""Renderers: the same Brief as Markdown, HTML or JSON. Formatting only; no selection here.

Markdown and HTML show the same items in the same order, in the same words
(``formatting``); JSON is the Brief itself (``brief.model_dump_json()``),
valid against ``docs/brief.schema.json``. The HTML page is standalone: the
source texts are inside it, each sentence an element with an id, so every
citation opens its document at the cited sentence (highlighted with CSS
``:target``, no script needed); charts are inline SVG; nothing is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

import jinja2

from readout.model import Brief, Citation, SourceInfo, TextRange
from readout.present import formatting
from readout.present.charts import commitments_timeline_svg, figures_by_source_svg

FORMATS = ("md", "html", "json")


def render(brief: Brief, fmt: str) -> str:
    if fmt == "md":
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief)
    if fmt == "json":
        return render_json(brief)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render_json(brief: Brief) -> str:
    return brief.model_dump_json(indent=2)


# --- Markdown ----------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Document text inside Markdown: one line, and no tag a Markdown viewer would turn into HTML."""
    return " ".join(text.split()).replace("<", "\\<")


def _autolink(url: str) -> str:
    """A URL a Markdown viewer links; one it could not link safely is shown as text."""
    return f"<{url}>" if re.fullmatch(r"https?://[^\s<>]+", url) else _md(url)


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


def _labels(citations: tuple[Citation, ...]) -> str:
    return " ".join(c.label for c in citations)


def _verdict_words(verdict: str, sources: int) -> str:
    if verdict == "corroborated":
        return f"corroborated by {sources} sources"
    if verdict == "single_source":
        return "single source (no second source)"
    return "CONFLICT"


def render_markdown(brief: Brief) -> str:
    out = [f"# {_md(brief.title)}", "", f"_As of {brief.as_of}. Citations read [source:sentence]; the sources are listed at the end._", ""]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend([f"## {title}", "", *lines, ""])

    event = []
    if brief.date:
        event.append(f"- Date: {brief.date.text} {_labels(brief.date.citations)}")
    if brief.location:
        event.append(f"- Location: {_md(brief.location.text)} {_labels(brief.location.citations)}")
    for p in brief.participants:
        event.append(f"- Participant: {_md(p.name)}" + (f" ({_md(p.role)})" if p.role else "")
                     + (f" ({_md(formatting.merged_words(p.merged_from))})" if p.merged_from else "") + f" {_labels(p.citations)}")
    section("Event", event)
    section("Summary", [f"- {_md(s.text)} {_labels(s.citations)}" for s in brief.summary])
    section("Key takeaways", [
        f"{i}. **{_verdict_words(t.verdict, t.independent_sources)}**: {_md(t.text)}"
        + (f": {_md(formatting.format_readings(t.readings))}" if t.readings else "")
        + f" {_labels(t.citations)}"
        for i, t in enumerate(brief.takeaways, 1)
    ])
    if brief.figures:
        rows = ["| figure | as written | value | period | across sources | sources |", "|---|---|---|---|---|---|"]
        for f in brief.figures:
            across = formatting.VERDICT_WORDS[f.verdict]
            if f.verdict == "conflicting":
                across += ": " + formatting.format_readings(f.readings)
            elif f.verdict == "corroborated":
                across += f" ({formatting.source_numbers(formatting.all_source_numbers(f.readings))})"
            rows.append("| " + " | ".join(_cell(x) for x in (f.label, f"“{f.as_written}”", formatting.format_figure_value(f), f.period or "", across)) + f" | {_labels(f.citations)} |")
        section("Figures", rows)
    section("Dates", [f"- “{_md(d.as_written)}”: {_md(d.note)} {_labels(d.citations)}" for d in brief.dates])
    section(f"Commitments as of {brief.as_of}", [
        f"{i}. **{formatting.STATE_WORDS[c.state]}**: {_md(', '.join(c.actors) or 'unnamed actor')}: {_md(c.action)}"
        + (f" {_md(c.object)}" if c.object else "")
        + f" ({c.status_in_text}; {formatting.format_due(c)}; {_md(c.reason)}; {_verdict_words(c.verdict, c.independent_sources)}) {_labels(c.citations)}"
        for i, c in enumerate(brief.commitments, 1)
    ])
    section("Conflicts between sources", [
        f"- {_md(c.label)}: {_md(formatting.format_readings(c.readings))} ({_md(c.reason)}) {_labels(c.citations)}" for c in brief.conflicts
    ])
    section("Inconsistencies within a source", [f"- Source {i.source_number}: {_md(i.reason)} {_labels(i.citations)}" for i in brief.inconsistencies])
    if brief.checks:
        rows = ["| source | stated | computed from the text | holds | sources |", "|---|---|---|---|---|"]
        for c in brief.checks:
            rows.append(f"| {c.source_number} | “{_cell(c.stated)}” ({formatting.format_number(c.stated_value)}) | {_cell(formatting.format_computed(c))} | {'yes' if c.holds else 'NO'} | {_labels(c.citations)} |")
        section("Arithmetic checks", rows)
    out.extend(_against_readout_md(brief))
    messages = []
    for group in brief.messages:
        messages += [f"### {formatting.audience_heading(group.audience)}", ""]
        messages += [f"- {_md(m.message)}" + (f" (sender: {_md(m.sender)})" if m.sender else "") + f" {_labels(m.citations)}" for m in group.messages]
        messages.append("")
    section("Messages read into the event", messages[:-1])
    section("Timing context", [
        f"- {formatting.TIMING_WORDS[t.relation]}: {_md(t.happening)}" + (f" ({t.date})" if t.date else " (no date given)") + f" {_labels(t.citations)}"
        for t in brief.timing
    ])
    quotes = []
    for group in brief.quotes:
        quotes += [f"### {_md(group.speaker)}", ""]
        quotes += [
            f"- “{_md(q.text)}” ({q.kind}; {_verdict_words(q.verdict, q.independent_sources)}) {_labels(q.citations)}" for q in group.quotes
        ]
        quotes.append("")
    section("Quotes by speaker", quotes[:-1])
    rhetoric = []
    for r in brief.rhetoric:
        rhetoric += [f"### Source {r.source_number}", ""]
        if r.profile:
            rhetoric.append(f"- {_profile_text(r.profile)} {_labels(r.citations)}")
        rhetoric += [
            f"- {formatting.technique_name(t.technique)} ×{t.count}: " + "; ".join(f"“{_md(e.span.text)}”" for e in t.examples) + f" {_labels(t.examples)}"
            for t in r.techniques
        ]
        rhetoric.append("")
    section("Rhetoric by source", rhetoric[:-1])
    section("Analyst annotations", _analyst_md(brief))
    section("Sources", [f"{s.number}. {_md(formatting.source_line(s))}" + (f" {_autolink(s.url)}" if s.url else "") for s in brief.sources])
    return "\n".join(out).rstrip("\n") + "\n"


def _analyst_md(brief: Brief) -> list[str]:
    """What analysts said, beside the evidence: verdicts next to the extracted ones, who is left out or merged, tags and notes."""
    layer = brief.analyst
    if layer is None:
        return []
    out = [f"- {_md(formatting.analyst_verdict_line(v))} {_labels(v.citations)}" for v in layer.verdicts]
    if layer.hidden:
        out.append(f"- Left out by an analyst: {_md(', '.join(layer.hidden))}")
    out += [f"- Reported under {_md(target)} by an analyst: {_md(entity)}" for entity, target in layer.merged.items()]
    out += [f"- {_md(formatting.analyst_note_line(a))}" for a in layer.annotations if a.action in ("tag", "note")]
    return out


def _against_readout_md(brief: Brief) -> list[str]:
    """Counts per source, then the additions and contradictions, each cited; the topic × side table of the readouts."""
    section = brief.against_readout
    if section is None:
        return []
    out = ["## Against the readout", "", _md(section.note), ""]
    if section.counts:
        out += ["| source | in the readout | added | contradicts | statements |", "|---|---|---|---|---|"]
        out += [f"| {c.source_number} | {c.in_readout} | {c.added} | {c.contradicts} | {_labels(c.citations)} |" for c in section.counts]
        out.append("")
    for verdict, title in (("contradicts", "Contradicting the readout"), ("added", "Added by the coverage")):
        lines = [
            f"- {f.kind}: “{_md(f.text)}” ({_md(f.reason)}" + (f"; quote {f.quote_check.replace('_', ' ')}" if f.quote_check else "") + f") {_labels(f.citations)}"
            + (f" readout: {_labels(f.readout_citations)}" if f.readout_citations else "")
            for f in section.findings if f.verdict == verdict
        ]
        if lines:
            out += [f"### {title}", "", *lines, ""]
    if section.omitted:
        out += ["### In the readout, not in the coverage", "", *[f"- {_md(o.text)} {_labels(o.citations)}" for o in section.omitted], ""]
    if section.topics:
        out += ["### Where the readouts differ", "", "| topic | " + " | ".join(f"source {n}" for n in section.readouts) + " |",
                "|---|" + "---|" * len(section.readouts)]
        for row in section.topics:
            cells = {c.source_number: c for c in row.cells}
            out.append(f"| {_cell(row.topic)} | " + " | ".join(_topic_cell(cells.get(n)) for n in section.readouts) + " |")
        out.append("")
    if section.beyond:
        out += ["### Beyond what officials are quoted saying", "", *[f"- {_md(b.text)} {_labels(b.citations)}" for b in section.beyond], ""]
    return out


def _topic_cell(cell) -> str:
    if cell is None or not cell.mentioned:
        return "not mentioned"
    return (f"“{_cell(cell.as_written)}” " if cell.as_written else "mentioned ") + _labels(cell.citations)


def _profile_text(profile) -> str:
    total = sum(profile.per_thousand_words.values())
    return (
        f"profile: {total:.1f} markers per 1,000 words over {profile.words:,} words; "
        f"{profile.hedges} hedges vs {profile.certainty_markers} certainty markers; "
        f"{profile.claim_sentence_share:.0%} of sentences are check-worthy claims"
    )


# --- HTML --------------------------------------------------------------------------------------


@dataclass
class Footnotes:
    """Print turns each cited sentence into a numbered footnote; numbered in order of first citation."""

    sources: dict[int, SourceInfo]
    numbers: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[int, Citation]] = field(default_factory=list)

    def number(self, citation: Citation) -> int:
        if citation.label not in self.numbers:
            self.numbers[citation.label] = len(self.numbers) + 1
            self.notes.append((self.numbers[citation.label], citation))
        return self.numbers[citation.label]

    def sentence_text(self, citation: Citation) -> str:
        source = self.sources[citation.source_number]
        if 0 < citation.sentence <= len(source.sentences):
            r = source.sentences[citation.sentence - 1]
            return " ".join(source.text[r.start : r.end].split())
        return citation.span.text


def source_paragraphs(source: SourceInfo) -> list[list[tuple[int | None, bool, str]]]:
    """The text of a source as paragraphs of pieces (sentence number, whether it is the sentence's first piece, text)."""
    text = source.text
    paragraphs = source.paragraphs or ((TextRange(start=0, end=len(text)),) if text else ())
    out = []
    started: set[int] = set()
    for p in paragraphs:
        pieces: list[tuple[int | None, bool, str]] = []
        cursor = p.start
        for number, s in enumerate(source.sentences, 1):
            start, end = max(s.start, p.start), min(s.end, p.end)
            if start >= end:
                continue
            if start > cursor:
                pieces.append((None, False, text[cursor:start]))
            pieces.append((number, number not in started, text[start:end]))
            started.add(number)
            cursor = end
        if cursor < p.end:
            pieces.append((None, False, text[cursor : p.end]))
        out.append(pieces)
    return out


def _environment() -> jinja2.Environment:
    template_dir = resources.files("readout.present") / "templates"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        autoescape=True,  # document text is always escaped
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        fmt=formatting,
        verdict_words=_verdict_words,
        profile_text=_profile_text,
        source_paragraphs=source_paragraphs,
    )
    return env


def render_html(brief: Brief) -> str:
    footnotes = Footnotes({s.number: s for s in brief.sources})
    return _environment().get_template("brief.html.j2").render(
        brief=brief,
        footnotes=footnotes,
        timeline_svg=commitments_timeline_svg(brief),
        figures_svg=figures_by_source_svg(brief),
    )
