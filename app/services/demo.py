"""Demo data: a plausible roster and weeks of gate traffic, for training and benchmarks.

Rows go in through ``bulk_insert`` (one ``executemany`` per table and day, no ORM unit of work),
one transaction per day; they carry the same sync identity the services would give them.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.bulk import bulk_insert
from app.db.stamping import current_revision
from app.domain.identity import IdType
from app.domain.names import name_keys
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Gate, Household, Person, TemperatureCheck, Visit, new_id
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.site_time import local_today, site_zone

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志宏德海波宇浩然子涵一诺梓萱欣怡雨桐俊杰喆堃淼鑫晶琳"
FOREIGN_NAMES = {
    "ja": ["佐藤 健", "鈴木 花子", "高橋 誠", "田中 美咲", "𠮷田 翔太"],
    "ko": ["김민준", "이서연", "박지훈", "최수아", "정예준"],
    "en": ["John Smith", "Emma Brown", "Liam Wilson", "Olivia Taylor", "Noah Davies"],
}
REGIONS = ["110105", "310104", "440305", "420106", "510107", "330106", "320102"]
PLATES = ["京A", "京N", "沪B", "粤B", "鄂A", "川A", "浙A"]
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
# Readings 35.0-39.2 °C weighted like a normal curve around 36.3 (sd 0.3).
READINGS = list(range(350, 393))
READING_WEIGHTS = [math.exp(-((r - 363) / 3) ** 2 / 2) for r in READINGS]


@dataclass(frozen=True)
class DemoSummary:
    households: int
    residents: int
    checks: int
    visits: int


def _resident_id(rng: random.Random, born: date) -> str:
    from stdnum.cn import ric

    body = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")  # it ignores the last character


def _roster(rng: random.Random, actor: Actor, residents: int, today: date,
            existing: dict[str, Any], first_pass: int) -> tuple[list[dict], list[dict]]:
    """Households (reusing those already in ``existing``, by room) and their new residents."""
    households: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    per_household = 2.6
    n_households = max(1, round(residents / per_household))
    for i in range(n_households):
        building, rest = divmod(i, 48)
        unit, floor_room = divmod(rest, 24)
        room = f"{floor_room // 2 + 1}0{floor_room % 2 + 1}"
        key = f"{building + 1}-{unit + 1}-{room}"
        households.append(dict(id=existing.get(key) or new_id(), site_id=actor.site_id,
                               building=str(building + 1),
                               unit=str(unit + 1), room=room, room_key=key))
    for i in range(residents):
        household = households[i % n_households]
        tags: list[str] = []
        language = None
        if rng.random() < 0.02:
            language = rng.choice(["ja", "ko", "en"])
            name = rng.choice(FOREIGN_NAMES[language])
            tags.append("foreign")
        else:
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
        if rng.random() < 0.04:
            tags.append("elderly_alone")
        if rng.random() < 0.005:
            tags.append("dialysis")
        born = today - timedelta(days=rng.randrange(3 * 365, 90 * 365))
        id_number = _resident_id(rng, born) if language is None else None
        initials, pinyin = name_keys(name)
        people.append(dict(
            id=new_id(), site_id=actor.site_id, household_id=household["id"], name=name,
            name_initials=initials, name_pinyin=pinyin,
            phone=f"+861{rng.choice('3578')}{rng.randrange(10**9):09d}",
            id_type=IdType.RESIDENT_ID.value if id_number else IdType.PASSPORT.value,
            id_number=id_number or f"E{rng.randrange(10**8):08d}",
            id_last4=(id_number or "")[-4:] or None, pass_no=f"{first_pass + i + 1:05d}",
            tags=tags, language=language,
        ))
    return households, people


def _stamp(rows: list[dict[str, Any]], rev: Any, actor: Actor, at: datetime) -> list[dict[str, Any]]:
    for row in rows:
        row.update(origin_site_id=rev.site_id, rev_replica_id=rev.replica_id,
                   rev_counter=rev.counter, created_at=at, created_by=actor.user_id,
                   updated_at=at, updated_by=actor.user_id, deleted=False)
    return rows


def _rechecks(rng: random.Random, checks: list[dict[str, Any]], threshold: int) -> list[dict[str, Any]]:
    """Close each demo fever the way a gate would: mostly cleared by a second reading."""
    rechecks = []
    for hold in (c for c in checks if c["is_fever"]):
        reading = rng.choice([364, 366, 368, 370, 375, 380])
        hold["outcome"] = "cleared" if reading < threshold else "fever_clinic"
        rechecks.append({**hold, "id": new_id(), "reading_dt": reading, "outcome": None,
                         "is_fever": reading >= threshold, "recheck_of_id": hold["id"],
                         "taken_at": hold["taken_at"] + timedelta(minutes=rng.randrange(3, 8))})
    for check in checks:
        check.setdefault("outcome", None)
        check.setdefault("recheck_of_id", None)
    return rechecks


def generate_demo_data(sessions: sessionmaker[Session], actor: Actor, *, residents: int,
                       days: int, seed: int = 1, passes_per_day: float = 2.0,
                       visits_per_day: int | None = None, progress: Any = None) -> DemoSummary:
    """Add a roster of ``residents`` and ``days`` days of traffic ending today.

    Each day is its own transaction (progress and cancellation are per day).
    """
    if not 1 <= residents <= 200_000:
        raise ValidationError("residents", QT_TRANSLATE_NOOP("Errors", "Enter 1 to 200000."))
    if not 0 <= days <= 3660:
        raise ValidationError("days", QT_TRANSLATE_NOOP("Errors", "Enter 0 to 3660."))
    rng = random.Random(seed)
    with sessions.begin() as session:
        authorize(session, actor, Role.ADMIN)
        zone = site_zone(session, actor.site_id)
        today = local_today(zone)
        gates = list(session.scalars(select(Gate.id).where(Gate.site_id == actor.site_id)))
        threshold = load_policy(session, actor.site_id).fever_threshold_dt
        existing = dict(session.execute(
            select(Household.room_key, Household.id).where(Household.site_id == actor.site_id)).all())
        first_pass = session.scalar(select(func.count()).select_from(Person)) or 0
        households, people = _roster(rng, actor, residents, today, existing, first_pass)
        rev = current_revision(session)
        now = clock.now()
        connection = session.connection()
        new_households = [h for h in households if h["room_key"] not in existing]
        bulk_insert(connection, Household.__table__, _stamp(new_households, rev, actor, now))
        bulk_insert(connection, Person.__table__, _stamp(people, rev, actor, now))
        audit(session, "demo.roster", "person", None, residents=residents)
    person_ids = [p["id"] for p in people]
    room_keys = [h["room_key"] for h in households]
    checks = visits = 0
    now = clock.now()
    for offset in range(days, 0, -1):
        day = today - timedelta(days=offset - 1)
        start = datetime.combine(day, time(6), zone)
        span = int(min(timedelta(hours=17), clock.now() - start).total_seconds())
        if span <= 0:
            continue
        day_visits: list[dict[str, Any]] = []
        passes = int(residents * passes_per_day)
        # Drawn in bulk (random.choices loops in C): a million checks is mostly this loop.
        day_checks: list[dict[str, Any]] = [
            dict(id=new_id(), site_id=actor.site_id, gate_id=gate, subject_kind="resident",
                 person_id=person, visit_id=None, taken_at=start + timedelta(seconds=second),
                 reading_dt=reading, method="forehead", threshold_dt=threshold,
                 is_fever=reading >= threshold)
            for gate, person, second, reading in zip(
                rng.choices(gates, k=passes), rng.choices(person_ids, k=passes),
                rng.choices(range(span), k=passes),
                rng.choices(READINGS, weights=READING_WEIGHTS, k=passes), strict=True)
        ]
        for _ in range(visits_per_day if visits_per_day is not None else max(1, residents // 100)):
            at = start + timedelta(seconds=rng.randrange(span))
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=2))
            born = today - timedelta(days=rng.randrange(18 * 365, 70 * 365))
            id_number = _resident_id(rng, born)
            visit_id = new_id()
            reading = min(max(round(rng.gauss(364, 2)), 355), 380)
            plate = (rng.choice(PLATES) + "".join(rng.choices(PLATE_CHARS, k=5))
                     if rng.random() < 0.3 else None)
            day_visits.append(dict(
                id=visit_id, site_id=actor.site_id, gate_id=rng.choice(gates), name=name,
                name_initials=name_keys(name)[0], id_type=IdType.RESIDENT_ID.value,
                id_number=id_number, id_last4=id_number[-4:],
                phone=f"+8613{rng.randrange(10**9):09d}", host_household_id=None,
                host_room=rng.choice(room_keys), purpose=rng.choice(
                    ["visit", "delivery", "delivery", "repair", "medical"]),
                plate=plate, companions=rng.choice([0, 0, 0, 1, 2]), origin="",
                reading_dt=reading, threshold_dt=threshold, admitted=reading < threshold,
                refusal_reason=None if reading < threshold else "fever",
                time_in=at, time_out=min(at + timedelta(minutes=rng.randrange(5, 240)), now)
                if reading < threshold else None,
                pass_no=None, pass_valid_until=None,
            ))
            day_checks.append(dict(
                id=new_id(), site_id=actor.site_id, gate_id=day_visits[-1]["gate_id"],
                subject_kind="visitor", person_id=None, visit_id=visit_id, taken_at=at,
                reading_dt=reading, method="forehead", threshold_dt=threshold,
                is_fever=reading >= threshold,
            ))
        day_checks += _rechecks(rng, day_checks, threshold)
        with sessions.begin() as session:
            session.info["actor_id"] = actor.user_id
            rev = current_revision(session)
            connection = session.connection()
            bulk_insert(connection, Visit.__table__, _stamp(day_visits, rev, actor, now))
            bulk_insert(connection, TemperatureCheck.__table__, _stamp(day_checks, rev, actor, now))
        checks += len(day_checks)
        visits += len(day_visits)
        if progress is not None and progress(days - offset + 1, days) is False:
            break
    return DemoSummary(len(new_households), residents, checks, visits)
