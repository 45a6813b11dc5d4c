"""Who reaches which private address: one table, roles across, addresses down.

    OK     the page (200)
    LOGIN  sent to sign in (the admin's sign-in for admin addresses, the site's otherwise)
    DENY   refused: 403, or the admin's redirect to its home page with a message
    NOUNIT the units' area refuses an account that belongs to no unit (403, Vietnamese page)

The deeper checks of the same areas, with what must stay unchanged after a refused action,
are beside their features and not repeated here:
  tests/registrations/test_office.py   the office's review views and actions (every role)
  tests/consultations/test_moderation.py  the moderation queue, detail, report, bulk actions
  tests/consultations/test_questions.py   the questions' admin list, edit, export, attachment
  tests/registrations/test_accounts.py    the officers' accounts views
  tests/registrations/test_registration.py  the units' pages (staff and other units refused)
This table adds the superuser, a signed-in account with no role, the remaining private
addresses (imports, catalogues, units, clusters, campaigns, settings, pages, documents) and a
read of each area above, so the whole matrix reads in one place.
"""

import pytest
from django.test import Client

from tests.security.conftest import ROLES

pytestmark = pytest.mark.django_db

OK, LOGIN, DENY, NOUNIT = "OK", "LOGIN", "DENY", "NOUNIT"
COLUMNS = ["anonymous", "norole", "officer", "editor", "approver", "secretariat", "superuser"]

A = "/admin"
# address: anonymous, no role, unit officer, editor, approver, secretariat, superuser
MATRIX = {
    f"{A}/":                                       (LOGIN, LOGIN, LOGIN, OK, OK, OK, OK),
    # The moderation of comments and the council's report (secretariat).
    f"{A}/y-kien/":                                (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/y-kien/{{comment}}/":                    (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/y-kien/bao-cao/{{round}}/":              (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/y-kien/bao-cao/{{round}}/xlsx/":         (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    # Citizens' questions (secretariat answers them).
    f"{A}/snippets/consultations/question/":       (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/consultations/question/edit/{{question}}/":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/consultations/question/?export=csv":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/y-kien/cau-hoi/{{question}}/tep-dinh-kem/":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    # Wagtail's chooser of questions (every admin address: test_admin_walk.py).
    f"{A}/snippets/choose/consultations/question/":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/choose/consultations/question/chosen/{{question}}/":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/consultations/questiontopic/":  (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/consultations/holiday/":        (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    # The office's review of registrations and reports.
    f"{A}/dang-ky-thi-dua/":                       (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/dang-ky-thi-dua/xep-hang/":              (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/dang-ky-thi-dua/xuat-excel/?campaign={{campaign}}":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/dang-ky-thi-dua/dang-ky/{{registration}}/":
                                                   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    # Unit officers' accounts and the units' import.
    f"{A}/can-bo-don-vi/":                         (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/can-bo-don-vi/them/":                    (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/can-bo-don-vi/nhap-tu-tep/":             (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/can-bo-don-vi/nhap-tu-tep/mau.xlsx":     (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    # Units, clusters, campaigns (secretariat keeps them).
    f"{A}/snippets/registrations/unit/":           (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/registrations/cluster/":        (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/registrations/campaign/":       (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/registrations/campaign/add/":   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    # Award catalogue, targets; the awardees' import into a decision (whoever edits it).
    f"{A}/snippets/news/awardform/":               (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/snippets/news/awardtarget/":             (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/khen-thuong/{{decision}}/nhap-danh-sach/":
                                                   (LOGIN, LOGIN, LOGIN, OK, OK, OK, OK),
    f"{A}/khen-thuong/mau-danh-sach.xlsx":         (LOGIN, LOGIN, LOGIN, OK, OK, OK, OK),
    # Site settings, accounts, pages and documents.
    f"{A}/settings/home/portalsettings/{{site}}/":   (LOGIN, LOGIN, LOGIN, DENY, DENY, OK, OK),
    f"{A}/users/":                                 (LOGIN, LOGIN, LOGIN, DENY, DENY, DENY, OK),
    f"{A}/groups/":                                (LOGIN, LOGIN, LOGIN, DENY, DENY, DENY, OK),
    f"{A}/pages/{{decision}}/edit/":               (LOGIN, LOGIN, LOGIN, OK, OK, OK, OK),
    f"{A}/documents/":                             (LOGIN, LOGIN, LOGIN, OK, OK, OK, OK),
    # The units' own area: only an account tied to a unit.
    "/dang-ky-thi-dua/dang-ky/{campaign}/":
                                        (LOGIN, NOUNIT, OK, NOUNIT, NOUNIT, NOUNIT, NOUNIT),
    "/dang-ky-thi-dua/bao-cao/{window}/":
                                        (LOGIN, NOUNIT, OK, NOUNIT, NOUNIT, NOUNIT, NOUNIT),
}  # fmt: skip


@pytest.fixture
def ids(nominee, unit_setting, users):
    from django.utils import timezone
    from wagtail.models import Site

    from consultations.models import PortalComment, Question
    from news.models import AwardDecisionPage
    from registrations.models import Registration
    from tests.registrations.factories import registration_with_rows

    comment = PortalComment.objects.create(
        content_type_id=nominee.content_type_id, object_pk=str(nominee.pk), site_id=1,
        user_name="Lò Văn A", user_email="a@example.vn", comment="Ý kiến",
        page_id=nominee.pk, round_id=nominee.get_parent().pk,
    )  # fmt: skip
    question = Question.objects.create(
        name="Hà Văn Lâm", email="lam@example.vn", text="?", consent_at=timezone.now()
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.consultations.factories import MINIMAL_PDF

    question.attachment.save("dinh-kem.pdf", SimpleUploadedFile("x.pdf", MINIMAL_PDF))
    campaign = unit_setting["campaign"]
    registration_with_rows(campaign, unit_setting["unit"])
    # The demo officer demo_accounts.UNIT_OFFICER works on the demo campaign of the year.
    from registrations.models import Campaign

    demo_campaign = Campaign.current(timezone.now()) or campaign
    return {
        "comment": comment.pk,
        "round": nominee.get_parent().pk,
        "question": question.pk,
        "campaign": demo_campaign.pk,
        "window": unit_setting["window"].pk,
        "registration": Registration.objects.filter(campaign=campaign).first().pk,
        "decision": AwardDecisionPage.objects.live().first().pk,
        "site": Site.objects.get(is_default_site=True).pk,
    }


def expected_outcome(response, url):
    status, location = response.status_code, response.get("Location", "")
    if status == 200:
        return OK
    if status == 302 and ("/admin/login/" in location or "/tai-khoan/dang-nhap/" in location):
        return LOGIN
    if status == 403 and "không thuộc đơn vị nào" in response.content.decode():
        return NOUNIT
    if status == 403 or (status == 302 and location.rstrip("/").endswith("/admin")):
        return DENY
    return f"{status} {location}"


@pytest.mark.parametrize("role", COLUMNS)
def test_permission_matrix(role_user, ids, role):
    client = Client()
    if role == "officer":
        client.force_login(role_user("officer"))
    elif role != "anonymous":
        client.force_login(role_user(role))
    column = COLUMNS.index(role)
    wrong = {}
    for template, row in MATRIX.items():
        url = template.format(**ids)
        outcome = expected_outcome(client.get(url), url)
        if outcome != row[column]:
            wrong[url] = f"expected {row[column]}, got {outcome}"
    assert not wrong, f"{role}: {wrong}"


def test_the_table_names_every_role():
    assert set(COLUMNS) - {"anonymous", "norole"} == set(ROLES)
    assert all(len(row) == len(COLUMNS) for row in MATRIX.values())
