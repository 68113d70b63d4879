"""A claim that sources state with conflicting figures is not corroborated."""

from __future__ import annotations

from readout.link.claims import align_claims, with_figure_conflicts
from readout.link.figures import align_figures


def _aligned(*sources):
    figures = align_figures(sources, "ev")
    return figures, with_figure_conflicts(align_claims(sources, "ev"), figures)


def test_a_shared_claim_with_conflicting_figures_conflicts(draft):
    a = draft("a", "Bilateral trade between Norland and Sudria reached $19.6 billion in 2025, the ministers noted.")
    a.figure("$19.6 billion", 19.6e9, measures="bilateral trade between Norland and Sudria")
    b = draft("b", "Bilateral trade between Norland and Sudria is worth about $21 billion a year, the ministers noted.")
    b.figure("about $21 billion", 21e9, measures="bilateral trade between Norland and Sudria", qualifier="approximately")
    figures, claims = _aligned(a.source(), b.source())
    [figure] = figures
    assert figure.verdict == "conflicting"
    [claim] = claims
    assert claim.independent_sources == 2
    assert claim.verdict == "conflicting" and claim.reason.startswith("the sources state it with different figures")


def test_a_shared_claim_with_agreeing_figures_stays_corroborated(draft):
    a = draft("a", "Bilateral trade between Norland and Sudria reached $19.6 billion in 2025, the ministers noted.")
    a.figure("$19.6 billion", 19.6e9, measures="bilateral trade between Norland and Sudria")
    b = draft("b", "Bilateral trade between Norland and Sudria reached $19.6 billion last year, the ministers noted.")
    b.figure("$19.6 billion", 19.6e9, measures="bilateral trade between Norland and Sudria")
    _, [claim] = _aligned(a.source(), b.source())
    assert claim.verdict == "corroborated"
