"""The office's statistics of a proposal round: proposed → accepted → passed → awarded, per
unit and target group, beside the plan's targets; counts only, for the secretariat only."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from demo import accounts as demo_accounts
from news.models import AwardDecisionPage, AwardTarget
from registrations.models import (
    Ballot,
    CouncilMeeting,
    NomineeDecision,
    SubmissionState,
)
from registrations.proposal_statistics import round_statistics
from tests.factories import UserFactory
from tests.registrations.factories import YEAR
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
    award,
)

pytestmark = pytest.mark.django_db

URL = reverse("proposal_statistics:index")
CSV_URL = reverse("proposal_statistics:csv")


@pytest.fixture
def round_with_path(section):
    """Two units' sent proposals and a draft: 6 nominees sent, 4 accepted, 3 voted (2
    passed), 1 awarded by a published decision; the draft's nominee is never counted."""
    proposal_round = ProposalRoundFactory()
    first = ProposalFactory(round=proposal_round, state=SubmissionState.ACCEPTED)
    second = ProposalFactory(round=proposal_round, state=SubmissionState.SUBMITTED)
    draft = ProposalFactory(round=proposal_round, state=SubmissionState.DRAFT)
    bang_khen = award("Bằng khen của Chủ tịch UBND tỉnh")
    accepted = NomineeDecision.ACCEPTED
    worker = ProposedNomineeFactory(
        proposal=first, decision=accepted, direct_worker=True, worker=True
    )
    farmer = ProposedNomineeFactory(
        proposal=first, decision=accepted, direct_worker=True, farmer=True
    )
    ProposedNomineeFactory(proposal=first, decision=accepted)
    small = ProposedNomineeFactory(
        proposal=first,
        kind="collective",
        full_name="Tổ sản xuất số 1",
        birth_year=None,
        gender="",
        small_collective=True,
        decision=accepted,
    )
    ProposedNomineeFactory(proposal=second)
    ProposedNomineeFactory(proposal=second, kind="collective", birth_year=None, gender="")
    ProposedNomineeFactory(proposal=draft)
    meeting = CouncilMeeting.objects.create(
        round=proposal_round,
        held_on=datetime.date(YEAR, 12, 20),
        members_total=17,
        members_present=15,
    )
    for nominee, votes in ((worker, 15), (farmer, 14), (small, 10)):
        ballot = Ballot(
            meeting=meeting, nominee=nominee, votes_for=votes, threshold_percent=Decimal("70")
        )
        ballot.decide()
        ballot.save()
    decision = AwardDecisionPage(
        title="Quyết định thử nghiệm tặng Bằng khen",
        number="999/QĐ-UBND",
        signed_on=datetime.date(YEAR, 12, 28),
        level_id="chu_tich_ubnd_tinh",
        award_form=bang_khen,
        reason="thành tích thử nghiệm",
        live=True,
    )
    section("khen-thuong").add_child(instance=decision)
    worker.award_decision = decision
    worker.save()
    return proposal_round


def test_each_stage_counts_the_nominees_that_reached_it(round_with_path):
    statistics = round_statistics(round_with_path)
    rows = {str(row.label): row.stages() for row in statistics["groups"]}
    assert rows["Tổng số"] == [6, 4, 2, 1]
    assert rows["Tập thể"] == [2, 1, 0, 0]
    assert rows["Tập thể nhỏ"] == [1, 1, 0, 0]
    assert rows["Cá nhân"] == [4, 3, 2, 1]
    assert rows["Người lao động trực tiếp"] == [2, 2, 2, 1]
    assert rows["Công nhân, nông dân"] == [2, 2, 2, 1]
    units = [row.stages() for row in statistics["units"]]
    assert sorted(units) == [[2, 0, 0, 0], [4, 4, 2, 1]]


def test_the_targets_of_the_plan_are_measured_at_each_stage(round_with_path):
    AwardTarget.objects.create(
        plan="Kế hoạch thử nghiệm",
        period_start=YEAR,
        period_end=YEAR,
        tier="province",
        group=AwardTarget.Group.DIRECT_WORKER,
        comparison="gt",
        threshold=Decimal("75"),
    )
    statistics = round_statistics(round_with_path)
    (target, results), *_others = [
        item for item in statistics["targets"] if item[0].plan == "Kế hoạch thử nghiệm"
    ]
    # Provincial awards only (none of these awards is sent to public consultation).
    assert [(result.achieved, result.base) for result in results] == [
        (2, 4),
        (2, 3),
        (2, 2),
        (1, 1),
    ]
    assert [result.met for result in results] == [False, False, True, True]


def test_the_secretariat_reads_the_page_and_its_csv(client, users, round_with_path):
    client.force_login(users[demo_accounts.SECRETARIAT])
    response = client.get(URL, {"dot": round_with_path.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert round_with_path.title in html
    assert "Hội đồng thông qua" in html
    # Counts only: no nominee's name.
    assert "Hoàng Thị Thử Nghiệm" not in html
    response = client.get(CSV_URL, {"dot": round_with_path.pk})
    csv = b"".join(response.streaming_content).decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("Mục,Nội dung,Đề nghị")
    assert "Theo nhóm đối tượng,Tổng số,6,4,2,1" in csv


def test_an_unknown_round_says_so_and_shows_the_newest(client, users, round_with_path):
    client.force_login(users[demo_accounts.SECRETARIAT])
    for value in ("abc", "999999", "-1"):
        response = client.get(URL, {"dot": value})
        assert response.status_code == 200
        assert "Không có đợt đề nghị đã chọn" in response.content.decode()


def test_queries_do_not_grow_with_the_nominees(client, users, round_with_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(users[demo_accounts.SECRETARIAT])
    client.get(URL, {"dot": round_with_path.pk})  # the admin's first-request reads
    with CaptureQueriesContext(connection) as before:
        client.get(URL, {"dot": round_with_path.pk})
    proposal = ProposalFactory(round=round_with_path, state=SubmissionState.SUBMITTED)
    for _number in range(5):
        ProposedNomineeFactory(proposal=proposal)
    with CaptureQueriesContext(connection) as after:
        client.get(URL, {"dot": round_with_path.pk})
    assert len(after) == len(before)


@pytest.mark.parametrize("who", ["anonymous", demo_accounts.UNIT_OFFICER, demo_accounts.EDITOR])
def test_only_the_secretariat_sees_them(client, users, round_with_path, who):
    if who != "anonymous":
        client.force_login(users[who])
    for target in (URL, CSV_URL):
        for method in (client.get, client.post):
            response = method(target, headers={"x-requested-with": "XMLHttpRequest"})
            assert response.status_code in (302, 403), (who, target)
            if response.status_code == 302:
                assert "/login/" in response["Location"] or response["Location"] == "/admin/"


def test_a_user_without_any_group_is_refused(client, round_with_path):
    client.force_login(UserFactory(username="khongnhom-thongke"))
    assert client.get(URL).status_code in (302, 403)


def test_the_round_page_links_to_its_statistics(client, users, round_with_path):
    client.force_login(users[demo_accounts.SECRETARIAT])
    response = client.get(reverse("proposals_office:round", args=[round_with_path.pk]))
    assert f'href="{URL}?dot={round_with_path.pk}"' in response.content.decode()
