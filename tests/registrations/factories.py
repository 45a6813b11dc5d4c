"""Factories for units, officers, clusters, campaigns and what units send.

The demo (loaded once for the session) already has units, clusters and a campaign; tests that
need exact figures build their own with these, in a year of their own (YEAR) so the demo's
clusters never mix in."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from home.roles import UNIT_OFFICERS
from news.models import AwardForm
from registrations.models import (
    Campaign,
    Cluster,
    ClusterCriterion,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
    ReportWindow,
    Unit,
    UnitKind,
    UnitOfficer,
)
from tests.factories import UserFactory

YEAR = 2031


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sở Thử nghiệm số {n}")
    short_name = factory.Sequence(lambda n: f"STN{n}")
    code = factory.Sequence(lambda n: f"thu-nghiem-{n}")
    kind_id = UnitKind.DEPARTMENT
    email = factory.Sequence(lambda n: f"don-vi-{n}@example.invalid")

    class Meta:
        model = Unit

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        # Tests name a kind by its code: kind=UnitKind.ENTERPRISE.
        if isinstance(kwargs.get("kind"), str):
            kwargs["kind_id"] = kwargs.pop("kind")
        return kwargs


def officer_for(unit, username=None, password="mat-khau-thu-nghiem"):
    """A signed-in-able unit officer of `unit` (in the officers' group)."""
    user = UserFactory(username=username or f"canbo-{unit.code}", password=password)
    user.groups.add(Group.objects.get(name=UNIT_OFFICERS))
    UnitOfficer.objects.create(user=user, unit=unit)
    return user


def titles(*names):
    return list(AwardForm.objects.filter(name__in=names))


def collective_titles():
    return titles("Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến")


def individual_titles():
    return titles("Chiến sĩ thi đua cơ sở", "Lao động tiên tiến")


class CampaignFactory(factory.django.DjangoModelFactory):
    """Open now: opened ten days ago, deadline in twenty days."""

    year = YEAR
    title = factory.Sequence(lambda n: f"Đăng ký thi đua năm {YEAR} (đợt {n})")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=10))
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))
    reminder_days = "7, 3, 1"

    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    @factory.post_generation
    def with_titles(campaign, create, extracted, **kwargs):
        if create and extracted is not False:
            campaign.collective_titles.set(collective_titles())
            campaign.individual_titles.set(individual_titles())
            campaign.save()  # parental many-to-many relations are written on save


class ReportWindowFactory(factory.django.DjangoModelFactory):
    campaign = factory.SubFactory(CampaignFactory)
    kind = ReportWindow.Kind.MID_YEAR
    title = factory.Sequence(lambda n: f"Báo cáo sơ kết 6 tháng (kỳ {n})")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=5))
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))

    class Meta:
        model = ReportWindow


class ClusterFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Khối thi đua thử nghiệm {n}")
    kind = Cluster.Kind.BLOCK
    year = YEAR

    class Meta:
        model = Cluster
        skip_postgeneration_save = True

    @factory.post_generation
    def members(cluster, create, extracted, **kwargs):
        if create and extracted:
            cluster.members.set(extracted)
            cluster.save()  # parental many-to-many relations are written on save


def criteria_for(cluster, maxima=(Decimal("30"), Decimal("50"), Decimal("20"))):
    return [
        ClusterCriterion.objects.create(
            cluster=cluster, sort_order=index, content=f"Tiêu chí {index + 1}", max_points=maximum
        )
        for index, maximum in enumerate(maxima)
    ]


def registration_with_rows(campaign, unit, individuals=2, indicators=3, **fields):
    """A registration with rows filled in, as a unit would have saved it."""
    registration = Registration.objects.create(
        campaign=campaign,
        unit=unit,
        signer_name=fields.pop("signer_name", "Nguyễn Văn Thủ"),
        signer_position=fields.pop("signer_position", "Giám đốc"),
        **fields,
    )
    registration.collective_titles.set(campaign.collective_titles.all()[:1])
    title = campaign.individual_titles.first()
    for index in range(individuals):
        RegisteredIndividual.objects.create(
            registration=registration,
            full_name=f"Cán bộ thử nghiệm {index + 1}",
            position="Chuyên viên",
            title=title,
            sort_order=index,
        )
    for index in range(indicators):
        PledgedIndicator.objects.create(
            registration=registration,
            content=f"Chỉ tiêu thử nghiệm {index + 1}",
            measure="%",
            planned_value=Decimal("90") + index,
            sort_order=index,
        )
    return registration
