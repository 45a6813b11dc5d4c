import datetime

import pytest

from news.models import Awardee
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory


@pytest.fixture
def published_decision(section):
    """A published decision of 2025 with two awardees, one of them revoked, and a year of
    birth that must never be published."""
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"),
        number="2150/QĐ-UBND",
        signed_on=datetime.date(2025, 11, 14),
        level="chu_tich_ubnd_tinh",
    )
    AwardeeFactory(
        decision=decision,
        full_name="Hoàng Thị Mai",
        position="Giáo viên",
        unit="Trường THCS Hoàng Văn Thụ",
        locality="Phường Lương Văn Tri",
        birth_year=1937,
    )
    AwardeeFactory(
        decision=decision,
        kind=Awardee.Kind.COLLECTIVE,
        full_name="Tổ Toán – Tin",
        unit="Trường THPT Việt Bắc",
        position="",
        birth_year=None,
        revoked_on=datetime.date(2026, 11, 20),
        revocation_reference="2290/QĐ-UBND",
    )
    decision.save_revision().publish()
    decision.refresh_from_db()
    return decision
