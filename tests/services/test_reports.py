"""The committee reports, read back with poppler: figures equal independent counts, sections,
rare names, masking, embedded fonts per language, an empty day, and who may print them."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.errors import PermissionDenied, ValidationError, untranslated
from app.models import ExitAttempt, Person, Returnee, TemperatureCheck, Visit
from app.services.checks import CheckForm, close_fever_hold, record_check, record_recheck
from app.services.context import Actor, Role
from app.services.demo import generate_demo_data
from app.services.reports import ReportCancelled, period_of, report_pdf
from app.services.residents import import_residents
from app.services.returnees import (
    ReturneeForm, add_returnee, close_alert, open_alerts, record_exit_attempt, record_follow_up, worklist,
)
from app.services.site_time import day_bounds
from app.services.visitors import VisitorForm, register_visitor
from app.services.watchlist import add_watch_entry
from tests.helpers import ENGLISH_HEADER, PASSWORD, SHANGHAI, csv_bytes, resident_id

DAY = date(2026, 3, 1)  # the Sunday before the fixed clock's Monday: a whole day in the past
RARE = {"李喆": resident_id("19700101", seq="101"), "𠮷田花子": resident_id("19710101", seq="102"),
        "王堃": resident_id("19720101", seq="103"), "张三": resident_id("19730101", seq="104"),
        "赵六": resident_id("19740101", seq="105")}
INSIDE_PHONE = "13912345678"
WATCHED_ID = resident_id("19880808", region="420106", seq="077")


@dataclass
class Site:
    sessions: sessionmaker[Session]
    admin: Actor
    people: dict[str, object]


def _at(fixed: clock.FixedClock, day: date, hour: int, minute: int = 0) -> None:
    fixed.at = datetime.combine(day, time(hour, minute), SHANGHAI)


@pytest.fixture
def site(sessions: sessionmaker[Session], admin: Actor, fixed_clock: clock.FixedClock) -> Site:
    """Demo traffic, then a day of hand-made events of every kind the report prints."""
    start = fixed_clock.at
    generate_demo_data(sessions, admin, residents=60, days=16, seed=5)
    roster = [ENGLISH_HEADER] + [f"{name},9,1,{101 + i},1380000{i:04d},resident_id,{number},R{i},"
                                 for i, (name, number) in enumerate(RARE.items())]
    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes(roster))
        people = dict(session.execute(select(Person.name, Person.id).where(Person.name.in_(RARE))).all())
        add_watch_entry(session, admin, kind="region", prefix="4201", label="武汉市", valid_from="2026-02-01")
        for name in ("张三", "赵六"):
            add_returnee(session, admin, ReturneeForm(person_id=people[name], origin="420106",
                                                      arrived_on=DAY - timedelta(days=3)))

    def step(hour: int, minute: int, work) -> object:
        _at(fixed_clock, DAY, hour, minute)
        with sessions.begin() as session:
            return work(session)

    def fever(name: str | None, reading: str, **kw: object):
        form = CheckForm(reading=reading, person_id=people.get(name), **kw)
        return lambda s: record_check(s, admin, form).id

    cleared = step(8, 0, fever("李喆", "38.0"))
    step(8, 5, lambda s: record_recheck(s, admin, cleared, "36.8"))
    refused = step(9, 0, fever(None, "38.2", subject_kind="courier", subject_label="顺丰快递"))
    step(9, 4, lambda s: record_recheck(s, admin, refused, "38.1"))
    step(9, 5, lambda s: close_fever_hold(s, admin, refused, "refused"))
    clinic = step(10, 0, fever("𠮷田花子", "38.5"))
    step(10, 4, lambda s: record_recheck(s, admin, clinic, "38.4"))
    step(10, 5, lambda s: close_fever_hold(s, admin, clinic, "fever_clinic"))
    reported = step(11, 0, fever("王堃", "37.9"))
    step(11, 1, lambda s: close_fever_hold(s, admin, reported, "resident_reported"))
    step(21, 0, fever("李喆", "38.3"))  # left open

    def visitor(name: str, number: str, phone: str, *, admitted: bool = True, reason: str = "",
                temperature: str = "36.5") -> Callable:
        return lambda s: register_visitor(s, admin, VisitorForm(
            name=name, id_type="resident_id", id_number=number, phone=phone, host="9-1-101",
            purpose="visit", temperature=temperature, admitted=admitted, refusal_reason=reason))

    step(12, 0, visitor("钱七", resident_id("19900101", region="310104", seq="201"), "13700001111",
                        admitted=False, reason="无出入证明"))
    step(12, 10, visitor("孙八", resident_id("19900102", region="310104", seq="202"), "13700002222",
                         admitted=False, reason="无出入证明"))
    step(12, 20, visitor("周九", resident_id("19900103", region="310104", seq="203"), "13700003333",
                         admitted=False, reason="发热", temperature="38.0"))
    step(13, 0, visitor("吴十", WATCHED_ID, INSIDE_PHONE))  # a watch-list hit, still inside

    zhang = step(9, 30, lambda s: record_follow_up(s, admin, _running(s, people["张三"]), "am", "37.8",
                                                   ["cough"], "seen_unwell"))
    assert zhang.alert_raised
    step(16, 0, lambda s: worklist(s, admin))  # 赵六 never seen: a "missed" alert
    step(16, 30, lambda s: close_alert(s, admin, next(a.id for a in open_alerts(s, admin)
                                                      if a.reason == "missed"), "上门查看，一切正常"))
    step(18, 0, lambda s: record_exit_attempt(s, admin, people["张三"], None))
    fixed_clock.at = start
    return Site(sessions, admin, people)


def _running(session: Session, person_id: object) -> object:
    return session.scalar(select(Returnee.id).where(Returnee.person_id == person_id))


def _pdf(site: Site, tmp_path: Path, kind: str, day: date = DAY, language: str = "en") -> Path:
    with site.sessions() as session:
        data = report_pdf(session, site.admin, kind, day, language, untranslated)
    path = tmp_path / f"{kind}-{day}-{language}.pdf"
    path.write_bytes(data)
    return path


def _text(path: Path, layout: bool = False) -> str:
    return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _fonts(path: Path) -> list[tuple[str, str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in lines.splitlines()[2:]]
    return [(row[0], row[-5]) for row in rows]  # name, "emb" column


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _fact(text: str, label: str) -> int:
    """The figure printed as ``label: 1,234``."""
    found = re.search(rf"(?<![\w-]){re.escape(label)}: ([\d,]+)", text)
    assert found, f"{label!r} not printed"
    return int(found.group(1).replace(",", ""))


def _counts(site: Site, first: date, last: date) -> dict[date, tuple[int, ...]]:
    """Per local day, counted row by row here: checks, fevers, admitted, refused, exits, new returnees."""
    out = {}
    with site.sessions() as session:
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            start, end = day_bounds(SHANGHAI, day)
            checks = session.scalars(select(TemperatureCheck).where(
                TemperatureCheck.taken_at >= start, TemperatureCheck.taken_at < end,
                TemperatureCheck.recheck_of_id.is_(None))).all()
            visits = session.scalars(select(Visit).where(Visit.time_in >= start, Visit.time_in < end)).all()
            exits = session.scalar(select(func.count()).select_from(ExitAttempt).where(
                ExitAttempt.at >= start, ExitAttempt.at < end))
            new = session.scalar(select(func.count()).select_from(Returnee).where(Returnee.start_on == day))
            out[day] = (len(checks), sum(c.is_fever for c in checks), sum(v.admitted for v in visits),
                        sum(not v.admitted for v in visits), exits, new)
    return out


def test_daily_report_figures_sections_names_and_masking(site: Site, tmp_path: Path) -> None:
    path = _pdf(site, tmp_path, "daily")
    text = _text(path)
    checks, fevers, admitted, refused, exits, _new = _counts(site, DAY, DAY)[DAY]
    assert (fevers, refused, exits) == (6, 3, 1)  # the hand-made ones, on top of demo traffic
    assert _fact(text, "Checks") == checks
    assert _fact(text, "Fevers") == fevers
    assert _fact(text, "Fevers without an outcome") == 1
    assert _fact(text, "Admitted") == admitted
    assert _fact(text, "Refused") == refused
    assert _fact(text, "Still inside at the end of the day") >= 1
    with site.sessions() as session:
        start, end = day_bounds(SHANGHAI, DAY)
        people = {c.person_id or c.visit_id or c.id for c in session.scalars(select(TemperatureCheck).where(
            TemperatureCheck.taken_at >= start, TemperatureCheck.taken_at < end,
            TemperatureCheck.recheck_of_id.is_(None)))}
    assert _fact(text, "People checked") == len(people)
    assert _fact(text, "Under observation") == 2
    assert _fact(text, "Follow-ups missed") == 3  # 张三's afternoon, both of 赵六's
    assert (_fact(text, "Alerts raised"), _fact(text, "Alerts closed"), _fact(text, "Alerts open")) == (2, 1, 1)
    assert "无出入证明 (2)" in text and "发热 (1)" in text
    for section in ("Daily committee report", "2026-03-01 Sun", "阳光花园", "Checks by hour and gate",
                    "Checks per day, last 14 days", "Temperature checks and fevers", "Visitors",
                    "Watch-list hits", "Returnees under observation", "Attempted exits",
                    "Nothing exported yet.", "Printed 2026-03-02 10:00 by"):
        assert section in text, section
    for outcome in ("Normal on second reading", "Entry refused", "Sent to a fever clinic",
                    "Resident reported to the committee", "OPEN: no outcome yet"):
        assert outcome in text, outcome
    for name in ("李喆", "𠮷田花子", "王堃", "顺丰快递", "吴十", "张三", "赵六"):
        assert name in text, name
    assert "武汉市" in text and "上门查看，一切正常" in text and "OPEN: no action yet" in text
    assert "139****5678" in text and INSIDE_PHONE not in text
    with site.sessions() as session:
        numbers = [*session.scalars(select(Visit.id_number)), *session.scalars(select(Person.id_number))]
        phones = [*session.scalars(select(Visit.phone)), *session.scalars(select(Person.phone))]
    flat = text.replace(" ", "")
    assert not [n for n in numbers if n and n in flat]
    assert not [p for p in phones if p and p.removeprefix("+86") in flat]
    assert _pages(path) <= 2
    assert {emb for _, emb in _fonts(path)} == {"yes"}
    assert all(name.split("+")[-1].startswith("GatePostSans") for name, _ in _fonts(path))


def test_weekly_and_monthly_summaries_match_the_database(site: Site, tmp_path: Path) -> None:
    first, last = period_of("weekly", DAY)
    assert (first, last) == (date(2026, 2, 23), DAY)
    for kind, day, period in (("weekly", DAY, (first, last)), ("monthly", date(2026, 2, 20),
                                                               (date(2026, 2, 1), date(2026, 2, 28)))):
        path = _pdf(site, tmp_path, kind, day)
        layout = _text(path, layout=True)
        expected = _counts(site, *period)
        for d, figures in expected.items():
            row = re.search(rf"^\s*{d.isoformat()} \w+\s+(.*)$", layout, re.MULTILINE)
            assert row, d
            assert tuple(int(v.replace(",", "")) for v in row.group(1).split()) == figures, d
        total = re.search(r"^\s*Total\s+(.*)$", layout, re.MULTILINE).group(1).split()
        assert [int(v.replace(",", "")) for v in total] == [sum(col) for col in zip(*expected.values(), strict=True)]
        text = _text(path)
        for section in ("Day by day", "Fevers and their outcome", "Returnees", "Checks per day"):
            assert section in text
        assert {emb for _, emb in _fonts(path)} == {"yes"}
    weekly = _text(tmp_path / f"weekly-{DAY}-en.pdf")
    assert "Weekly summary" in weekly and "2026-02-23 – 2026-03-01" in weekly
    assert "李喆" in weekly and "𠮷田花子" in weekly
    assert _fact(weekly, "Observations started") == 2


def test_a_month_that_runs_on_stops_at_today(site: Site, tmp_path: Path) -> None:
    text = _text(_pdf(site, tmp_path, "monthly", date(2026, 3, 2)), layout=True)
    assert "2026-03-01 – 2026-03-31 (to 2026-03-02)" in text
    assert "2026-03-02 Mon" in text and "2026-03-03" not in text


@pytest.mark.parametrize(("language", "font"), [("ja", "GatePostSansJP"), ("ko", "GatePostSansKR"),
                                                ("zh_CN", "GatePostSansSC")])
def test_each_language_prints_in_its_own_font(site: Site, tmp_path: Path, language: str, font: str) -> None:
    path = _pdf(site, tmp_path, "daily", language=language)
    fonts = _fonts(path)
    assert {emb for _, emb in fonts} == {"yes"}
    assert f"{font}-Regular" in {name.split("+")[-1] for name, _ in fonts}
    text = _text(path)
    assert "Daily committee report" in text  # translations are not filled yet: the English source
    assert "𠮷田花子" in text and "李喆" in text


def test_an_empty_day_gives_a_short_valid_report(sessions: sessionmaker[Session], admin: Actor,
                                                 tmp_path: Path) -> None:
    site = Site(sessions, admin, {})
    for kind in ("daily", "weekly", "monthly"):
        path = _pdf(site, tmp_path, kind, date(2026, 3, 2))
        assert _pages(path) == 1
        text = _text(path)
        assert "No fevers." in text
        if kind == "daily":
            assert _fact(text, "Checks") == 0 and "Still inside now: 0" in text


def test_who_may_print_and_what_is_refused(sessions: sessionmaker[Session], admin: Actor) -> None:
    with sessions() as session:
        with pytest.raises(PermissionDenied):
            report_pdf(session, replace(admin, role=Role.GUARD), "daily", DAY, "en", untranslated)
        with pytest.raises(ValidationError) as error:
            report_pdf(session, admin, "yearly", DAY, "en", untranslated)
        assert error.value.field == "kind"
        with pytest.raises(ValidationError) as error:
            report_pdf(session, admin, "daily", date(2026, 3, 3), "en", untranslated)
        assert error.value.field == "date"
        seen = []

        def cancel_after_first(done: int, total: int) -> bool:
            seen.append((done, total))
            return done < 1

        with pytest.raises(ReportCancelled):
            report_pdf(session, admin, "daily", DAY, "en", untranslated, progress=cancel_after_first)
        assert seen == [(0, 4), (1, 4)]
        steps = []
        report_pdf(session, admin, "weekly", DAY, "en", untranslated,
                   progress=lambda done, total: steps.append(done) is None)
        assert steps == [0, 1, 2, 3, 4]


def test_the_command_line_writes_a_report(site: Site, data_dir: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main

    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    out = tmp_path / "weekly.pdf"
    assert main(["--data-dir", str(data_dir), "--user", "admin", "--lang", "en", "report", "weekly",
                 "--date", DAY.isoformat(), "--out", str(out)]) == 0
    assert "Weekly summary" in _text(out) and "2026-02-23 – 2026-03-01" in _text(out)
