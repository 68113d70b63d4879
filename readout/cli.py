"""The command line: thin commands over pipeline, store and present."""

from __future__ import annotations

import typer

app = typer.Typer(help="Audit diplomatic readouts and news coverage: a sourced record and briefing.", no_args_is_help=True)


@app.command()
def version() -> None:
    """Print readout's version."""
    from readout import __version__

    typer.echo(__version__)
