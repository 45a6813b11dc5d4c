"""A person's data request (privacy app) covers their requests to confirm or re-issue an
award: the file lists them and their consents, erasure removes their personal data."""

import io

import pytest
from openpyxl import load_workbook

from award_requests.models import ERASED, AwardRequest
from privacy import data_requests
from privacy.models import ConsentPurpose, ConsentRecord, DataRequest, record_consent, token_digest
from tests.award_requests.conftest import EMAIL, PHONE

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_consent(award_request):
    record_consent(award_request, ConsentPurpose.AWARD_REQUEST, "Tôi đồng ý để giải quyết.")
    return award_request


def test_the_persons_file_lists_their_requests_and_consents(with_consent):
    data = data_requests.personal_data(EMAIL.upper())
    [row] = data["award_requests"]
    assert row["ma"] == with_consent.reference_code and row["dien_thoai"] == PHONE
    assert row["nguoi_duoc_khen_thuong"] == "Bế Văn Lộc"
    purposes = [consent["muc_dich"] for consent in data["consents"]]
    assert str(ConsentPurpose.AWARD_REQUEST.label) in purposes
    content, extension = data_requests.data_file(EMAIL)
    workbook = load_workbook(io.BytesIO(content))
    assert extension == "xlsx" and "Đề nghị xác nhận, cấp lại" in workbook.sheetnames
    assert data_requests.personal_data("nguoi.khac@example.vn")["award_requests"] == []


def test_erasure_removes_the_requests_personal_data_and_withdraws_consent(with_consent):
    data_request = DataRequest.objects.create(
        kind="delete", email=EMAIL, confirmation_digest=token_digest("xoa-du-lieu")
    )
    counts = data_requests.erase(data_request, None)
    assert counts["award_requests"] == 1
    erased = AwardRequest.objects.get(pk=with_consent.pk)
    assert erased.requester_name == ERASED and erased.requester_email == ""
    assert erased.requester_phone == ERASED and not erased.identity_scan
    assert erased.awardee_birth_year is None and erased.personal_data_erased_at
    assert erased.reference_code == with_consent.reference_code  # the proof stays
    assert data_requests.personal_data(EMAIL)["award_requests"] == []
    consent = ConsentRecord.objects.get(object_id=with_consent.pk, purpose="award_request")
    assert consent.withdrawn_at is not None
