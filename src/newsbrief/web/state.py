"""What every request of one application shares: its base Settings, its story library and
whether URLs may reach private addresses. Kept on ``app.state`` by ``create_app`` and reached
by routes through the ``State`` dependency."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, FastAPI, Request

from newsbrief.config import Settings

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher


@dataclass(frozen=True, slots=True)
class AppState:
    settings: Settings  # the base of every request's Settings (see briefing.request_settings)
    db: Path | None  # the story library to list and brief; None: no stories
    allow_private: bool  # URL articles may reach loopback and private addresses

    def fetcher(self) -> Fetcher:
        """A guarded fetcher for one request (its HTTP client opens on the first URL); close
        it with ``with``."""
        from newsbrief.ingest.fetch import Fetcher

        return Fetcher.with_limits(self.settings.limits, allow_private=self.allow_private)


def install(app: FastAPI, state: AppState) -> None:
    app.state.newsbrief = state


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.newsbrief
    return state


State = Annotated[AppState, Depends(app_state)]
