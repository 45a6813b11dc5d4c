"""Cross-site scripting: every payload of `payloads.XSS` goes through every form people fill in
(public, units' and office's) and is then looked for wherever the value is shown again: the
form shown back with its errors, the confirmation pages, the public page after moderation or
publication, the unit's own pages, the office's and moderators' pages and the feeds. It must
appear only escaped. Spreadsheet formulas in exports are in test_exports.py."""

import datetime
from xml.sax.saxutils import escape as xml_escape

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape  # noqa: F401

from consultations import moderation
from consultations.answers import sync_public_page
from consultations.models import PortalComment, Question, QuestionState
from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import Registration, ResultReport
from tests.consultations.helpers import OPINION, READER_COMMENT, form_fields, submit
from tests.registrations.factories import registration_with_rows
from tests.registrations.helpers import form_data
from tests.security.payloads import XSS, assert_inert, text_of

pytestmark = pytest.mark.django_db

ASK = "/hoi-dap/gui-cau-hoi/"
TRACK = "/hoi-dap/tra-cuu/"
QUESTION = {
    "kind": "question",
    "name": "Đinh Văn Tuấn",
    "email": "tuan.dinh@example.vn",
    "phone": "0978 112 233",
    "comment": "Xin hỏi hồ sơ đề nghị Bằng khen gồm những gì?",
    "consent": "on",
}


class Seen:
    """The pages a payload was shown on: (where, html, whether it must be visible)."""

    def __init__(self):
        self.pages = []

    def add(self, where, response, *, status=200, shown=False):
        assert response.status_code == status, (where, response.status_code)
        self.pages.append((where, text_of(response), shown))


# Comments and opinions -------------------------------------------------------------------------


def comment_flow(seen, client, secretary, url, base, payload, extra_fields=()):
    """Shown back with an error, sent, confirmed, approved, answered officially; then the
    public page and the moderators' pages."""
    typed = {"name": payload, "comment": payload, **dict.fromkeys(extra_fields, payload)}
    seen.add(
        "form with errors", submit(client, url, base, consent=None, **typed), status=400, shown=True
    )
    sent = submit(client, url, base, **typed)
    assert sent.status_code == 303, text_of(sent)[:500]
    seen.add("confirmation", client.get(sent["Location"]), shown=True)

    comment = PortalComment.objects.get(
        user_name=" ".join(payload.split()), is_official_reply=False
    )
    officer = secretary.session_user
    moderation.approve([comment], officer)
    moderation.reply_officially(comment, officer, payload)
    seen.add("public page after approval", client.get(url), shown=True)
    seen.add("moderation queue", secretary.get("/admin/y-kien/"))
    seen.add("moderation queue search", secretary.get("/admin/y-kien/", {"q": payload}))
    seen.add("comment detail", secretary.get(f"/admin/y-kien/{comment.pk}/"), shown=True)
    return comment


@pytest.fixture
def secretary(as_role, users):
    client = as_role("secretariat")
    client.session_user = users[demo_accounts.SECRETARIAT]
    return client


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_opinion_on_a_nominee(secretary, nominee, payload):
    seen = Seen()
    comment = comment_flow(
        seen, Client(), secretary, nominee.url, OPINION, payload, extra_fields=("address",)
    )
    seen.add("council report", secretary.get(f"/admin/y-kien/bao-cao/{comment.round_id}/"))
    check(seen, payload)


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_reader_comment_on_news(secretary, news_page, payload):
    seen = Seen()
    comment_flow(seen, Client(), secretary, news_page.url, READER_COMMENT, payload)
    check(seen, payload)


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_reader_comment_on_a_story(secretary, story, payload):
    seen = Seen()
    comment_flow(seen, Client(), secretary, story.url, READER_COMMENT, payload)
    check(seen, payload)


# Questions -------------------------------------------------------------------------------------


def ask(client, **overrides):
    page = client.get(ASK)
    data = {**form_fields(page.content.decode()), **QUESTION, **overrides}
    return client.post(ASK, {key: value for key, value in data.items() if value is not None})


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_question_form_tracking_office_and_public_answer(secretary, users, payload):
    seen = Seen()
    client = Client()
    seen.add(
        "form with errors",
        ask(client, consent=None, name=payload, comment=payload),
        status=400,
        shown=True,
    )
    sent = ask(client, name=payload, comment=payload)
    assert sent.status_code == 303
    seen.add("confirmation", client.get(sent["Location"]), shown=True)
    question = Question.objects.get(text=payload.strip())
    tracked = client.post(TRACK, {"code": question.reference_code, "email": QUESTION["email"]})
    seen.add("tracking", tracked, shown=True)

    seen.add("office list", secretary.get("/admin/snippets/consultations/question/"))
    seen.add(
        "office search",
        secretary.get("/admin/snippets/consultations/question/", {"q": payload}),
    )
    edit = f"/admin/snippets/consultations/question/edit/{question.pk}/"
    seen.add("office edit", secretary.get(edit))

    question.state = QuestionState.ANSWERED
    question.answer = "<p>Trả lời.</p>"
    question.answered_at = timezone.now()
    question.publish = True
    question.save()
    page = sync_public_page(question, users[demo_accounts.SECRETARIAT])
    seen.add("published answer", client.get(page.url), shown=True)
    seen.add("answers list", client.get("/hoi-dap/"))
    check(seen, payload)


# Forms sent with GET: typed values shown back ---------------------------------------------------

GET_FORMS = {
    "site search": ("/tim-kiem/", ["q"]),
    "award lookup": ("/tra-cuu/", ["ten", "don_vi", "dia_phuong", "so_qd"]),
    "answers search": ("/hoi-dap/", ["q"]),
    "documents search": ("/van-ban/", ["q"]),
    "decisions search": ("/khen-thuong/", ["q"]),
}


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
@pytest.mark.parametrize("form", GET_FORMS.keys())
def test_get_forms_show_what_was_typed_as_text(client, form, payload):
    url, fields = GET_FORMS[form]
    response = client.get(url, dict.fromkeys(fields, payload))
    assert response.status_code in (200, 400, 404)
    assert_inert(text_of(response), payload, shown=True, where=form)


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_tracking_form_shows_what_was_typed_as_text(client, payload):
    response = client.post(TRACK, {"code": payload, "email": payload})
    # A tracking request that matches nothing answers 400/404 with the form shown back.
    assert response.status_code in (400, 404)
    assert_inert(text_of(response), payload, shown=True, where="question tracking")


# Sign-in and password reset --------------------------------------------------------------------

SIGN_IN_FORMS = {
    "site sign-in": ("/tai-khoan/dang-nhap/", {"username": "{}", "password": "sai-mat-khau"}),
    "admin sign-in": ("/admin/login/", {"username": "{}", "password": "sai-mat-khau"}),
    "password reset": ("/tai-khoan/quen-mat-khau/", {"email": "{}"}),
}


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
@pytest.mark.parametrize("form", SIGN_IN_FORMS.keys())
def test_sign_in_and_password_reset_show_input_as_text(client, form, payload):
    url, data = SIGN_IN_FORMS[form]
    data = {key: value.replace("{}", payload) for key, value in data.items()}
    response = client.post(url, data)
    assert response.status_code == 200
    # Django's form keeps the username as typed (stripped); e-mail fields keep what was sent.
    assert_inert(text_of(response), payload, shown=True, where=form)


# The units' forms, and what the office sees -----------------------------------------------------


def registration_data(client, campaign, payload, **changes):
    page = client.get(f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/")
    assert page.status_code == 200
    data = form_data(page.content.decode(), "dang-ky-form")
    individual = campaign.individual_titles.order_by("name").first()
    collective = campaign.collective_titles.order_by("name").first()
    data.update(
        {
            "collective_titles": [str(collective.pk)],
            "individuals-TOTAL_FORMS": "1",
            "individuals-0-full_name": payload,
            "individuals-0-position": payload,
            "individuals-0-title": str(individual.pk),
            "indicators-TOTAL_FORMS": "1",
            "indicators-0-content": payload,
            "indicators-0-measure": "%",
            "indicators-0-planned_value": "98,5",
            "indicators-0-note": payload,
            "signer_name": payload,
            "signer_position": payload,
            "action": "save",
            **changes,
        }
    )
    return data


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_registration_form_officer_pages_and_office(as_role, unit_setting, secretary, payload):
    seen = Seen()
    campaign = unit_setting["campaign"]
    officer = as_role("anonymous")
    officer.force_login(unit_setting["user"])
    url = f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/"

    bad = registration_data(officer, campaign, payload, **{"indicators-0-planned_value": "abc"})
    seen.add("form with errors", officer.post(url, bad), status=400, shown=True)
    assert officer.post(url, registration_data(officer, campaign, payload)).status_code == 303
    seen.add("draft", officer.get(url), shown=True)
    step = officer.post(url, registration_data(officer, campaign, payload, action="submit"))
    assert step.status_code == 303, text_of(step)[:300]
    seen.add("confirmation step", officer.get(step["Location"]))
    submitted = officer.post(step["Location"])
    assert submitted.status_code == 303, text_of(submitted)[:300]
    seen.add("confirmation", officer.get(submitted["Location"]))
    seen.add("printed copy", officer.get(url + "ban-in/"), shown=True)
    seen.add("sent version", officer.get(url + "lan-gui/1/"), shown=True)
    seen.add("unit's overview", officer.get("/dang-ky-thi-dua/"))
    seen.add("public list", Client().get("/dang-ky-thi-dua/"))

    registration = Registration.objects.get(campaign=campaign, unit=unit_setting["unit"])
    office = f"/admin/dang-ky-thi-dua/dang-ky/{registration.pk}/"
    seen.add("office record", secretary.get(office), shown=True)
    seen.add("office version", secretary.get(office + "lan-gui/1/"), shown=True)
    seen.add("office overview", secretary.get("/admin/dang-ky-thi-dua/", {"campaign": campaign.pk}))

    # The office returns it with a reason typed by a person: the unit sees it as text.
    returned = secretary.post(office + "tra-lai/", {"reason": payload})
    assert returned.status_code == 302
    seen.add("returned, with the reason", officer.get(url), shown=True)
    check(seen, payload)


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_report_form_officer_pages_and_office(as_role, unit_setting, secretary, payload):
    seen = Seen()
    window, unit = unit_setting["window"], unit_setting["unit"]
    registration = registration_with_rows(window.campaign, unit)
    workflow.submit(registration, None)
    workflow.accept(registration, None)
    officer = as_role("anonymous")
    officer.force_login(unit_setting["user"])
    url = f"/dang-ky-thi-dua/bao-cao/{window.pk}/"
    data = form_data(officer.get(url).content.decode(), "bao-cao-form")
    for name in ("situation", "results", "strengths", "limitations", "causes", "lessons"):
        data[name] = payload
    data.update({"proposals": payload, "results-0-actual_value": "99", "action": "save"})
    for criterion in unit_setting["criteria"]:
        data[f"scores-criterion_{criterion.pk}"] = "10"

    bad = {**data, "results-0-actual_value": "không phải số"}
    seen.add("form with errors", officer.post(url, bad), status=400, shown=True)
    assert officer.post(url, data).status_code == 303
    seen.add("draft", officer.get(url), shown=True)
    step = officer.post(url, {**data, "action": "submit"})
    assert step.status_code == 303
    seen.add("confirmation step", officer.get(step["Location"]))
    assert officer.post(step["Location"]).status_code == 303
    seen.add("printed copy", officer.get(url + "ban-in/"), shown=True)

    report = ResultReport.objects.get(window=window, unit=unit)
    office = f"/admin/dang-ky-thi-dua/bao-cao/{report.pk}/"
    seen.add("office record", secretary.get(office), shown=True)
    seen.add("office version", secretary.get(office + "lan-gui/1/"), shown=True)
    seen.add("office ranking", secretary.get("/admin/dang-ky-thi-dua/xep-hang/"))
    check(seen, payload)


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_officer_account_form_and_list(secretary, unit_setting, payload):
    seen = Seen()
    data = {
        "unit": unit_setting["unit"].pk,
        "full_name": payload,
        "username": "canbo-moi",
        "email": "canbo.moi@example.vn",
        "position": payload,
    }
    seen.add(
        "form with errors",
        secretary.post("/admin/can-bo-don-vi/them/", {**data, "email": "sai"}),
        shown=True,
    )
    assert secretary.post("/admin/can-bo-don-vi/them/", data).status_code == 302
    seen.add("officers list", secretary.get("/admin/can-bo-don-vi/"))
    seen.add("officers search", secretary.get("/admin/can-bo-don-vi/", {"q": payload}))
    check(seen, payload)


# Text editors type: titles and leads in pages, feeds and structured data ---------------------


@pytest.mark.parametrize("payload", XSS.values(), ids=XSS.keys())
def test_editor_text_in_pages_feeds_and_structured_data(client, section, payload):
    from tests.factories import NewsPageFactory

    news_index = section("tin-tuc")
    page = NewsPageFactory(
        parent=news_index,
        title=f"Tin {payload}",
        lead=payload,
        date=timezone.now() + datetime.timedelta(minutes=1),
    )
    page.save_revision().publish()
    seen = Seen()
    seen.add("news page", client.get(page.url), shown=True)
    seen.add("news index", client.get(news_index.url))
    check(seen, payload)
    # XML: quotes are inert in element text, markup must be escaped.
    feed = client.get(news_index.url + "rss/")
    assert feed.status_code == 200
    for marker in ("<script", "<img", "<svg", "<scr\u200bipt"):
        assert marker not in text_of(feed)
    assert xml_escape(page.title) in text_of(feed)
    # The JSON-LD block must not be closed early by a title.
    html = text_of(client.get(page.url))
    ld = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in ld and ">" not in ld


def check(seen, payload):
    assert seen.pages
    for where, html, shown in seen.pages:
        assert_inert(html, payload, shown=shown, where=where)
