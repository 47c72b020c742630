"""A 14-day observation driven with a fixed clock, as a community worker lives it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import PermissionDenied, ValidationError
from app.services.auth import add_user, sign_in
from app.services.checks import CheckForm, record_check
from app.services.context import Actor, Role
from app.services.lookup import find_resident
from app.services.residents import import_residents
from app.services.returnees import (
    ReturneeForm, add_returnee, close_alert, end_observation, exit_attempts_on, extend_observation,
    grid, list_returnees, open_alerts, record_exit_attempt, record_follow_up, worklist,
)
from tests.helpers import ENGLISH_HEADER, csv_bytes

MARCH = date(2026, 3, 2)  # the fixed clock's first day (10:00 local)


@pytest.fixture
def people(sessions: sessionmaker[Session], admin: Actor) -> dict[str, object]:
    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes([
            ENGLISH_HEADER, "张三,3,2,201,,,,00001,", "李四,3,2,202,,,,00002,", "王五,3,2,203,,,,00003,"]))
        return {name: find_resident(session, admin, name) for name in ("张三", "李四", "王五")}


def call(sessions, actor, fn, *args, **kw):
    with sessions.begin() as session:
        return fn(session, actor, *args, **kw)


def test_fourteen_days_of_observation(sessions, admin, people, fixed_clock: FixedClock) -> None:
    zhang = call(sessions, admin, add_returnee, ReturneeForm(people["张三"], "420106", MARCH))
    li = call(sessions, admin, add_returnee,
              ReturneeForm(people["李四"], "武汉", MARCH - timedelta(days=3), transport="train"))
    assert (zhang.day, zhang.of, zhang.end_on) == (1, 14, date(2026, 3, 15))
    assert (li.day, li.of, li.origin) == (4, 14, "湖北省武汉市")

    # Day 1 morning: both due; 张三 seen well.
    rows = {r.name: r for r in call(sessions, admin, worklist)}
    assert rows["张三"].done is None and rows["张三"].slot == "am"
    assert rows["李四"].missed_in_a_row == 6 and rows["李四"].overdue  # three days never seen
    call(sessions, admin, record_follow_up, zhang.id, "am", "36.5", [], "seen_well")
    assert call(sessions, admin, worklist)[-1].done is not None  # done rows sort last

    # Days 2-4: nobody reaches 张三 in the afternoons or the morning after.
    fixed_clock.advance(days=2, hours=4)  # 4 March, 14:00 -> PM slot of day 3
    row = next(r for r in call(sessions, admin, worklist) if r.name == "张三")
    assert row.slot == "pm" and row.missed_in_a_row == 4 and row.overdue

    # Day 5: a fever raises an alert that stays until the action is recorded.
    fixed_clock.advance(days=2)  # 6 March, 14:00 = day 5
    done = call(sessions, admin, record_follow_up, zhang.id, "pm", "37.9", ["cough"], "seen_unwell")
    assert done.alert_raised
    again = call(sessions, admin, record_follow_up, zhang.id, "pm", "38.0", ["cough"], "seen_unwell")
    assert not again.alert_raised  # a corrected slot keeps its one alert
    alerts = call(sessions, admin, open_alerts)
    # Missed slots raised one alert each when the worklist showed them, not one per look.
    assert sorted((a.name, a.reason) for a in alerts) == [
        ("张三", "fever"), ("张三", "missed"), ("李四", "missed")]
    fever = next(a for a in alerts if a.reason == "fever")
    with pytest.raises(ValidationError):
        call(sessions, admin, close_alert, fever.id, "  ")
    call(sessions, admin, close_alert, fever.id, "医生上门，送发热门诊")
    assert "fever" not in {a.reason for a in call(sessions, admin, open_alerts)}

    # At the gate: "day 5 of 14", and the attempted exit is logged for the head.
    check = call(sessions, admin, record_check, CheckForm(reading="36.6", person_id=people["张三"]))
    assert (check.observation.day, check.observation.of) == (5, 14)
    other = call(sessions, admin, record_check, CheckForm(reading="36.6", person_id=people["王五"]))
    assert other.observation is None
    assert call(sessions, admin, record_exit_attempt, people["张三"], None).day == 5
    assert call(sessions, admin, record_exit_attempt, people["张三"], None).day == 5  # looked up again
    assert call(sessions, admin, record_exit_attempt, people["王五"], None) is None
    assert call(sessions, admin, exit_attempts_on, date(2026, 3, 6)) == 1

    # The grid shows the gaps: 9 of 10 slots so far empty or not reached.
    sheet = call(sessions, admin, grid, zhang.id)
    assert len(sheet.days) == 14 and set(sheet.cells) == {(MARCH, "am"), (date(2026, 3, 6), "pm")}

    # 16 March, day 15 for 张三 and 18 for 李四: past the end, waiting for release, kept in.
    fixed_clock.advance(days=10)
    assert [(r.name, r.day, r.of) for r in call(sessions, admin, list_returnees)] == [
        ("李四", 18, 14), ("张三", 15, 14)]
    assert {r.name for r in call(sessions, admin, worklist)} == {"李四", "张三"}
    assert call(sessions, admin, record_exit_attempt, people["张三"], None).day == 15
    released = call(sessions, admin, end_observation, zhang.id)
    assert released.outcome == "released" and released.day == 14
    assert call(sessions, admin, record_exit_attempt, people["张三"], None) is None
    assert [r.name for r in call(sessions, admin, list_returnees)] == ["李四"]
    assert [r.name for r in call(sessions, admin, list_returnees, "ended")] == ["张三"]


def test_rules_and_roles(sessions, admin, people, fixed_clock: FixedClock) -> None:
    zhang = call(sessions, admin, add_returnee, ReturneeForm(people["张三"], "420106", MARCH))
    with pytest.raises(ValidationError) as again:
        call(sessions, admin, add_returnee, ReturneeForm(people["张三"], "420106", MARCH))
    assert again.value.field == "person"
    with pytest.raises(ValidationError) as future:
        call(sessions, admin, add_returnee, ReturneeForm(people["李四"], "420106", MARCH + timedelta(days=1)))
    assert future.value.field == "date"
    with pytest.raises(ValidationError) as nowhere:
        call(sessions, admin, add_returnee, ReturneeForm(people["李四"], "朝阳区", MARCH))
    assert nowhere.value.field == "origin" and "110105" in nowhere.value.render()
    with pytest.raises(ValidationError) as unseen:
        call(sessions, admin, record_follow_up, zhang.id, "am", None, [], "seen_well")
    assert unseen.value.field == "temperature"

    call(sessions, admin, add_user, "guard1", "门卫", Role.GUARD, "guard-password")
    with sessions() as session:
        guard = sign_in(session, "guard1", "guard-password")
    call(sessions, guard, record_follow_up, zhang.id, "am", None, [], "not_reached")  # guards record
    with pytest.raises(PermissionDenied):
        call(sessions, guard, add_returnee, ReturneeForm(people["李四"], "420106", MARCH))
    with pytest.raises(PermissionDenied):
        call(sessions, guard, end_observation, zhang.id)

    longer = call(sessions, admin, extend_observation, zhang.id, 7)
    assert (longer.of, longer.end_on) == (21, date(2026, 3, 22))


def test_slots_kinds_and_sites(sessions, admin, people, fixed_clock: FixedClock) -> None:
    zhang = call(sessions, admin, add_returnee, ReturneeForm(people["张三"], "420106", MARCH))
    with pytest.raises(ValidationError) as early:  # 10:00: the afternoon has not come
        call(sessions, admin, record_follow_up, zhang.id, "pm", "36.5", [], "seen_well")
    assert early.value.field == "slot"
    monitored = call(sessions, admin, add_returnee,
                     ReturneeForm(people["李四"], "420106", MARCH, kind="health_monitoring"))
    assert monitored.kind == "health_monitoring"
    assert call(sessions, admin, record_exit_attempt, people["李四"], None) is None  # may go out
    check = call(sessions, admin, record_check, CheckForm(reading="36.5", person_id=people["李四"]))
    assert check.observation is None
