"""The one door from a window to the services (``app.ui.context``).

A service runs as the signed-in user; a database that cannot be used just now (held by another
program past the busy timeout, a full disk, a failing drive, a damaged file) comes out as the
translatable error that says so (``app.errors.explain_failure``), never as the driver's exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import explain_failure
from app.services.context import Actor

T = TypeVar("T")


def call(sessions: sessionmaker[Session], actor: Actor, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``service(session, actor, …)`` in one transaction of its own."""
    with explained(), sessions.begin() as session:
        return service(session, actor, *args, **kwargs)


def run(sessions: sessionmaker[Session], actor: Actor, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``service(sessions, actor, …)``: one that runs its own transactions (imports, demo data)."""
    with explained():
        return service(sessions, actor, *args, **kwargs)


@contextmanager
def explained() -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        failure = explain_failure(error)
        if failure is None:
            raise
        raise failure from None
