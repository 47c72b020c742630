"""The few errors a user can see, each with a message that can be translated.

Messages are English source strings with ``{placeholders}``, marked for Qt Linguist with
``QT_TRANSLATE_NOOP`` so the core needs no Qt; the UI and CLI translate them at display time.
Parameters never hold personal numbers, and ``str(error)`` never formats them in, so an error
can be logged as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Translate = Callable[[str, str, int], str]
"""``translate(context, source_text, n)``; ``n`` is -1 when the text has no plural."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into the ``context`` section of the .ts files."""
    return text


def untranslated(context: str, text: str, n: int = -1) -> str:
    return text


FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "building": QT_TRANSLATE_NOOP("Fields", "Building"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "room": QT_TRANSLATE_NOOP("Fields", "Room"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "id_type": QT_TRANSLATE_NOOP("Fields", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "pass_no": QT_TRANSLATE_NOOP("Fields", "Pass number"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "temperature": QT_TRANSLATE_NOOP("Fields", "Temperature"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "gate": QT_TRANSLATE_NOOP("Fields", "Gate"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "host": QT_TRANSLATE_NOOP("Fields", "Host household"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "plate": QT_TRANSLATE_NOOP("Fields", "Vehicle plate"),
    "companions": QT_TRANSLATE_NOOP("Fields", "Companions"),
    "origin": QT_TRANSLATE_NOOP("Fields", "Where from (14 days)"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "refusal_reason": QT_TRANSLATE_NOOP("Fields", "Reason for refusal"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "site": QT_TRANSLATE_NOOP("Fields", "Compound"),
    "committee": QT_TRANSLATE_NOOP("Fields", "Residents' committee"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "visit": QT_TRANSLATE_NOOP("Fields", "Visit"),
    "residents": QT_TRANSLATE_NOOP("Fields", "Residents"),
    "days": QT_TRANSLATE_NOOP("Fields", "Days"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind of observation"),
    "transport": QT_TRANSLATE_NOOP("Fields", "Transport"),
    "slot": QT_TRANSLATE_NOOP("Fields", "Morning or afternoon"),
    "status": QT_TRANSLATE_NOOP("Fields", "Follow-up result"),
    "symptoms": QT_TRANSLATE_NOOP("Fields", "Symptoms"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action taken"),
    "policy": QT_TRANSLATE_NOOP("Fields", "Policy"),
    "prefix": QT_TRANSLATE_NOOP("Fields", "Region or plate prefix"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "out": QT_TRANSLATE_NOOP("Fields", "Output file"),
    "template": QT_TRANSLATE_NOOP("Fields", "Notice"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "pages": QT_TRANSLATE_NOOP("Fields", "Pages"),
    "paper_ref": QT_TRANSLATE_NOOP("Fields", "Paper entry number"),
    "taken_at": QT_TRANSLATE_NOOP("Fields", "Time written"),
    "second_reading": QT_TRANSLATE_NOOP("Fields", "Second reading"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "size": QT_TRANSLATE_NOOP("Fields", "Paper size"),
    "layout": QT_TRANSLATE_NOOP("Fields", "Layout"),
    "qr": QT_TRANSLATE_NOOP("Fields", "QR code"),
    "folder": QT_TRANSLATE_NOOP("Fields", "Folder"),
    "keys": QT_TRANSLATE_NOOP("Fields", "Keys"),
    "fingerprint": QT_TRANSLATE_NOOP("Fields", "Fingerprint"),
    "office": QT_TRANSLATE_NOOP("Fields", "Street office"),
}


FIELD_PROBLEM = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}")


@dataclass(frozen=True)
class Message:
    """A translatable text and its parameters; ``n`` selects a plural form."""

    text: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = "Errors"
    n: int = -1

    def render(self, translate: Translate = untranslated) -> str:
        params = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        return translate(self.context, self.text, self.n).format(**params)


class GatePostError(Exception):
    """Base of the errors users see."""

    def __init__(self, text: str, *, n: int = -1, **params: object) -> None:
        super().__init__(text)
        if n >= 0:
            params["n"] = n
        self.message = Message(text, params, n=n)

    def render(self, translate: Translate = untranslated) -> str:
        return self.message.render(translate)


class ValidationError(GatePostError):
    """Input that cannot be accepted; names the field so the form can point at it."""

    def __init__(self, field_name: str, text: str, *, n: int = -1, **params: object) -> None:
        super().__init__(text, n=n, **params)
        self.field = field_name

    def __str__(self) -> str:
        return f"{self.field}: {self.message.text}"

    def render(self, translate: Translate = untranslated) -> str:
        label = translate("Fields", FIELD_LABELS.get(self.field, self.field), -1)
        return translate("Errors", FIELD_PROBLEM, -1).format(
            field=label, problem=self.message.render(translate)
        )


class PermissionDenied(GatePostError):
    """The actor's role does not allow the action."""


class NotFound(GatePostError):
    """A record named by the user does not exist."""


class AuthenticationFailed(GatePostError):
    """Wrong user name or password (never says which)."""


class DatabaseBusy(GatePostError):
    """Another window or program holds the database (a long import, a backup)."""


class SetupRequired(GatePostError):
    """The database has no site yet; run the setup wizard or ``gatepost init``."""

