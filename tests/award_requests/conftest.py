"""A citizen's request as the form sends it."""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from news.models import Awardee
from tests.security.conftest import ROLES, as_role, role_user  # noqa: F401  (fixtures)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PHONE = "0912 345 678"
EMAIL = "be.thi.hoa@example.vn"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def scan(content=PDF, name="can-cuoc.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def form_data(**overrides):
    data = {
        "kind": "cap_lai",
        "requester_name": "Bế Thị Hoa",
        "requester_phone": PHONE,
        "requester_email": EMAIL,
        "requester_address": "Thôn Nà Làng, xã Hoàng Văn Thụ",
        "relation": "con",
        "awardee_name": "Bế Văn Lộc",
        "awardee_birth_year": "1941",
        "awardee_native_place": "xã Văn Lãng",
        "verification_code": "",
        "award_name": "Huân chương Kháng chiến hạng Nhì",
        "decision_number": "125/KT",
        "award_year": "1986",
        "issuing_level": "Chủ tịch Hội đồng Nhà nước",
        "reason": "Bằng Huân chương bị thất lạc khi chuyển nhà năm 2024.",
        "reissue_cause": "mat",
        "consent_handling": "on",
        "consent_identity": "on",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def live_awardee(db):
    return Awardee.objects.filter(decision_live=True).order_by("pk").first()


@pytest.fixture
def award_request(db):
    from award_requests.models import AwardRequest

    return AwardRequest.objects.create(
        kind="xac_nhan",
        requester_name="Bế Thị Hoa",
        requester_phone=PHONE,
        requester_email=EMAIL,
        requester_address="Thôn Nà Làng",
        relation="con",
        awardee_name="Bế Văn Lộc",
        awardee_birth_year=1941,
        reason="Cần xác nhận để làm hồ sơ chế độ.",
        identity_scan=SimpleUploadedFile("giay-to.pdf", PDF),
    )
