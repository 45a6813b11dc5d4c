"""Unit officers' accounts: sign-in lockout, password reset, invitations, the secretariat's
officer views and the import of units and officers."""

import csv
import io
import re
import types
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from core import lockout, ratelimit
from core.exports import xlsx_bytes
from demo import accounts as demo_accounts
from home.models import Locality
from home.roles import UNIT_OFFICERS
from registrations.accounts import create_officer, invite_officer
from registrations.importing import units as unit_import
from registrations.models import Unit, UnitKind, UnitOfficer
from tests.registrations.factories import UnitFactory

pytestmark = pytest.mark.django_db

PASSWORD = "demo-password-for-tests"
SITE_LOGIN = "/tai-khoan/dang-nhap/"
ADMIN_LOGIN = "/admin/login/"
LOCKED = "Tài khoản tạm khoá do đăng nhập sai nhiều lần; vui lòng thử lại sau 15 phút."
OFFICERS = "/admin/can-bo-don-vi/"
ADD = OFFICERS + "them/"
IMPORT = OFFICERS + "nhap-tu-tep/"
TEMPLATE = IMPORT + "mau.xlsx"
HEADINGS = [heading for _field, heading in unit_import.COLUMNS]


@pytest.fixture(autouse=True)
def fresh_counts():
    """Failure counts live in the process-wide cache; no test may lock another out."""
    cache.clear()
    yield
    cache.clear()


def fail(client, url, username, times, **extra):
    for _ in range(times):
        response = client.post(url, {"username": username, "password": "sai-mat-khau"}, **extra)
    return response


def signed_in(client):
    return "_auth_user_id" in client.session


# Sign-in lockout


def test_site_sign_in_locks_after_five_failures_even_for_the_right_password(client):
    response = fail(client, SITE_LOGIN, demo_accounts.UNIT_OFFICER, 4)
    assert LOCKED not in response.content.decode()
    html = fail(client, SITE_LOGIN, demo_accounts.UNIT_OFFICER, 1).content.decode()
    assert LOCKED in html

    response = client.post(
        SITE_LOGIN, {"username": demo_accounts.UNIT_OFFICER, "password": PASSWORD}
    )
    html = response.content.decode()
    assert response.status_code == 200 and not signed_in(client)
    assert LOCKED in html and 'role="alert"' in html
    assert f'value="{demo_accounts.UNIT_OFFICER}"' in html  # what was typed is kept
    # Another account is not affected.
    assert (
        client.post(
            SITE_LOGIN, {"username": demo_accounts.OTHER_UNIT_OFFICER, "password": PASSWORD}
        ).status_code
        == 302
    )


def test_admin_sign_in_is_locked_too(client):
    fail(client, ADMIN_LOGIN, demo_accounts.SECRETARIAT, 5)
    response = client.post(
        ADMIN_LOGIN, {"username": demo_accounts.SECRETARIAT, "password": PASSWORD}
    )
    assert response.status_code == 200 and not signed_in(client)
    assert LOCKED in response.content.decode()  # the admin's page says why, too
    # The lock is the account's, whichever page counted the failures.
    response = client.post(
        SITE_LOGIN, {"username": demo_accounts.SECRETARIAT, "password": PASSWORD}
    )
    assert LOCKED in response.content.decode()


def test_the_lock_ends_after_the_window(client, monkeypatch, settings):
    fail(client, SITE_LOGIN, demo_accounts.UNIT_OFFICER, 5)
    assert (
        lockout.seconds_locked(demo_accounts.UNIT_OFFICER, None) == settings.SIGN_IN_LOCKOUT_SECONDS
    )
    later = lockout.time.time() + settings.SIGN_IN_LOCKOUT_SECONDS + 1
    monkeypatch.setattr(lockout, "time", types.SimpleNamespace(time=lambda: later))
    response = client.post(
        SITE_LOGIN, {"username": demo_accounts.UNIT_OFFICER, "password": PASSWORD}
    )
    assert response.status_code == 302 and signed_in(client)


def test_attempts_while_locked_do_not_extend_the_lock(client, monkeypatch):
    fail(client, SITE_LOGIN, demo_accounts.UNIT_OFFICER, 5)
    until = ratelimit.recall(lockout._lock_key(lockout.USERNAME, demo_accounts.UNIT_OFFICER))
    assert until
    fail(client, SITE_LOGIN, demo_accounts.UNIT_OFFICER, 10)
    assert (
        ratelimit.recall(lockout._lock_key(lockout.USERNAME, demo_accounts.UNIT_OFFICER)) == until
    )


def test_a_successful_sign_in_resets_the_count(client):
    fail(client, SITE_LOGIN, demo_accounts.OTHER_UNIT_OFFICER, 4)
    assert (
        client.post(
            SITE_LOGIN, {"username": demo_accounts.OTHER_UNIT_OFFICER, "password": PASSWORD}
        ).status_code
        == 302
    )
    client.logout()
    fail(client, SITE_LOGIN, demo_accounts.OTHER_UNIT_OFFICER, 4)
    assert (
        client.post(
            SITE_LOGIN, {"username": demo_accounts.OTHER_UNIT_OFFICER, "password": PASSWORD}
        ).status_code
        == 302
    )


def test_many_failures_from_one_address_lock_that_address(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sign-in-ip": (3, 900)}
    for name in ("khong-co-1", "khong-co-2", "khong-co-3"):
        fail(client, SITE_LOGIN, name, 1, REMOTE_ADDR="203.0.113.7")
    refused = client.post(
        SITE_LOGIN,
        {"username": demo_accounts.OTHER_UNIT_OFFICER, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert LOCKED in refused.content.decode()
    other = client.post(
        SITE_LOGIN,
        {"username": demo_accounts.OTHER_UNIT_OFFICER, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.8",
    )
    assert other.status_code == 302


def test_the_sign_in_page_links_to_password_reset(client):
    assert 'href="/tai-khoan/quen-mat-khau/"' in client.get(SITE_LOGIN).content.decode()


# Password reset and invitations


def link_in(message):
    return urlsplit(re.search(r"https?://\S+/tai-khoan/dat-mat-khau/\S+/", message.body)[0]).path


def test_password_reset_mails_a_known_address_and_answers_the_same_for_an_unknown_one(
    client, django_capture_on_commit_callbacks
):
    assert client.get("/tai-khoan/quen-mat-khau/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/tai-khoan/quen-mat-khau/", {"email": "donvi1@example.invalid"})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["donvi1@example.invalid"]
    assert demo_accounts.UNIT_OFFICER in mail.outbox[0].body and link_in(mail.outbox[0])

    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post("/tai-khoan/quen-mat-khau/", {"email": "khong-co@example.invalid"})
    assert len(mail.outbox) == 1
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known["Location"] == "/tai-khoan/quen-mat-khau/da-gui/"
    assert client.get(known["Location"]).status_code == 200


def test_an_invitation_sets_a_password_then_the_officer_signs_in(
    client, rf, django_capture_on_commit_callbacks
):
    unit = UnitFactory(name="Sở Thử nghiệm Mời & Đón")
    officer = create_officer(
        unit, "Lường Thị Mai", "luong.mai", "mai@example.invalid", "Chuyên viên"
    )
    user = officer.user
    assert not user.has_usable_password()
    assert user.groups.filter(name=UNIT_OFFICERS).exists()
    assert (user.first_name, user.last_name) == ("Lường Thị", "Mai")

    with django_capture_on_commit_callbacks(execute=True):
        invite_officer(officer, rf.get("/"))
    officer.refresh_from_db()
    assert officer.invited_at is not None
    message = mail.outbox[-1]
    assert message.to == ["mai@example.invalid"]
    assert "Sở Thử nghiệm Mời & Đón" in message.subject  # plain text, not HTML-escaped
    for text in ("Sở Thử nghiệm Mời & Đón", "luong.mai", "http://127.0.0.1:8000/dang-ky-thi-dua/"):
        assert text in message.body

    link = link_in(message)
    form_url = client.get(link)["Location"]  # the token moves into the session
    assert 'name="new_password1"' in client.get(form_url).content.decode()
    response = client.post(
        form_url, {"new_password1": "Hoa-mai-no-2026", "new_password2": "Hoa-mai-no-2026"}
    )
    assert response["Location"] == "/tai-khoan/dat-mat-khau/xong/"
    # The link works once.
    assert "không còn dùng được" in client.get(link, follow=True).content.decode()

    response = client.post(SITE_LOGIN, {"username": "luong.mai", "password": "Hoa-mai-no-2026"})
    assert response["Location"] == "/dang-ky-thi-dua/"
    assert "Sở Thử nghiệm Mời" in client.get("/dang-ky-thi-dua/").content.decode()


def test_an_invited_officer_without_a_password_can_ask_for_a_new_link(
    client, django_capture_on_commit_callbacks
):
    create_officer(UnitFactory(), "Hà Văn Tú", "ha.tu", "tu@example.invalid")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/tai-khoan/quen-mat-khau/", {"email": "TU@example.invalid"})
    assert [message.to for message in mail.outbox] == [["tu@example.invalid"]]


# The secretariat's officer views


def test_officer_views_are_for_the_secretariat_only(client, users):
    urls = [OFFICERS, ADD, IMPORT, TEMPLATE]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and ADMIN_LOGIN in response["Location"], url
    for username in (demo_accounts.EDITOR, demo_accounts.APPROVER):
        client.force_login(users[username])
        for url in urls:
            assert client.get(url).status_code == 403, (username, url)
        assert "/admin/can-bo-don-vi/" not in client.get("/admin/").content.decode()
    # Unit officers have no admin access at all: Wagtail sends them to its sign-in page.
    client.force_login(users[demo_accounts.UNIT_OFFICER])
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and ADMIN_LOGIN in response["Location"], url
    client.force_login(users[demo_accounts.SECRETARIAT])
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert "/admin/can-bo-don-vi/" in client.get("/admin/").content.decode()


def test_adding_an_officer_creates_the_account_and_sends_the_invitation(
    client, users, django_capture_on_commit_callbacks
):
    unit = UnitFactory(name="Sở Thử nghiệm Thêm")
    data = {
        "unit": unit.pk,
        "full_name": "Đinh Văn Hùng",
        "username": "dinh.hung",
        "email": "hung@example.invalid",
        "position": "Phó Chánh Văn phòng",
    }
    client.force_login(users[demo_accounts.EDITOR])
    assert client.post(ADD, data).status_code == 403
    assert not get_user_model().objects.filter(username="dinh.hung").exists()

    client.force_login(users[demo_accounts.SECRETARIAT])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD, data)
    assert response["Location"] == OFFICERS
    officer = UnitOfficer.objects.get(user__username="dinh.hung")
    assert officer.unit == unit and officer.position == "Phó Chánh Văn phòng"
    assert officer.invited_at is not None and officer.user.email == "hung@example.invalid"
    assert mail.outbox[-1].to == ["hung@example.invalid"]

    html = client.get(OFFICERS, {"q": "dinh.hung"}).content.decode()
    assert "Sở Thử nghiệm Thêm" in html and "hung@example.invalid" in html
    assert demo_accounts.UNIT_OFFICER not in html
    assert "Tên đăng nhập này đã có." in client.post(ADD, data).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(OFFICERS + f"{officer.pk}/gui-lai-thu-moi/")
    assert len(mail.outbox) == 2 and mail.outbox[-1].to == ["hung@example.invalid"]


# Import of units and officers


def upload(rows, headings=HEADINGS):
    return SimpleUploadedFile(
        "don-vi.xlsx",
        xlsx_bytes([("Đơn vị", headings, rows)]),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def row(code, name, kind="Sở, ban, ngành", parent="", officer=("", "", "", ""), **extra):
    values = {
        "code": code,
        "name": name,
        "kind": kind,
        "parent": parent,
        "officer_name": officer[0],
        "officer_username": officer[1],
        "officer_email": officer[2],
        "officer_position": officer[3],
        **extra,
    }
    return [values.get(field, "") for field, _heading in unit_import.COLUMNS]


def test_a_valid_file_creates_units_and_officers_and_sends_invitations(
    client, users, django_capture_on_commit_callbacks
):
    Locality.objects.create(name="xã Thử Nghiệm Đông", slug="xa-thu-nghiem-dong")
    existing = UnitFactory(code="TN-CU", name="Tên cũ", address="Địa chỉ cũ")
    rows = [
        # A child before its parent: the parent is in the file further down.
        row("TN-CON", "Phòng Thử nghiệm", parent="TN-ME", locality="xa thu nghiem dong"),
        row(
            "TN-ME",
            "Sở Thử nghiệm Nhập",
            kind="so ban nganh",
            email="so@example.invalid",
            officer=("Nông Thị Hoa", "nong.hoa", "hoa@example.invalid", "Chuyên viên"),
        ),
        row(
            "TN-CU",
            "Tên mới",
            kind="Doanh nghiệp",
            officer=("Triệu Văn Sơn", "trieu.son", "son@example.invalid", ""),
        ),
    ]
    client.force_login(users[demo_accounts.SECRETARIAT])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IMPORT, {"file": upload(rows)})
    assert response["Location"] == OFFICERS

    child, parent = Unit.objects.get(code="TN-CON"), Unit.objects.get(code="TN-ME")
    assert child.parent == parent and child.locality.name == "xã Thử Nghiệm Đông"
    assert parent.kind_id == UnitKind.DEPARTMENT and parent.email == "so@example.invalid"
    existing.refresh_from_db()
    assert (existing.name, existing.kind_id) == ("Tên mới", UnitKind.ENTERPRISE)
    assert existing.address == "Địa chỉ cũ"  # a blank cell leaves the value
    hoa = UnitOfficer.objects.get(user__username="nong.hoa")
    assert hoa.unit == parent and hoa.position == "Chuyên viên" and hoa.invited_at
    assert hoa.user.groups.filter(name=UNIT_OFFICERS).exists()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "hoa@example.invalid",
        "son@example.invalid",
    ]

    # The same file again changes nothing and invites nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(IMPORT, {"file": upload(rows)}).status_code == 302
    assert len(mail.outbox) == 2
    assert UnitOfficer.objects.filter(user__username__in=["nong.hoa", "trieu.son"]).count() == 2


def test_a_file_with_errors_imports_nothing_and_lists_each_error(
    client, users, django_capture_on_commit_callbacks
):
    rows = [
        row("TN-A", "Đơn vị A", kind="Bệnh viện"),  # row 2
        row("TN-B", "Đơn vị B", officer=("Lò Văn Bảo", "lo.bao", "bao@example.invalid", "")),
        row("TN-C", "", officer=("Lò Thị Bình", "LO.BAO", "binh@example.invalid", "")),  # row 4
        row("TN-D", "Đơn vị D", parent="KHONG-CO"),  # row 5
        row(
            "TN-E", "Đơn vị E", officer=("Bế Văn Cường", demo_accounts.EDITOR, "khong-phai-thu", "")
        ),
        row("TN-B", "Đơn vị B lần hai"),  # row 7
    ]
    units, accounts = Unit.objects.count(), get_user_model().objects.count()
    client.force_login(users[demo_accounts.SECRETARIAT])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IMPORT, {"file": upload(rows)})
    assert response.status_code == 200
    assert (Unit.objects.count(), get_user_model().objects.count()) == (units, accounts)
    assert mail.outbox == []

    _planned, errors = unit_import.validate(unit_import.read_rows(upload(rows)))
    found = {(error.row, error.column) for error in errors}
    assert found == {
        (2, "Loại đơn vị"),
        (4, "Tên đơn vị"),
        (4, "Cán bộ: tên đăng nhập"),
        (5, "Mã đơn vị cấp trên"),
        (6, "Cán bộ: tên đăng nhập"),
        (6, "Cán bộ: thư điện tử"),
        (7, "Mã đơn vị"),
    }
    html = response.content.decode()
    assert "Có 7 lỗi; chưa nhập dòng nào." in html
    assert "Trùng tên đăng nhập với dòng 3." in html and "Trùng mã với dòng 3." in html
    assert "Không có đơn vị mã “KHONG-CO”" in html


def test_parents_may_not_form_a_loop():
    rows = [
        (1, HEADINGS),
        (2, row("TN-X", "X", parent="TN-Y")),
        (3, row("TN-Y", "Y", parent="TN-X")),
    ]
    _planned, errors = unit_import.validate(rows)
    assert [(error.row, error.column) for error in errors] == [
        (2, "Mã đơn vị cấp trên"),
        (3, "Mã đơn vị cấp trên"),
    ]


def test_a_csv_saved_by_excel_is_read_and_missing_columns_are_named():
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADINGS)
    writer.writerow(row("TN-CSV", "Đơn vị CSV", kind="doan the"))
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    planned, errors = unit_import.validate(
        unit_import.read_rows(SimpleUploadedFile("don-vi.csv", data))
    )
    assert errors == [] and planned[0].kind == UnitKind.MASS_ORGANISATION

    with pytest.raises(unit_import.ImportFileError, match="Loại đơn vị"):
        unit_import.validate([(1, ["Mã đơn vị", "Tên đơn vị"]), (2, ["TN-Z", "Z"])])


def test_the_template_download_reads_back_as_a_valid_file(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    response = client.get(TEMPLATE)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    upload_back = SimpleUploadedFile("mau.xlsx", response.content)
    rows = unit_import.read_rows(upload_back)
    assert rows[0][1] == HEADINGS
    planned, errors = unit_import.validate(rows)
    assert errors == [] and [r.values["code"] for r in planned] == ["SNV", "SNV-BTDKT"]
