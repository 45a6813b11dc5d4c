"""Whose proposal: the unit comes from the account, never from the address. Every address of
a proposal (editor, nominee add/edit/delete/print, document upload/download/delete, import,
send, sent, status, print, versions) is tried by GET and POST as anonymous, as another unit's
officer and as an editor who is no unit's officer: refused (sign-in, 404 or 403) or answered
with the visitor's own record, and the proposal is unchanged."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import Proposal, ProposalDocument
from tests.consultations.factories import MINIMAL_PDF
from tests.registrations.factories import UnitFactory, officer_for
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
    award,
)

pytestmark = pytest.mark.django_db

SECRET_NAME = "Hoàng Thị Riêng Tư"
SECRET_COVER = "77/TTr-RIENG"


@pytest.fixture
def theirs(users):
    """Unit A's proposal, sent once and returned (so still changeable by A), with a nominee
    and a document."""
    proposal_round = ProposalRoundFactory()
    proposal = ProposalFactory(round=proposal_round, cover_number=SECRET_COVER)
    nominee = ProposedNomineeFactory(
        proposal=proposal, full_name=SECRET_NAME, report_text="Báo cáo riêng"
    )
    document = ProposalDocument(
        proposal=proposal,
        nominee=nominee,
        checklist_item=proposal_round.checklist.get(code="bao-cao"),
        original_name="bao-cao-rieng.pdf",
        size=len(MINIMAL_PDF),
    )
    document.file.save("de-nghi-thu-rieng.pdf", SimpleUploadedFile("x.pdf", MINIMAL_PDF))
    officer = officer_for(proposal.unit)
    workflow.submit(proposal, officer)
    workflow.return_for_changes(proposal, users[demo_accounts.SECRETARIAT], "Bổ sung.")
    proposal.refresh_from_db()
    return {
        "round": proposal_round,
        "proposal": proposal,
        "nominee": nominee,
        "doc": document,
        "officer": officer,
    }


def addresses(theirs):
    """(address, whether it names one of A's rows by id) for every proposal address."""
    base = f"/dang-ky-thi-dua/de-nghi/{theirs['round'].pk}/"
    nominee, document = theirs["nominee"].pk, theirs["doc"].pk
    return [
        (base, False),
        (base + "them-nguoi/", False),
        (base + f"nguoi/{nominee}/", True),
        (base + f"nguoi/{nominee}/xoa/", True),
        (base + f"nguoi/{nominee}/bao-cao-thanh-tich/", True),
        (base + "tai-lieu/", False),
        (base + f"tai-lieu/{document}/", True),
        (base + f"tai-lieu/{document}/xoa/", True),
        (base + "nhap-danh-sach/", False),
        (base + "gui/", False),
        (base + "da-gui/", False),
        (base + "trang-thai/", False),
        (base + "ban-in/", False),
        (base + "lan-gui/1/", True),
    ]


def post_data(theirs):
    return {
        "cover_number": "DA-BI-DOI",
        "kind": "individual",
        "full_name": "Đã bị đổi",
        "birth_year": "1970",
        "gender": "nam",
        "award_form": str(award("Bằng khen của Chủ tịch UBND tỉnh").pk),
        "summary": "Đã bị đổi",
        "item": str(theirs["round"].checklist.get(code="to-trinh").pk),
        "nominee": "",
        "file": SimpleUploadedFile("x.pdf", MINIMAL_PDF),
        "action": "submit",
    }


def state_of(proposal):
    proposal = Proposal.objects.get(pk=proposal.pk)
    return (
        proposal.state,
        proposal.version,
        proposal.snapshot(),
        sorted(proposal.documents.values_list("pk", flat=True)),
    )


def test_anonymous_visitors_are_sent_to_sign_in(client, theirs):
    before = state_of(theirs["proposal"])
    for address, _names_a_row in addresses(theirs):
        for method in ("get", "post"):
            kwargs = {"data": post_data(theirs)} if method == "post" else {}
            response = getattr(client, method)(address, **kwargs)
            assert response.status_code == 302, (method, address)
            assert "/dang-nhap/" in response["Location"] or "login" in response["Location"]
    assert state_of(theirs["proposal"]) == before


def test_another_units_officer_never_reaches_the_proposal(client, theirs):
    other_unit = UnitFactory(name="Sở Đơn vị Khác")
    own = ProposalFactory(round=theirs["round"], unit=other_unit, cover_number="1/TTr-KHAC")
    client.force_login(officer_for(other_unit))
    before = state_of(theirs["proposal"])
    for address, names_a_row in addresses(theirs):
        for method in ("get", "post"):
            kwargs = {"data": post_data(theirs)} if method == "post" else {}
            response = getattr(client, method)(address, **kwargs)
            if names_a_row:
                assert response.status_code == 404, (method, address)
            else:  # the same address is the officer's own record, never unit A's
                assert response.status_code < 500, (method, address)
                body = b"".join(response.streaming_content) if response.streaming else b""
                body = body or response.content
                assert SECRET_NAME.encode() not in body, (method, address)
                assert SECRET_COVER.encode() not in body, (method, address)
                assert theirs["proposal"].reference_code.encode() not in body, (method, address)
    assert state_of(theirs["proposal"]) == before
    own.refresh_from_db()
    assert not own.nominees.filter(full_name=SECRET_NAME).exists()


def test_an_editor_who_is_no_units_officer_is_refused(client, theirs, users):
    client.force_login(users[demo_accounts.EDITOR])
    before = state_of(theirs["proposal"])
    for address, _names_a_row in addresses(theirs):
        for method in ("get", "post"):
            kwargs = {"data": post_data(theirs)} if method == "post" else {}
            response = getattr(client, method)(address, **kwargs)
            assert response.status_code == 403, (method, address)
            assert SECRET_NAME not in response.content.decode()
    assert state_of(theirs["proposal"]) == before


def test_the_units_own_officer_reaches_every_address(client, theirs):
    client.force_login(theirs["officer"])
    for address, _names_a_row in addresses(theirs):
        if address.endswith("xoa/"):
            continue  # a GET of a delete address only leads back to the editor
        response = client.get(address)
        assert response.status_code in (200, 303), address
