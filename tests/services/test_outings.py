"""The optional household outing rule (off by default)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models import PolicySetting
from app.services.lookup import find_resident
from app.services.outings import outing_status, record_outing
from app.services.residents import import_residents
from tests.helpers import ENGLISH_HEADER, csv_bytes


def test_one_member_every_two_days(sessions, admin, fixed_clock) -> None:
    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes([ENGLISH_HEADER, "张三,3,2,201,,,,00001,",
                                                    "李芳,3,2,201,,,,00002,"]))
        zhang, li = find_resident(session, admin, "00001"), find_resident(session, admin, "00002")
        assert outing_status(session, admin, zhang) is None  # off by default
        session.add(PolicySetting(site_id=admin.site_id, key="household_outing_days", value=2))
    with sessions.begin() as session:
        assert outing_status(session, admin, zhang).allowed
        record_outing(session, admin, zhang, None)
    fixed_clock.advance(days=1)
    with sessions.begin() as session:
        status = outing_status(session, admin, li)  # same household
        assert not status.allowed and status.last_by == "张三" and status.next_on == date(2026, 3, 4)
        with pytest.raises(ValidationError) as refused:
            record_outing(session, admin, li, None)
        assert "2026-03-04" in refused.value.render()
    fixed_clock.advance(days=1)
    with sessions.begin() as session:
        assert record_outing(session, admin, li, None).last_by == "李芳"


def test_no_outing_for_someone_under_observation(sessions, admin, fixed_clock) -> None:
    from app.services.policy import set_policy
    from app.services.returnees import ReturneeForm, add_returnee

    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes([ENGLISH_HEADER, "张三,3,2,201,,,,00001,"]))
        zhang = find_resident(session, admin, "00001")
        set_policy(session, admin, "household_outing_days", "2")
        add_returnee(session, admin, ReturneeForm(zhang, "420106", date(2026, 3, 1)))
        assert outing_status(session, admin, zhang) is None
        with pytest.raises(ValidationError):
            record_outing(session, admin, zhang, None)


@pytest.mark.parametrize(("key", "value"), [("observation_days", "0"), ("fever_threshold_dt", "0"),
                                            ("household_outing_days", "²"), ("nonsense", "1")])
def test_policy_values_out_of_range_are_refused(sessions, admin, key, value) -> None:
    from app.services.policy import set_policy

    with pytest.raises(ValidationError) as refused, sessions.begin() as session:
        set_policy(session, admin, key, value)
    assert refused.value.field == "policy"
