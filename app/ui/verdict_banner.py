"""The gate's verdict: one large banner that always names the person it is about.

It holds no verdict of its own between people: ``clear()`` returns it to neutral as soon as a
new lookup starts or an error is shown, and a language switch re-words what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.services.returnees import ObservationDay
from app.services.checks import SUBJECT_LABELS, CheckView, SubjectKind
from app.services.visitors import VisitView
from app.ui.i18n import qt_translate
from app.ui.theme import repolish


def who_label(check: CheckView) -> str:
    """The person's name, or what they are (courier, staff) when no name was given."""
    return check.subject_name or qt_translate(
        "SubjectKind", SUBJECT_LABELS[SubjectKind(check.subject_kind)])


class VerdictBanner(QLabel):
    def __init__(self, local: Callable[[datetime], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Banner")
        self._local = local
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(150)
        self._state, self._text = "idle", self._idle_text
        self.clear()

    def state(self) -> str:
        return self._state

    def _show(self, state: str, text: Callable[[], str]) -> None:
        """A verdict, kept as a function of the language so a switch re-words it."""
        self._state, self._text = state, text
        self.setProperty("state", state)
        self.setText(text())
        repolish(self)

    def retranslate_ui(self) -> None:
        self._show(self._state, self._text)

    def _idle_text(self) -> str:
        return self.tr("Ready: scan a pass or type a name")

    def clear(self) -> None:
        self._show("idle", self._idle_text)

    def observation(self, who: str, observation: ObservationDay) -> None:
        if observation.day > observation.of:
            self._show("fever", lambda: self.tr(
                "{who}: observation over, not yet released.\n"
                "May not leave until the committee releases them.").format(who=who))
        else:
            self._show("fever", lambda: self.tr(
                "UNDER OBSERVATION: day {day} of {of}.\n{who} may not leave. The attempt is recorded."
            ).format(day=observation.day, of=observation.of, who=who))

    def check(self, check: CheckView) -> None:
        if check.is_fever:
            self._show("fever", lambda: self.tr(
                "FEVER {reading} °C: {who} must wait at the gate.\nSecond reading at {time}."
            ).format(reading=check.reading, who=who_label(check),
                     time=self._local(check.recheck_due_at)))
        elif (observation := check.observation) is not None:
            self._show("fever", lambda: self.tr(
                "{reading} °C. {who} is under observation, day {day} of {of}: may not leave."
            ).format(reading=check.reading, who=who_label(check), day=observation.day,
                     of=observation.of))
        else:
            self._show("ok", lambda: self.tr("{reading} °C: {who} may enter.").format(
                reading=check.reading, who=who_label(check)))

    def recheck(self, check: CheckView, outcome: Callable[[], str]) -> None:
        """A second reading, and (when the fever stayed) what was done."""
        if not check.is_fever:
            self._show("ok", lambda: self.tr("Second reading {reading} °C: {who} may enter.").format(
                reading=check.reading, who=who_label(check)))
        elif check.outcome:
            self._show("fever", lambda: self.tr("Fever confirmed for {who}: {outcome}.").format(
                who=who_label(check), outcome=outcome()))
        else:
            self._show("fever", lambda: self.tr(
                "Still a fever: {reading} °C for {who}. Record what was done (F4).").format(
                reading=check.reading, who=who_label(check)))

    def visit(self, visit: VisitView) -> None:
        if not visit.admitted:
            self._show("warn", lambda: self.tr("Visitor {name} refused: {reason}").format(
                name=visit.name, reason=visit.refusal_reason))
        elif visit.watch:
            self._show("warn", lambda: self.tr(
                "Visitor {name} admitted; matches the watch list: {regions}.").format(
                name=visit.name, regions=", ".join(visit.watch)))
        else:
            self._show("ok", lambda: self.tr("Visitor {name} registered and admitted.").format(
                name=visit.name))

    def outing(self, who: str, next_on: object) -> None:
        self._show("ok", lambda: self.tr(
            "{who} may go out; the household's next turn is {next}.").format(who=who, next=next_on))

    def refusal(self, who: str, reason: Callable[[], str]) -> None:
        """A rule said no for this person (the outing quota, say): why, in the rule's words."""
        self._show("warn", lambda: f"{who}: {reason()}")
