"""Charts of the brief, drawn by matplotlib and returned as inline SVG for the standalone page.

Two charts, both read from the Brief and nothing else: the commitments timeline
(each dated commitment as a bar over its due interval, coloured and hatched by
its state, with a line at the brief's date) and the figures by source (one row
per figure, one column per source, a mark where a source gives the figure,
shaped by its verdict and labelled with the words the source uses).

Why matplotlib: a maintained plotting library draws the axes, dates and
legends; this module only maps brief items to marks. Its SVG backend writes
text as text (``svg.fonttype: none``), so the page stays small and its words
searchable, and nothing in the output is fetched. The XML prologue and the
namespace declarations are dropped (an HTML parser puts ``<svg>`` in the SVG
namespace itself) and every id is prefixed, so two charts can share a page.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from readout.model import Brief
from readout.present.formatting import STATE_WORDS, VERDICT_WORDS

STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "readout",  # stable ids, so the same brief renders the same page
    "font.family": "sans-serif",
    "font.size": 9,
    "axes.edgecolor": "#595959",
    "axes.labelcolor": "#1d1d1f",
    "xtick.color": "#1d1d1f",
    "ytick.color": "#1d1d1f",
    "text.color": "#1d1d1f",
}
# Colours with at least 4.5:1 contrast on white; shapes and hatches repeat the distinction for readers who cannot see colour.
VERDICT_MARKS = {
    "corroborated": {"marker": "o", "color": "#1a6b32", "fill": True},
    "conflicting": {"marker": "D", "color": "#b1161c", "fill": True},
    "single_source": {"marker": "o", "color": "#4d4d4d", "fill": False},
}
STATE_STYLE = {
    "upcoming": ("#2458a6", ""),
    "due": ("#8a5a00", "//"),
    "past_due_unconfirmed": ("#b1161c", "xx"),
    "reported_fulfilled": ("#1a6b32", ""),
    "in_force": ("#1a6b32", ".."),
    "expired": ("#595959", "\\\\"),
    "undated": ("#595959", ""),
}
LABEL_CHARS = 42
MIN_BAR_SHARE = 0.012
MARK_LABEL_CHARS = 22


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _svg(figure: Figure, prefix: str) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", svg, count=2)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(href="#|url\(#)([^")]+)', rf"\1{prefix}-\2", svg)
    return svg.replace("<svg ", f'<svg class="chart" aria-hidden="true" ', 1).strip()


def _new_figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height))
    FigureCanvasSVG(figure)
    return figure


def commitments_timeline_svg(brief: Brief) -> str | None:
    """Dated commitments as bars over their due intervals, numbered as the list beside it; None when none is dated."""
    rows = [(i + 1, c) for i, c in enumerate(brief.commitments) if c.due_start is not None]
    if not rows:
        return None
    with matplotlib.rc_context(STYLE):
        figure = _new_figure(6.4, 1.1 + 0.34 * len(rows))
        ax = figure.add_subplot()
        first = min([c.due_start for _, c in rows] + [brief.as_of])
        last = max([c.due_end or c.due_start for _, c in rows] + [brief.as_of])
        min_days = max(1.0, (last - first).days * MIN_BAR_SHARE)  # a one-day deadline stays visible beside multi-year ones
        for y, (number, c) in enumerate(rows):
            start = mdates.date2num(c.due_start)
            days = max(min_days, mdates.date2num((c.due_end or c.due_start) + dt.timedelta(days=1)) - start)
            colour, hatch = STATE_STYLE[c.state]
            ax.barh(y, days, left=start, height=0.6,
                    color=colour if not hatch else "white", edgecolor=colour, hatch=hatch, linewidth=1.2)
        ax.axvline(mdates.date2num(brief.as_of), color="#1d1d1f", linestyle="--", linewidth=1)
        ax.annotate(f"as of {brief.as_of}", xy=(mdates.date2num(brief.as_of), 1), xycoords=("data", "axes fraction"),
                    xytext=(3, 2), textcoords="offset points", fontsize=8)
        ax.set_yticks(range(len(rows)), [_short(f"{n}. {c.action}", LABEL_CHARS) for n, c in rows])  # who: in the list beside it
        ax.invert_yaxis()
        locator = mdates.AutoDateLocator(maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.xaxis_date()
        ax.spines[["top", "right"]].set_visible(False)
        states = list(dict.fromkeys(c.state for _, c in rows))
        handles = [Patch(facecolor=STATE_STYLE[s][0] if not STATE_STYLE[s][1] else "white", edgecolor=STATE_STYLE[s][0],
                         hatch=STATE_STYLE[s][1], label=STATE_WORDS[s]) for s in states]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=min(3, len(handles)), frameon=False, fontsize=8)
        return _svg(figure, "chart-commitments")


def figures_by_source_svg(brief: Brief) -> str | None:
    """Which source gives which figure, with the words it uses; None when the brief has no figure."""
    if not brief.figures:
        return None
    columns = sorted({n for f in brief.figures for r in f.readings for n in r.source_numbers})
    x_of = {n: i for i, n in enumerate(columns)}
    with matplotlib.rc_context(STYLE):
        figure = _new_figure(min(6.4, 2.6 + 1.3 * len(columns)), 1.0 + 0.42 * len(brief.figures))
        ax = figure.add_subplot()
        for y, f in enumerate(brief.figures):
            mark = VERDICT_MARKS[f.verdict]
            for reading in f.readings:
                for n in reading.source_numbers:
                    ax.plot(x_of[n], y, linestyle="none", marker=mark["marker"], markersize=7, color=mark["color"],
                            markerfacecolor=mark["color"] if mark["fill"] else "white", markeredgewidth=1.5)
                    ax.annotate(_short(reading.as_written, MARK_LABEL_CHARS), (x_of[n], y), xytext=(0, -11),
                                textcoords="offset points", ha="center", fontsize=7, color=mark["color"])
        ax.set_xticks(range(len(columns)), [f"source {n}" for n in columns])
        ax.xaxis.tick_top()
        ax.set_xlim(-0.6, len(columns) - 0.4)
        ax.set_yticks(range(len(brief.figures)), [_short(f.label, LABEL_CHARS) for f in brief.figures])
        ax.set_ylim(len(brief.figures) - 0.4, -0.6)
        ax.grid(axis="x", color="#d9d9d9", linewidth=0.8)
        ax.spines[:].set_visible(False)
        ax.tick_params(length=0)
        verdicts = list(dict.fromkeys(f.verdict for f in brief.figures))
        handles = [Line2D([], [], linestyle="none", marker=VERDICT_MARKS[v]["marker"], color=VERDICT_MARKS[v]["color"],
                          markerfacecolor=VERDICT_MARKS[v]["color"] if VERDICT_MARKS[v]["fill"] else "white",
                          label=VERDICT_WORDS[v]) for v in verdicts]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0), ncols=len(handles), frameon=False, fontsize=8)
        return _svg(figure, "chart-figures")
