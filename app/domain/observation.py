"""Home observation of returnees: its kinds, outcomes, follow-up slots and the day count.

Day 1 is the day observation starts; a 14-day observation that starts on 1 March ends after
14 March, and on 15 March the person is due for release.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from app.errors import QT_TRANSLATE_NOOP, ValidationError


class ObservationKind(StrEnum):
    HOME = "home"
    CENTRALISED = "centralised"
    HEALTH_MONITORING = "health_monitoring"


class ObservationOutcome(StrEnum):
    RELEASED = "released"
    TRANSFERRED = "transferred"
    HOSPITALISED = "hospitalised"
    MOVED_OUT = "moved_out"


class Transport(StrEnum):
    TRAIN = "train"
    FLIGHT = "flight"
    CAR = "car"
    BUS = "bus"
    OTHER = "other"


class Slot(StrEnum):
    AM = "am"
    PM = "pm"


class FollowUpStatus(StrEnum):
    SEEN_WELL = "seen_well"
    SEEN_UNWELL = "seen_unwell"
    NOT_REACHED = "not_reached"


class Symptom(StrEnum):
    FEVER = "fever"
    COUGH = "cough"
    SORE_THROAT = "sore_throat"
    FATIGUE = "fatigue"
    SHORT_OF_BREATH = "short_of_breath"
    DIARRHOEA = "diarrhoea"
    TASTE_SMELL = "taste_smell"
    OTHER = "other"


KIND_LABELS = {
    ObservationKind.HOME: QT_TRANSLATE_NOOP("ObservationKind", "Home observation"),
    ObservationKind.CENTRALISED: QT_TRANSLATE_NOOP("ObservationKind", "Centralised observation"),
    ObservationKind.HEALTH_MONITORING: QT_TRANSLATE_NOOP("ObservationKind", "Health monitoring"),
}
OUTCOME_LABELS = {
    ObservationOutcome.RELEASED: QT_TRANSLATE_NOOP("ObservationOutcome", "Released"),
    ObservationOutcome.TRANSFERRED: QT_TRANSLATE_NOOP("ObservationOutcome", "Transferred"),
    ObservationOutcome.HOSPITALISED: QT_TRANSLATE_NOOP("ObservationOutcome", "Hospitalised"),
    ObservationOutcome.MOVED_OUT: QT_TRANSLATE_NOOP("ObservationOutcome", "Moved out"),
}
ALERT_REASON_LABELS = {
    "fever": QT_TRANSLATE_NOOP("AlertReason", "Fever"),
    "unwell": QT_TRANSLATE_NOOP("AlertReason", "Unwell"),
    "missed": QT_TRANSLATE_NOOP("AlertReason", "Not seen for several slots"),
}
"""Why an observation alert was raised (``ObservationAlert.reason``)."""
SYMPTOM_LABELS = {
    Symptom.FEVER: QT_TRANSLATE_NOOP("Symptom", "Fever"),
    Symptom.COUGH: QT_TRANSLATE_NOOP("Symptom", "Cough"),
    Symptom.SORE_THROAT: QT_TRANSLATE_NOOP("Symptom", "Sore throat"),
    Symptom.FATIGUE: QT_TRANSLATE_NOOP("Symptom", "Fatigue"),
    Symptom.SHORT_OF_BREATH: QT_TRANSLATE_NOOP("Symptom", "Short of breath"),
    Symptom.DIARRHOEA: QT_TRANSLATE_NOOP("Symptom", "Diarrhoea"),
    Symptom.TASTE_SMELL: QT_TRANSLATE_NOOP("Symptom", "Loss of taste or smell"),
    Symptom.OTHER: QT_TRANSLATE_NOOP("Symptom", "Other"),
}
STATUS_LABELS = {
    FollowUpStatus.SEEN_WELL: QT_TRANSLATE_NOOP("FollowUpStatus", "Seen, well"),
    FollowUpStatus.SEEN_UNWELL: QT_TRANSLATE_NOOP("FollowUpStatus", "Seen, unwell"),
    FollowUpStatus.NOT_REACHED: QT_TRANSLATE_NOOP("FollowUpStatus", "Not reached"),
}

MIN_DAYS, MAX_DAYS = 1, 60
BLOCKS_EXIT = frozenset({ObservationKind.HOME.value, ObservationKind.CENTRALISED.value})
"""Kinds of observation that keep a person in; health monitoring allows necessary trips."""


def parse_choice(enum: type[StrEnum], raw: str, field: str) -> StrEnum:
    try:
        return enum(raw.strip().lower())
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
            choices=", ".join(member.value for member in enum),
        ) from None


def check_days(days: int) -> int:
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise ValidationError(
            "days", QT_TRANSLATE_NOOP("Errors", "Enter {low} to {high} days."),
            low=MIN_DAYS, high=MAX_DAYS,
        )
    return days


def planned_end(start: date, days: int) -> date:
    """The last day of observation."""
    return start + timedelta(days=days - 1)


def observation_day(start: date, today: date) -> int:
    """1 on the first day; 0 or less before it starts."""
    return (today - start).days + 1


def alert_reason_label(reason: str) -> str:
    """The untranslated label (context "AlertReason") of why an observation alert was raised."""
    return ALERT_REASON_LABELS.get(reason, ALERT_REASON_LABELS["missed"])
