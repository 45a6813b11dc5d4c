"""The council's screens (admin/hoi-dong/): a round's council page, the consultation made from
it, the meeting and its ballot sheet, the minutes, the draft decision, and who may use them."""

import datetime
import io
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationPage, NomineePage, NomineeState
from demo import accounts as demo_accounts
from news.models import AwardDecisionPage
from registrations import outcomes
from registrations.models import Ballot, CouncilMeeting, ProposedNominee
from tests.admin.english import english_in_html, english_words
from tests.registrations.factories import officer_for
from tests.registrations.proposals.factories import ProposalRoundFactory, award
from tests.registrations.proposals.test_outcomes import (
    accepted_nominee,
    labour_order,
    meeting_for,
    thresholds,
    upload_report,
    vote,
)

pytestmark = pytest.mark.django_db

LOGIN = reverse("wagtailadmin_login")
ADMIN_HOME = reverse("wagtailadmin_home")


def url(name, *args):
    return reverse(f"council:{name}", args=args)


@pytest.fixture
def proposal_round():
    return ProposalRoundFactory()


@pytest.fixture
def secretary(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    return client


@pytest.fixture
def setting(proposal_round):
    """A round with a consulted nominee, two provincial ones and a meeting."""
    thresholds()
    consulted = accepted_nominee(
        proposal_round, full_name="Nông Thị Lấy Ý Kiến", award_form=labour_order()
    )
    upload_report(consulted)
    certificate = accepted_nominee(proposal_round, full_name="Hoàng Văn Bằng Khen")
    fighter = accepted_nominee(
        proposal_round,
        full_name="Lăng Thị Chiến Sĩ",
        award_form=award("Chiến sĩ thi đua cấp tỉnh"),
    )
    meeting = meeting_for(proposal_round, total=17, present=16)
    return {
        "round": proposal_round,
        "consulted": consulted,
        "certificate": certificate,
        "fighter": fighter,
        "meeting": meeting,
    }


def every_url(setting):
    round_pk, meeting_pk = setting["round"].pk, setting["meeting"].pk
    return [
        url("round", round_pk),
        url("make_consultation", round_pk),
        url("meeting_create", round_pk),
        url("meeting", meeting_pk),
        url("minutes_docx", meeting_pk),
        url("minutes_print", meeting_pk),
        url("make_decision", meeting_pk),
    ]


# Who may ---------------------------------------------------------------------------------


def assert_nothing_changed(setting, pages_before):
    assert ConsultationPage.objects.count() == pages_before["consultations"]
    assert AwardDecisionPage.objects.count() == pages_before["decisions"]
    assert CouncilMeeting.objects.filter(round=setting["round"]).count() == 1
    assert not Ballot.objects.filter(meeting=setting["meeting"]).exists()


def counts():
    return {
        "consultations": ConsultationPage.objects.count(),
        "decisions": AwardDecisionPage.objects.count(),
    }


def post_everything(client, address, setting):
    meeting = setting["meeting"]
    return client.post(
        address,
        {
            "held_on": "2031-12-20",
            "members_total": 17,
            "members_present": 15,
            f"for_{setting['certificate'].pk}": 15,
            "award_form": award("Bằng khen của Chủ tịch UBND tỉnh").pk,
            "meeting": meeting.pk,
        },
    )


def test_anonymous_visitors_are_sent_to_sign_in(client, setting):
    before = counts()
    for address in every_url(setting):
        for response in (client.get(address), post_everything(client, address, setting)):
            assert response.status_code == 302, address
            assert response["Location"].startswith(LOGIN)
    assert_nothing_changed(setting, before)


@pytest.mark.parametrize(
    ("who", "has_admin"),
    [
        ("nominee's unit officer", False),
        (demo_accounts.OTHER_UNIT_OFFICER, False),
        (demo_accounts.EDITOR, True),
        (demo_accounts.APPROVER, True),
    ],
)
def test_everyone_without_the_permission_is_refused(client, users, setting, who, has_admin):
    # Even an officer of the very unit whose nominee is on the sheet has no council screen.
    if who == "nominee's unit officer":
        user = officer_for(setting["certificate"].proposal.unit)
    else:
        user = users[who]
    assert not user.has_perm("registrations.record_council_vote")
    client.force_login(user)
    before = counts()
    # The admin answers a refusal with a redirect and a message (to its home page for staff,
    # to the login for accounts without admin access); scripts get the bare 403.
    refused_to = ADMIN_HOME if has_admin else LOGIN
    for address in every_url(setting):
        for response in (client.get(address), post_everything(client, address, setting)):
            assert response.status_code == 302, (who, address)
            assert response["Location"].startswith(refused_to), (who, address)
        ajax = {"x-requested-with": "XMLHttpRequest"}
        assert client.get(address, headers=ajax).status_code == 403
        assert client.post(address, {}, headers=ajax).status_code == 403
    assert_nothing_changed(setting, before)


def test_the_permission_alone_opens_the_screens(client, setting):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    user = UserFactory(username="thu-ky-hoi-dong")
    group = Group.objects.create(name="Thư ký Hội đồng (thử nghiệm)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="record_council_vote"),
    )
    user.groups.add(group)
    client.force_login(user)
    for address in every_url(setting):
        assert client.get(address).status_code == 200, address


# The round's page and the consultation ---------------------------------------------------


def test_round_page_lists_the_accepted_nominees_and_actions(secretary, setting):
    response = secretary.get(url("round", setting["round"].pk))

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Nông Thị Lấy Ý Kiến", "Hoàng Văn Bằng Khen", "Lăng Thị Chiến Sĩ"):
        assert name in html
    assert url("make_consultation", setting["round"].pk) in html
    assert url("meeting", setting["meeting"].pk) in html
    assert url("meeting_create", setting["round"].pk) in html
    soup = BeautifulSoup(html, "html.parser")
    assert all(th.get("scope") for th in soup.select("table.listing th"))


def test_consultation_is_made_by_one_action_and_links_to_the_drafts(secretary, setting):
    address = url("make_consultation", setting["round"].pk)
    confirm = secretary.get(address)
    assert confirm.status_code == 200 and "Nông Thị Lấy Ý Kiến" in confirm.content.decode()
    assert "Hoàng Văn Bằng Khen" not in confirm.content.decode()  # no consultation needed

    made = secretary.post(address)

    assert made.status_code == 200
    nominee = ProposedNominee.objects.get(pk=setting["consulted"].pk)
    page = NomineePage.objects.get(pk=nominee.nominee_page_id)
    assert not page.live
    html = made.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[page.get_parent().pk]) in html

    again = secretary.post(address)
    assert "Bỏ qua 1 trường hợp đã có trang lấy ý kiến" in again.content.decode()
    assert NomineePage.objects.child_of(page.get_parent()).count() == 1


def test_round_page_shows_the_consultation_and_warns_of_passed_dates(secretary, setting, users):
    made = outcomes.make_consultation(setting["round"], users[demo_accounts.SECRETARIAT])
    page = made.consultation
    html = secretary.get(url("round", setting["round"].pk)).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "bản nháp, chờ duyệt" in html and "Lưu ý" not in html

    # Still a draft when the opening it proposed has come.
    ConsultationPage.objects.filter(pk=page.pk).update(
        opens_at=timezone.now() - datetime.timedelta(hours=1)
    )
    html = secretary.get(url("round", setting["round"].pk)).content.decode()
    assert "Lưu ý: thời điểm bắt đầu đã qua mà trang chưa được đăng" in html


# The meeting and the ballot sheet ----------------------------------------------------------


def test_meeting_form_refuses_more_present_than_members_and_keeps_the_input(secretary, setting):
    address = url("meeting_create", setting["round"].pk)
    response = secretary.post(
        address,
        {
            "held_on": "2031-12-20",
            "place": "Phòng họp số 1",
            "chair": "Đoàn Thu Hà",
            "members_total": "17",
            "members_present": "18",
        },
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Số có mặt không được lớn hơn tổng số thành viên." in html
    soup = BeautifulSoup(html, "html.parser")
    present = soup.find("input", attrs={"name": "members_present"})
    assert present["value"] == "18" and present["aria-describedby"] == "id_members_present-error"
    assert soup.find(id="id_members_present-error") is not None
    assert soup.find("input", attrs={"name": "place"})["value"] == "Phòng họp số 1"

    created = secretary.post(
        address,
        {"held_on": "2031-12-20", "members_total": "17", "members_present": "15"},
    )
    meeting = CouncilMeeting.objects.filter(round=setting["round"]).latest("pk")
    assert created.status_code == 302 and created["Location"] == url("meeting", meeting.pk)
    assert meeting.held_on == datetime.date(2031, 12, 20)


def test_ballot_sheet_shows_thresholds_and_computes_the_result(secretary, setting):
    meeting, certificate, fighter = setting["meeting"], setting["certificate"], setting["fighter"]
    page = secretary.get(url("meeting", meeting.pk))
    html = page.content.decode()
    assert "70%" in html and "90%" in html
    soup = BeautifulSoup(html, "html.parser")
    field = soup.find("input", attrs={"name": f"for_{certificate.pk}"})
    assert soup.find("label", attrs={"for": field["id"]}) is not None

    response = secretary.post(
        url("meeting", meeting.pk),
        {
            f"for_{certificate.pk}": "12",
            f"against_{certificate.pk}": "3",
            f"invalid_{certificate.pk}": "1",
            f"for_{fighter.pk}": "15",
            f"against_{fighter.pk}": "1",
        },
    )

    assert response.status_code == 302
    assert Ballot.objects.get(nominee=certificate).passed
    assert not Ballot.objects.get(nominee=fighter).passed
    shown = secretary.get(url("meeting", meeting.pk)).content.decode()
    assert "Đạt" in shown and "Không đạt" in shown
    assert ProposedNominee.objects.get(pk=fighter.pk).closed_reason == (
        "Không đạt tỷ lệ phiếu bầu: 15/17, cần 16"
    )


def test_ballot_sheet_refuses_more_votes_than_members_present(secretary, setting):
    meeting, certificate = setting["meeting"], setting["certificate"]

    response = secretary.post(
        url("meeting", meeting.pk),
        {f"for_{certificate.pk}": "14", f"against_{certificate.pk}": "3"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Tổng số phiếu (17) lớn hơn số thành viên có mặt (16)." in html
    soup = BeautifulSoup(html, "html.parser")
    votes_for = soup.find("input", attrs={"name": f"for_{certificate.pk}"})
    assert votes_for["value"] == "14" and votes_for["aria-invalid"] == "true"
    assert not Ballot.objects.filter(nominee=certificate).exists()

    negative = secretary.post(url("meeting", meeting.pk), {f"for_{certificate.pk}": "-1"})
    assert negative.status_code == 400
    assert "Số phiếu không được âm." in negative.content.decode()


def test_a_nominee_on_hold_has_no_ballot_fields(secretary, setting, users):
    proposal_round, consulted = setting["round"], setting["consulted"]
    outcomes.make_consultation(proposal_round, users[demo_accounts.SECRETARIAT])
    consulted.refresh_from_db()
    NomineePage.objects.filter(pk=consulted.nominee_page_id).update(state=NomineeState.ON_HOLD)
    later = meeting_for(proposal_round, held_on=timezone.localdate() + datetime.timedelta(60))

    html = secretary.get(url("meeting", later.pk)).content.decode()

    assert "Tạm dừng để xác minh" in html
    assert f'name="for_{consulted.pk}"' not in html
    secretary.post(url("meeting", later.pk), {f"for_{consulted.pk}": "17"})
    assert not Ballot.objects.filter(nominee=consulted).exists()


# The minutes -----------------------------------------------------------------------------


def test_minutes_docx_and_print_view(secretary, setting):
    meeting = setting["meeting"]
    vote(meeting, setting["certificate"], 14, 2)
    vote(meeting, setting["fighter"], 13, 3)

    docx = secretary.get(url("minutes_docx", meeting.pk))
    assert docx.status_code == 200
    assert docx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in docx["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(docx.content)) as archive:
        text = archive.read("word/document.xml").decode()
    assert "Hoàng Văn Bằng Khen" in text and "14/17" in text

    printed = secretary.get(url("minutes_print", meeting.pk))
    assert printed.status_code == 200
    html = printed.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "vi"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html and "Độc lập - Tự do - Hạnh phúc" in html
    assert "BIÊN BẢN" in html and "CHỦ TỊCH HỘI ĐỒNG" in html and "Đoàn Thu Hà" in html
    first_table, passed_table = soup.find_all("table")
    assert "Lăng Thị Chiến Sĩ" in first_table.text and "13/17" in first_table.text
    assert "Hoàng Văn Bằng Khen" in passed_table.text
    assert "Lăng Thị Chiến Sĩ" not in passed_table.text
    assert all(th.get("scope") for th in soup.find_all("th"))
    assert str(meeting.held_on.year) in html and meeting.held_on.strftime("%d/%m/%Y") in html


# The decision ----------------------------------------------------------------------------


def test_decision_is_drafted_from_the_meeting(secretary, setting):
    meeting, certificate = setting["meeting"], setting["certificate"]
    vote(meeting, certificate, 15)
    bang_khen = award("Bằng khen của Chủ tịch UBND tỉnh")
    form = secretary.get(url("make_decision", meeting.pk))
    assert form.status_code == 200 and str(bang_khen) in form.content.decode()

    made = secretary.post(url("make_decision", meeting.pk), {"award_form": bang_khen.pk})

    assert made.status_code == 200
    decision = AwardDecisionPage.objects.get(
        pk=ProposedNominee.objects.get(pk=certificate.pk).award_decision_id
    )
    assert not decision.live
    assert reverse("wagtailadmin_pages:edit", args=[decision.pk]) in made.content.decode()
    assert list(decision.awardees.values_list("full_name", flat=True)) == ["Hoàng Văn Bằng Khen"]

    again = secretary.post(url("make_decision", meeting.pk), {"award_form": bang_khen.pk})
    assert again.status_code == 400
    assert "Hình thức này không còn ai để lập quyết định." in again.content.decode()
    assert AwardDecisionPage.objects.filter(awardees__full_name="Hoàng Văn Bằng Khen").count() == 1


def test_every_council_screen_is_in_vietnamese(secretary, setting, users):
    meeting = setting["meeting"]
    vote(meeting, setting["certificate"], 15, 1)
    vote(meeting, setting["fighter"], 10, 6)
    usernames = {name.lower() for name in users}
    screens = {address: secretary.get(address) for address in every_url(setting)}
    screens["consultation made"] = secretary.post(url("make_consultation", setting["round"].pk))
    screens["decision made"] = secretary.post(
        url("make_decision", meeting.pk),
        {"award_form": award("Bằng khen của Chủ tịch UBND tỉnh").pk},
    )
    screens["meeting refused"] = secretary.post(
        url("meeting_create", setting["round"].pk), {"members_total": "x"}
    )
    found = {}
    for what, response in screens.items():
        if not response["Content-Type"].startswith("text/html"):
            continue
        phrases = [
            phrase
            for phrase in english_in_html(response.content.decode())
            if {word.lower() for word in english_words(phrase)} - usernames
        ]
        if phrases:
            found[what] = phrases
    assert found == {}
