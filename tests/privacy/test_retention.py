"""Retention of the requests themselves: a closed request keeps its code, kind, dates and
status as proof it was handled, but not the requester's address, texts or file once
PRIVACY_REQUEST_RETENTION_MONTHS are over; unconfirmed requests go once their link expired."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from privacy import conf, data_requests
from privacy.models import (
    ERASED,
    DataRequest,
    PendingConfirmation,
    RequestStatus,
    token_digest,
)
from privacy.retention import erase_expired_requests

pytestmark = pytest.mark.django_db


def closed(number, days_ago, **fields):
    done_at = timezone.now() - timedelta(days=days_ago)
    request = DataRequest.objects.create(
        kind="correct",
        email=f"nguoi{number}@example.vn",
        details="Số điện thoại đúng của tôi là 0912 345 678.",
        confirmation_digest=token_digest(f"retention-{number}"),
        confirmed_at=done_at - timedelta(days=10),
        status=RequestStatus.DONE,
        done_at=done_at,
        note="Đã sửa số điện thoại thành 0912 345 678.",
        **fields,
    )
    return request


def test_closed_requests_lose_the_requesters_data_after_36_months(
    django_capture_on_commit_callbacks,
):
    assert conf.request_retention_months() == 36
    old = closed(1, days_ago=37 * 31, extension_reason="Chờ đơn vị xác minh ông Nguyễn Văn A.")
    old.data_file.save("du-lieu.json", ContentFile(b'{"ho_ten": "Nguyen Van A"}'), save=True)
    storage, name = old.data_file.storage, old.data_file.name
    assert storage.exists(name)
    recent = closed(2, days_ago=35 * 30)
    still_open = DataRequest.objects.create(
        kind="access",
        email="nguoi3@example.vn",
        details="Xin bản sao.",
        confirmation_digest=token_digest("retention-3"),
        confirmed_at=timezone.now() - timedelta(days=40 * 31),
    )
    code, confirmed_at, due_by = old.reference_code, old.confirmed_at, old.due_by

    with django_capture_on_commit_callbacks(execute=True):
        result = erase_expired_requests()

    assert result["requests"] == 1
    old.refresh_from_db()
    assert old.email == ERASED == "[đã xóa]"
    assert (old.details, old.note, old.extension_reason) == (ERASED, ERASED, ERASED)
    assert not old.data_file and not storage.exists(name)
    assert old.requester_erased_at is not None
    assert (old.reference_code, old.kind, old.status) == (code, "correct", RequestStatus.DONE)
    assert (old.confirmed_at, old.due_by) == (confirmed_at, due_by) and old.done_at
    assert ModelLogEntry.objects.filter(
        object_id=str(old.pk), action="tdkt.privacy.retention_erased"
    ).exists()
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert "@example.vn" in kept.email and ERASED not in kept.details
        assert kept.requester_erased_at is None
    # Done once: a second run finds nothing.
    assert erase_expired_requests()["requests"] == 0


def test_the_retention_is_a_setting(settings):
    settings.PRIVACY_REQUEST_RETENTION_MONTHS = 12
    year_old = closed(1, days_ago=400)
    assert erase_expired_requests()["requests"] == 1
    year_old.refresh_from_db()
    assert year_old.email == ERASED


def test_an_erased_request_finds_no_ones_data(citizen_data):
    # Erased comments keep an empty address: an empty address would find them all.
    citizen_data["opinion"].user_email = ""
    citizen_data["opinion"].save()
    request = closed(1, days_ago=40 * 31)
    erase_expired_requests()
    request.refresh_from_db()
    assert not data_requests.comments_of(request.email).exists()
    assert not data_requests.questions_of(request.email).exists()


def test_expired_unconfirmed_requests_are_deleted():
    fresh_token = data_requests.ask("access", "moi@example.vn")
    PendingConfirmation.objects.create(
        token_digest=token_digest("cu"),
        kind="delete",
        email="cu@example.vn",
        created_at=timezone.now() - timedelta(seconds=conf.CONFIRM_MAX_AGE + 60),
    )
    assert erase_expired_requests()["pending"] == 1
    assert list(PendingConfirmation.objects.values_list("email", flat=True)) == ["moi@example.vn"]
    assert data_requests.pending(fresh_token) is not None
