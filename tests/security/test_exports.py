"""Spreadsheet formula injection: text people type (opinions, questions, units' registrations,
awardees' names from an imported list) reaches CSV and XLSX files opened by the office and the
public. No cell may be a formula, or a text a spreadsheet program would run as one: in CSV
such text is kept after an apostrophe; in XLSX it is a string cell, shown exactly as typed."""

import pytest
from django.test import Client

from consultations import moderation
from consultations.models import PortalComment, Question
from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import PledgedIndicator, RegisteredIndividual
from tests.consultations.helpers import OPINION, submit
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory
from tests.registrations.factories import registration_with_rows
from tests.security.payloads import (
    FORMULAS,
    assert_csv_has_no_formulas,
    assert_no_formulas,
    text_of,
    workbook_cells,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("formula", FORMULAS)
def test_council_report_of_a_round(secretary, nominee, users, formula):
    name = formula[:50]
    response = submit(Client(), nominee.url, OPINION, name=name, address=formula, comment=formula)
    assert response.status_code == 303
    comment = PortalComment.objects.get(page_id=nominee.pk)
    moderation.reply_officially(comment, users[demo_accounts.SECRETARIAT], formula)
    export = secretary.get(f"/admin/y-kien/bao-cao/{comment.round_id}/xlsx/")
    assert export.status_code == 200
    assert_no_formulas(workbook_cells(export.content), expected_texts=[formula])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("formula", FORMULAS)
def test_office_export_of_citizens_questions(secretary, formula, fmt):
    Question.objects.create(
        name=formula[:100], email="a@example.vn", phone="", text=formula, consent_at=None
    )
    response = secretary.get("/admin/snippets/consultations/question/", {"export": fmt})
    assert response.status_code == 200
    if fmt == "csv":
        text = text_of(response)
        assert text.startswith("\ufeff")  # Excel reads Vietnamese from UTF-8 only with it
        assert_csv_has_no_formulas(text, expected_texts=[formula])
    else:
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert_no_formulas(workbook_cells(content), expected_texts=[formula])


@pytest.mark.parametrize("formula", FORMULAS)
def test_council_workbook_of_units_registrations(secretary, unit_setting, formula):
    campaign, unit = unit_setting["campaign"], unit_setting["unit"]
    registration = registration_with_rows(campaign, unit, signer_name=formula[:150])
    RegisteredIndividual.objects.filter(registration=registration).update(
        full_name=formula, position=formula
    )
    PledgedIndicator.objects.filter(registration=registration).update(content=formula)
    workflow.submit(registration, unit_setting["user"])
    response = secretary.get(
        "/admin/dang-ky-thi-dua/xuat-excel/",
        {"campaign": campaign.pk, "window": unit_setting["window"].pk},
    )
    assert response.status_code == 200
    assert_no_formulas(workbook_cells(response.content), expected_texts=[formula])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("formula", FORMULAS)
def test_public_award_lookup_downloads(client, section, formula, fmt):
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"), number="777/QĐ-UBND")
    AwardeeFactory(decision=decision, full_name=formula, unit=formula, position=formula)
    response = client.get(f"/tra-cuu/tai-ve/{fmt}/", {"so_qd": "777"})
    assert response.status_code == 200
    if fmt == "csv":
        assert_csv_has_no_formulas(text_of(response), expected_texts=[formula])
    else:
        assert_no_formulas(workbook_cells(response.content), expected_texts=[formula])
