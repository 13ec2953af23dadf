"""The options several commands share, declared once as ``Annotated`` aliases, and
``settings_from``: the one function that turns command-line options into the ``Settings`` a
command passes down (trafilatura's ``args_to_extractor`` is the model). Nothing else in the
command line builds a Settings.

Options that name a plug-in (``--format``, ``--entities``, ``--metric``, ``--engine``) are
checked against its registry when given, so an installed plug-in's name is accepted like a
built-in's, and starting the command line scans no entry points.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from newsbrief.config import Settings

# The settings nobody changed: the defaults every option below starts from.
DEFAULTS = Settings()
# --db not given (nor NEWSBRIEF_DB): the per-user library, in the platform's data folder
# ($XDG_DATA_HOME/newsbrief/library.db, else ~/.local/share/… on Linux; platformdirs decides).
DEFAULT_DB = Path("<per-user library>")


def user_library() -> Path:
    import platformdirs

    return platformdirs.user_data_path("newsbrief") / "library.db"


def _library(value: Path) -> Path:
    if value != DEFAULT_DB:
        return value
    path = user_library()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


NO_ENTITIES = "none"  # --entities none: no entity recogniser at all


def settings_from(
    *,
    words: int = DEFAULTS.words,
    entities: str = DEFAULTS.entities,
    facts: bool = DEFAULTS.facts,
    one_story: bool = DEFAULTS.one_story,
    llm_url: str | None = DEFAULTS.llm_url,
    llm_model: str | None = DEFAULTS.llm_model,
    llm_key_env: str = DEFAULTS.llm_key_env,
) -> Settings:
    """The Settings of one run, from the options of its command (the defaults for those it does
    not have). A value out of range is a UsageError (exit status 2)."""
    return replace(
        DEFAULTS,
        words=words,
        entities=entities,
        facts=facts,
        one_story=one_story,
        llm_url=llm_url,
        llm_model=llm_model,
        llm_key_env=llm_key_env,
    )


def _registry_names(kind: str) -> list[str]:
    """The names of the plug-ins of ``kind`` in their registry (plugins.py)."""
    from newsbrief import plugins

    registries: dict[str, plugins.Registry[Any]] = {
        "renderers": plugins.RENDERERS,
        "recognisers": plugins.RECOGNISERS,
        "metrics": plugins.METRICS,
        "executors": plugins.EXECUTORS,
    }
    names = registries[kind].names()
    return [*names, NO_ENTITIES] if kind == "recognisers" else names


def one_of(kind: str) -> Callable[[str | None], str | None]:
    """An option callback that accepts the names of the plug-ins of ``kind`` (and, for entity
    recognisers, "none"); any other value is a usage error listing them."""

    def check(value: str | None) -> str | None:
        if value is None:
            return None
        names = _registry_names(kind)
        if value not in names:
            known = ", ".join(repr(name) for name in names)
            raise typer.BadParameter(f"{value!r} is not one of {known}.")
        return value

    return check


Words = Annotated[
    int, typer.Option("--words", "-w", min=1, help="Summary length in words (a hard cap).")
]
Db = Annotated[
    Path,
    typer.Option(
        "--db",
        metavar="PATH",
        envvar="NEWSBRIEF_DB",
        callback=_library,
        show_default=False,
        help="The story library (SQLite; created if missing). Default: the per-user "
        "library.db in $XDG_DATA_HOME/newsbrief (~/.local/share/newsbrief). Env: NEWSBRIEF_DB.",
    ),
]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let URLs reach loopback, private and link-local addresses (off: refused).",
    ),
]
Format = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        callback=one_of("renderers"),
        help="Output format: markdown, json, html or a renderer plug-in's name (default: from "
        "-o's extension, else markdown).",
        show_default=False,
    ),
]
Entities = Annotated[
    str,
    typer.Option(
        "--entities",
        metavar="NAME",
        callback=one_of("recognisers"),
        help="Entity recogniser for the facts: rules (built in), spacy (spaCy NER, an extra), "
        "a recogniser plug-in's name, or none.",
    ),
]
NoFacts = Annotated[
    bool,
    typer.Option(
        "--no-facts",
        help="Leave out the facts (figures, quotes, timeline, entities, disagreements).",
    ),
]
AllDocuments = Annotated[
    bool,
    typer.Option(
        "--all-documents",
        help="Brief every article given as one story, unchecked (by default, articles that look "
        "like several stories give a briefing of the largest story alone, with a warning).",
    ),
]
Metric = Annotated[
    str,
    typer.Option(
        "--metric",
        "-m",
        metavar="NAME",
        callback=one_of("metrics"),
        help="rouge: rouge-score F1, stemmed. rouge155: the ROUGE-1.5.5 Perl script, "
        "recall on the first --words words (-l). Or a metric plug-in's name.",
    ),
]
Engine = Annotated[
    str,
    typer.Option(
        "--engine",
        metavar="NAME",
        callback=one_of("executors"),
        help="Where the work runs: process (a pool of worker processes), local (this "
        "process), dask (a Dask cluster: the [dask] extra) or an executor plug-in's name.",
    ),
]
Llm = Annotated[
    str | None,
    typer.Option(
        "--llm",
        metavar="URL",
        help="Have the LLM at this OpenAI-compatible base URL write the summary; only the "
        "sentences the sources support are kept (the rest are reported).",
        show_default=False,
    ),
]
Model = Annotated[
    str | None,
    typer.Option(
        "--model", metavar="NAME", help="With --llm: the model's name.", show_default=False
    ),
]
ApiKeyEnv = Annotated[
    str,
    typer.Option(
        "--api-key-env",
        metavar="VAR",
        help="With --llm: the environment variable that holds the API key (never given on the "
        "command line).",
    ),
]
IngestEngine = Annotated[
    str | None,
    typer.Option(
        "--engine",
        metavar="NAME",
        callback=one_of("executors"),
        help="Where articles are read and prepared: process, local, dask or a plug-in's name "
        "(default: this process, with worker processes for large inputs); clustering and "
        "writing stay in this process.",
        show_default=False,
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: a running Dask scheduler (tcp://host:8786); default: a "
        "local cluster of --workers processes.",
        show_default=False,
    ),
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-j",
        min=1,
        help="Worker processes (default: the number of CPUs).",
        show_default=False,
    ),
]
