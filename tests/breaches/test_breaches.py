"""The breach register: its 72-hour clock, who may open it (the secretariat and the superuser
only), the overdue badge in its list, and every change written to the site's history."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from breaches.models import Breach, BreachStatus, ClockState
from demo import accounts as demo_accounts

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
FOUND = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=HCM)
LIST = "/admin/snippets/breaches/breach/"
ADD = LIST + "add/"


def breach(**fields):
    values = {
        "title": "Gửi nhầm danh sách người góp ý cho đơn vị khác",
        "description": "Tệp tổng hợp ý kiến có số điện thoại được gửi nhầm địa chỉ thư.",
        "found_at": FOUND,
        "data_kinds": "Họ tên, số điện thoại, địa chỉ",
        "people_kinds": "Người góp ý về người được đề nghị khen thưởng",
        "people_affected": 37,
        **fields,
    }
    return Breach.objects.create(**values)


def test_the_deadline_is_72_hours_after_the_breach_was_found():
    item = breach()
    assert item.notification_deadline == datetime.datetime(2026, 3, 5, 9, 30, tzinfo=HCM)


@pytest.mark.parametrize(
    ("notified_after", "now_after", "expected"),
    [
        (None, datetime.timedelta(hours=1), (ClockState.RUNNING, 71)),
        (None, datetime.timedelta(hours=71, minutes=30), (ClockState.RUNNING, 1)),
        (None, datetime.timedelta(hours=72), (ClockState.RUNNING, 0)),
        (None, datetime.timedelta(hours=72, minutes=1), (ClockState.OVERDUE, 1)),
        (None, datetime.timedelta(days=5), (ClockState.OVERDUE, 48)),
        (datetime.timedelta(hours=70), datetime.timedelta(days=30), (ClockState.ON_TIME, 0)),
        (datetime.timedelta(hours=80), datetime.timedelta(days=30), (ClockState.LATE, 8)),
    ],
)
def test_the_clock(notified_after, now_after, expected):
    item = breach(authority_notified_at=FOUND + notified_after if notified_after else None)
    assert item.clock(now=FOUND + now_after) == expected


def test_a_late_notice_needs_its_reason_and_a_breach_cannot_happen_after_it_is_found():
    item = breach(
        authority_notified_at=FOUND + datetime.timedelta(hours=90),
        occurred_at=FOUND + datetime.timedelta(hours=1),
    )
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert set(refused.value.message_dict) == {"late_reason", "occurred_at"}
    item.late_reason = "Chưa xác định được phạm vi dữ liệu bị lộ."
    item.occurred_at = FOUND - datetime.timedelta(days=1)
    item.full_clean()


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "username", [demo_accounts.EDITOR, demo_accounts.APPROVER, demo_accounts.UNIT_OFFICER]
)
def test_refused_to_editor_approver_and_unit_officer(users, username):
    item = breach()
    client = signed_in(users[username])
    for url in (
        LIST,
        ADD,
        f"{LIST}edit/{item.pk}/",
        f"{LIST}delete/{item.pk}/",
        f"{LIST}history/{item.pk}/",
        "/admin/snippets/choose/breaches/breach/",
        f"/admin/bulk/breaches/breach/delete/?id={item.pk}",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), (username, url, response.status_code)
        assert item.title not in response.content.decode(), (username, url)
        if response.status_code == 302:
            # To the dashboard or the sign-in page, never into the register.
            assert "/breaches/" not in urlsplit(response["Location"]).path
    assert client.post(ADD, {"title": "Giả mạo"}).status_code in (302, 403)
    assert not Breach.objects.filter(title="Giả mạo").exists()


def test_refused_to_anonymous(client):
    item = breach()
    for url in (LIST, ADD, f"{LIST}edit/{item.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


def test_the_secretariat_keeps_the_register_but_cannot_delete(users):
    secretary = signed_in(users[demo_accounts.SECRETARIAT])
    overdue = breach(
        title="Lộ danh sách người hỏi",
        found_at=timezone.now() - datetime.timedelta(days=4, minutes=-30),
    )
    running = breach(
        title="Mất máy tính xách tay", found_at=timezone.now() - datetime.timedelta(hours=10)
    )
    html = secretary.get(LIST).content.decode()
    assert overdue.title in html and running.title in html
    assert html.count("breach-overdue") == 1 and "Quá hạn 24 giờ" in html
    assert "Còn 62 giờ" in html
    assert secretary.get(f"{LIST}delete/{overdue.pk}/").status_code in (302, 403)
    assert Breach.objects.filter(pk=overdue.pk).exists()
    # Only the secretariat's group and superusers hold the model's permissions.
    from django.contrib.auth.models import Permission

    holders = {
        group.name
        for permission in Permission.objects.filter(content_type__app_label="breaches")
        for group in permission.group_set.all()
    }
    assert holders == {"Thường trực Hội đồng"}


def form(**overrides):
    return {
        "title": "Thư xác nhận gửi nhầm người nhận",
        "description": "Hệ thống gửi thư xác nhận câu hỏi tới sai địa chỉ.",
        "occurred_at": "",
        "found_at": "02/03/2026 09:30",
        "data_kinds": "Họ tên, thư điện tử, nội dung câu hỏi",
        "people_kinds": "Người gửi câu hỏi",
        "people_affected": "3",
        "records_affected": "3",
        "measures": "",
        "authority_notified_at": "",
        "authority_reference": "",
        "late_reason": "",
        "people_notified_at": "",
        "status": BreachStatus.FOUND,
        **overrides,
    }


def test_every_change_is_in_the_history(users):
    secretary_user = users[demo_accounts.SECRETARIAT]
    secretary = signed_in(secretary_user)
    response = secretary.post(ADD, form())
    assert response.status_code == 302, response.content.decode()[:2000]
    item = Breach.objects.get(title="Thư xác nhận gửi nhầm người nhận")
    assert item.recorded_by == secretary_user
    assert item.found_at == FOUND

    changed = form(
        measures="Đã tạm dừng gửi thư, sửa lỗi cấu hình.",
        authority_notified_at="04/03/2026 08:00",
        authority_reference="12/TB-BTĐKT",
        status=BreachStatus.HANDLING,
    )
    assert secretary.post(f"{LIST}edit/{item.pk}/", changed).status_code == 302
    entries = ModelLogEntry.objects.filter(object_id=str(item.pk), action__startswith="tdkt.breach")
    recorded = entries.get(action="tdkt.breach.recorded")
    assert recorded.user == secretary_user
    edit = entries.get(action="tdkt.breach.changed")
    assert set(edit.data["fields"]) == {
        "measures",
        "authority_notified_at",
        "authority_reference",
        "status",
    }
    assert edit.data["status"] == BreachStatus.HANDLING
    item.refresh_from_db()
    assert item.clock()[0] == ClockState.ON_TIME


def test_unannounced_breaches_wait_on_the_secretariats_work_list(users, rf):
    from core.worklist import work_items

    label = "Sự cố dữ liệu cá nhân chưa thông báo cơ quan chuyên trách"

    def items_for(username):
        request = rf.get("/admin/")
        request.user = users[username]
        return {item.label: item for item in work_items(request)}

    assert label not in items_for(demo_accounts.SECRETARIAT)
    breach(authority_notified_at=FOUND + datetime.timedelta(hours=2))
    breach(status=BreachStatus.CLOSED)
    assert label not in items_for(demo_accounts.SECRETARIAT)
    breach(found_at=FOUND + datetime.timedelta(days=1))
    breach(found_at=FOUND)
    item = items_for(demo_accounts.SECRETARIAT)[label]
    assert item.count == 2 and item.urgent
    assert "05/03/2026 09:30" in item.detail and item.url == LIST
    assert label not in items_for(demo_accounts.EDITOR) and label not in items_for(
        demo_accounts.UNIT_OFFICER
    )


@pytest.mark.parametrize(
    ("found_ago", "notified", "shown"),
    [
        (datetime.timedelta(hours=41), None, "còn 31 giờ"),
        (datetime.timedelta(hours=76, minutes=30), None, "quá hạn 5 giờ"),
        (datetime.timedelta(days=3), FOUND + datetime.timedelta(hours=46, minutes=30),
         "đã thông báo lúc 04/03/2026 08:00"),
    ],
)  # fmt: skip
def test_the_edit_screen_opens_with_the_clock(users, found_ago, notified, shown):
    found_at = FOUND if notified else timezone.now() - found_ago
    item = breach(found_at=found_at, authority_notified_at=notified)
    response = signed_in(users[demo_accounts.SECRETARIAT]).get(f"{LIST}edit/{item.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    clock = html.index("breach-clock")
    assert shown in html[clock : clock + 800]
    assert clock < html.index('id="w-editor-form"')
