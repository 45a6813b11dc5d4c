"""Factories for the news app: documents, decisions, awardees, catalogue and targets."""

import datetime

import factory
import wagtail_factories

from news.models import (
    AwardDecisionPage,
    Awardee,
    AwardForm,
    AwardTarget,
    DecisionLevel,
    IssuingBody,
    LegalDocumentPage,
    NewsCategory,
)


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")

    class Meta:
        model = NewsCategory


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cơ quan ban hành {n}")

    class Meta:
        model = IssuingBody


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quyết định {n}/QĐ-UBND về công tác thi đua")
    slug = factory.Sequence(lambda n: f"quyet-dinh-{n}")
    number = factory.Sequence(lambda n: f"{n}/QĐ-UBND")
    doc_type = "quyet_dinh"
    issuer = factory.SubFactory(IssuingBodyFactory)
    issued_on = datetime.date(2024, 3, 13)
    abstract = "Về việc tổ chức phong trào thi đua năm 2024"

    class Meta:
        model = LegalDocumentPage


class AwardFormFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bằng khen loại {n}")
    group = AwardForm.Group.CERTIFICATE
    recipients = "both"

    class Meta:
        model = AwardForm


class AwardDecisionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quyết định {n}/QĐ-UBND tặng Bằng khen")
    slug = factory.Sequence(lambda n: f"quyet-dinh-khen-thuong-{n}")
    number = factory.Sequence(lambda n: f"{n}/QĐ-UBND")
    signed_on = datetime.date(2024, 10, 14)
    level_id = DecisionLevel.PROVINCIAL_CHAIR
    award_form = factory.SubFactory(AwardFormFactory)
    reason = "đã có thành tích xuất sắc trong phong trào thi đua"

    class Meta:
        model = AwardDecisionPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        # Tests name a level by its code: level=DecisionLevel.PRESIDENT.
        if isinstance(kwargs.get("level"), str):
            kwargs["level_id"] = kwargs.pop("level")
        return kwargs


class AwardeeFactory(factory.django.DjangoModelFactory):
    kind = Awardee.Kind.INDIVIDUAL
    full_name = factory.Sequence(lambda n: f"Lương Văn Thử {n}")
    position = "Nông dân"
    unit = "Thôn Nà Pàn"
    locality = "xã Tràng Các"

    class Meta:
        model = Awardee


class AwardTargetFactory(factory.django.DjangoModelFactory):
    plan = "Đề án thử nghiệm"
    period_start = 2021
    period_end = 2025
    tier = "province"
    group = AwardTarget.Group.DIRECT_WORKER
    comparison = AwardTarget.Comparison.MORE_THAN
    threshold = 75

    class Meta:
        model = AwardTarget
