"""The path of a proposal round's nominees, counted: proposed → accepted by the office →
passed by the council → awarded by a published decision; per unit, per target group, and
beside the §1.2 targets (news.models.targets.AwardTarget) at each stage, so the office sees
before the vote whether the round keeps the plan's shares.

The tier a target counts is that of the award: an award the round sends to public
consultation (RoundAward.needs_consultation) is decided at State level, the others at the
province. A few aggregate queries whatever the number of nominees."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from news.models import AwardTarget
from news.models.catalogue import Tier
from news.statistics import GROUP_RULES, TargetResult
from registrations.models import (
    NomineeDecision,
    ProposedNominee,
    RoundAward,
    SubmissionState,
)

STAGES = (
    ("proposed", _("Đề nghị")),
    ("accepted", _("Đủ điều kiện trình Hội đồng")),
    ("passed", _("Hội đồng thông qua")),
    ("awarded", _("Đã có quyết định")),
)
STAGE_CONDITIONS = {
    "proposed": Q(),
    "accepted": Q(decision=NomineeDecision.ACCEPTED),
    "passed": Q(ballot__passed=True),
    "awarded": Q(award_decision__live=True),
}
# The target groups the statistics count, as on the public statistics page.
GROUPS = (
    ("collectives", _("Tập thể"), Q(kind=ProposedNominee.Kind.COLLECTIVE)),
    ("small_collective", _("Tập thể nhỏ"), Q(small_collective=True)),
    ("grassroots_unit", _("Đơn vị cơ sở"), Q(grassroots_unit=True)),
    ("individuals", _("Cá nhân"), Q(kind=ProposedNominee.Kind.INDIVIDUAL)),
    ("direct_worker", _("Người lao động trực tiếp"), Q(direct_worker=True)),
    ("worker_farmer", _("Công nhân, nông dân"), Q(worker=True) | Q(farmer=True)),
)


@dataclass
class Row:
    label: str
    counts: dict = field(default_factory=dict)

    def stages(self):
        return [self.counts.get(stage, 0) for stage, _label in STAGES]


def sent_nominees(proposal_round):
    """The nominees of the round's sent proposals (a draft is not a proposal yet), each
    marked with the tier of its award."""
    state_level = RoundAward.objects.filter(
        round=proposal_round, award_form=OuterRef("award_form"), needs_consultation=True
    )
    return (
        ProposedNominee.objects.filter(proposal__round=proposal_round)
        .exclude(proposal__state=SubmissionState.DRAFT)
        .annotate(state_level=Exists(state_level))
    )


def _stage_counts():
    return {
        stage: Count("pk", filter=stage_condition)
        for stage, stage_condition in STAGE_CONDITIONS.items()
    }


def by_unit(nominees):
    rows = (
        nominees.values("proposal__unit__name")
        .annotate(**_stage_counts())
        .order_by("proposal__unit__name")
    )
    return [
        Row(row["proposal__unit__name"], {stage: row[stage] for stage, _ in STAGES}) for row in rows
    ]


def by_group(nominees):
    """Totals and one row per target group (one query)."""
    aggregates = {}
    for key, _label, condition in (("total", "", Q()), *GROUPS):
        for stage, stage_condition in STAGE_CONDITIONS.items():
            aggregates[f"{key}__{stage}"] = Count("pk", filter=condition & stage_condition)
    values = nominees.aggregate(**aggregates)
    rows = [Row(_("Tổng số"), {stage: values[f"total__{stage}"] for stage, _ in STAGES})]
    rows += [
        Row(label, {stage: values[f"{key}__{stage}"] for stage, _ in STAGES})
        for key, label, _condition in GROUPS
    ]
    return rows


def against_targets(nominees, year):
    """Per target of the plan that covers `year`: its share at each stage (one query)."""
    targets = list(AwardTarget.objects.filter(period_start__lte=year, period_end__gte=year))
    if not targets:
        return []
    aggregates = {}
    for tier in (Tier.STATE, Tier.PROVINCE):
        in_tier = Q(state_level=tier == Tier.STATE)
        for stage, stage_condition in STAGE_CONDITIONS.items():
            for base in ("collectives", "individuals"):
                kind = (
                    ProposedNominee.Kind.COLLECTIVE
                    if base == "collectives"
                    else ProposedNominee.Kind.INDIVIDUAL
                )
                aggregates[f"{tier}__{stage}__{base}"] = Count(
                    "pk", filter=in_tier & stage_condition & Q(kind=kind)
                )
            for group, (condition, _base) in GROUP_RULES.items():
                aggregates[f"{tier}__{stage}__{group}"] = Count(
                    "pk", filter=in_tier & stage_condition & condition
                )
    values = nominees.aggregate(**aggregates)
    results = []
    for target in targets:
        _condition, base = GROUP_RULES[target.group]
        results.append(
            (
                target,
                [
                    TargetResult(
                        target,
                        values[f"{target.tier}__{stage}__{target.group}"],
                        values[f"{target.tier}__{stage}__{base}"],
                    )
                    for stage, _label in STAGES
                ],
            )
        )
    return results


def round_statistics(proposal_round):
    nominees = sent_nominees(proposal_round)
    return {
        "stages": STAGES,
        "groups": by_group(nominees),
        "units": by_unit(nominees),
        "targets": against_targets(nominees, proposal_round.year),
    }


def csv_rows(statistics):
    """The statistics as rows under CSV_HEADER (Mục, Nội dung, then one column per stage)."""
    for row in statistics["groups"]:
        yield ["Theo nhóm đối tượng", str(row.label), *row.stages()]
    for row in statistics["units"]:
        yield ["Theo đơn vị", row.label, *row.stages()]
    for target, results in statistics["targets"]:
        yield [
            "Chỉ tiêu",
            str(target),
            *(
                "" if result.ratio is None else f"{result.ratio}% ({result.achieved}/{result.base})"
                for result in results
            ),
        ]


def csv_header():
    return ["Mục", "Nội dung", *(str(label) for _stage, label in STAGES)]
