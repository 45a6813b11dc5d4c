"""Requests about personal data: a confirmed request, and the citizen's submissions it finds."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.security.conftest import ROLES, as_role, role_user  # noqa: F401  (fixtures)

EMAIL = "mai.hoang@example.vn"
QUESTION_TEXT = "Xin hỏi thủ tục đề nghị Bằng khen cho tổ sản xuất của thôn Bản Chắt."
OPINION_TEXT = "Tôi xác nhận thành tích của bà trong phong trào xây dựng nông thôn mới."


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def nominee(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    return NomineePageFactory(parent=consultation)


@pytest.fixture
def citizen_data(nominee):
    """One question and one public opinion sent with the same address (in capitals once)."""
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sites.models import Site

    from consultations.models import ModerationState, PortalComment, Question
    from privacy.models import ConsentPurpose, record_consent

    now = timezone.now()
    question = Question.objects.create(
        name="Hoàng Thị Mai",
        email=EMAIL,
        phone="0987 654 321",
        text=QUESTION_TEXT,
        consent_at=now,
    )
    record_consent(question, ConsentPurpose.QUESTION, "Tôi đồng ý (câu hỏi).", now)
    opinion = PortalComment.objects.create(
        content_type=ContentType.objects.get_for_model(nominee.specific_class),
        object_pk=str(nominee.pk),
        site_id=Site.objects.get_current().pk,
        user_name="Hoàng Thị Mai",
        user_email=EMAIL.upper(),
        comment=OPINION_TEXT,
        submit_date=now,
        is_public=True,
        is_removed=False,
        page_id=nominee.pk,
        round_id=nominee.get_parent().pk,
        stance="agree",
        phone="0987 654 321",
        address="Thôn Bản Chắt, xã Đình Lập",
        consent_at=now,
        moderation_state=ModerationState.APPROVED,
    )
    record_consent(opinion, ConsentPurpose.OPINION, "Tôi đồng ý (ý kiến).", now)
    return {"question": question, "opinion": opinion}


@pytest.fixture
def data_request(db):
    from privacy.models import DataRequest, token_digest

    return DataRequest.objects.create(
        kind="access", email=EMAIL, confirmation_digest=token_digest("test-request")
    )
