"""Command line: a thin edge over the pipeline. Each command parses its options, builds its
Settings with ``options.settings_from``, calls down and prints; errors are one line on standard
error, never a traceback.

app.py       the Typer application and ``main`` (the ``newsbrief`` console script)
options.py   the options several commands share, and ``settings_from``
console.py   messages, exit statuses, progress bar, input and output files
brief.py     brief          batch.py     batch          evaluate.py  eval
library.py   ingest, stories, watch                     serve.py     serve
"""

from newsbrief.cli.app import app, main

__all__ = ["app", "main"]
