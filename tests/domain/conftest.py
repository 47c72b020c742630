"""Shared checks for the domain tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.errors import GatePostError, Message


def _texts(item: GatePostError | Message) -> list[str]:
    message = item.message if isinstance(item, GatePostError) else item
    texts = [message.text, message.render(), *map(str, message.params.values())]
    if isinstance(item, GatePostError):
        texts += [str(item), repr(item), item.render(), *map(str, item.args)]
    return texts


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


@pytest.fixture
def assert_private() -> Callable[[GatePostError | Message, str], None]:
    """Fail if an error or message shows the personal number, in any spacing."""

    def check(item: GatePostError | Message, number: str) -> None:
        secret = _digits(number).upper()
        for text in _texts(item):
            assert number not in text
            assert secret not in _digits(text).upper()

    return check
