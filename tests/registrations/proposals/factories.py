"""Factories for award proposals: a round open now with its awards and checklist, a unit's
proposal and its nominees. Rounds are in YEAR (tests.registrations.factories) so the demo's
2026 round never mixes in."""

import datetime

import factory
from django.utils import timezone

from news.models import AwardForm
from registrations.models import (
    ChecklistItem,
    Proposal,
    ProposalRound,
    ProposedNominee,
    RoundAward,
)
from tests.registrations.factories import YEAR, UnitFactory


def award(name):
    return AwardForm.objects.get(name=name, rank="")


class ProposalRoundFactory(factory.django.DjangoModelFactory):
    """Open now: opened ten days ago, deadline in twenty days."""

    title = factory.Sequence(lambda n: f"Đề nghị khen thưởng tổng kết năm {YEAR} (đợt {n})")
    kind = ProposalRound.Kind.YEAR_END
    year = YEAR
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=10))
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))

    class Meta:
        model = ProposalRound
        skip_postgeneration_save = True

    @factory.post_generation
    def awards(self, create, extracted, **kwargs):
        """awards=[("Bằng khen của Chủ tịch UBND tỉnh", False), ...]; by default a provincial
        Bằng khen, Chiến sĩ thi đua cấp tỉnh and the Huân chương Lao động hạng Ba (consulted)."""
        if not create:
            return
        chosen = extracted or [
            (award("Bằng khen của Chủ tịch UBND tỉnh"), False),
            (award("Chiến sĩ thi đua cấp tỉnh"), False),
            (AwardForm.objects.get(name="Huân chương Lao động", rank="hạng Ba"), True),
        ]
        for order, (form, consulted) in enumerate(chosen):
            RoundAward.objects.create(
                round=self, award_form=form, needs_consultation=consulted, sort_order=order
            )

    @factory.post_generation
    def checklist(self, create, extracted, **kwargs):
        """The dossier of Điều 84 Luật TĐKT: tờ trình, the unit council's minutes, a báo cáo
        thành tích per nominee, and (optional) sáng kiến recognition."""
        if not create:
            return
        items = extracted or [
            ("to-trinh", "Tờ trình đề nghị khen thưởng", False, True),
            ("bien-ban", "Biên bản họp Hội đồng TĐKT của đơn vị", False, True),
            ("bao-cao", "Báo cáo thành tích", True, True),
            ("sang-kien", "Giấy chứng nhận sáng kiến", True, False),
        ]
        for order, (code, title, per_nominee, required) in enumerate(items):
            ChecklistItem.objects.create(
                round=self,
                code=code,
                title=title,
                per_nominee=per_nominee,
                required=required,
                sort_order=order,
            )


class ProposalFactory(factory.django.DjangoModelFactory):
    round = factory.SubFactory(ProposalRoundFactory)
    unit = factory.SubFactory(UnitFactory)
    cover_number = factory.Sequence(lambda n: f"{n + 10}/TTr-STN")
    signer_name = "Lý Văn Hùng"
    signer_position = "Giám đốc"

    class Meta:
        model = Proposal


class ProposedNomineeFactory(factory.django.DjangoModelFactory):
    proposal = factory.SubFactory(ProposalFactory)
    kind = ProposedNominee.Kind.INDIVIDUAL
    full_name = factory.Sequence(lambda n: f"Hoàng Thị Thử Nghiệm {n}")
    birth_year = 1982
    gender = "nu"
    position = "Chuyên viên"
    workplace = factory.LazyAttribute(lambda nominee: nominee.proposal.unit.name)
    award_form = factory.LazyFunction(lambda: award("Bằng khen của Chủ tịch UBND tỉnh"))
    summary = "Hoàn thành xuất sắc nhiệm vụ hai năm liên tục; có hai sáng kiến được công nhận."

    class Meta:
        model = ProposedNominee
