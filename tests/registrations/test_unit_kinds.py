"""Unit kinds as data: communes and wards (xã, phường, đặc khu) since 1/7/2025, the district
kind kept for last year's records and refused for new units."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone

from demo import accounts as demo_accounts
from home.models import Locality
from registrations.importing import units as unit_import
from registrations.models import Registration, Unit, UnitKind
from tests.registrations.factories import UnitFactory
from tests.registrations.test_accounts import HEADINGS, row

pytestmark = pytest.mark.django_db


def test_kinds_of_the_two_level_local_government():
    kinds = {kind.code: kind for kind in UnitKind.objects.all()}
    assert kinds[UnitKind.COMMUNE].name == "Xã, phường, đặc khu"
    assert kinds[UnitKind.COMMUNE].in_use_until is None
    assert kinds[UnitKind.DISTRICT].in_use_until == datetime.date(2025, 6, 30)


def test_a_new_unit_cannot_be_a_district_but_an_old_one_stays_valid():
    district = UnitKind.objects.get(code=UnitKind.DISTRICT)
    unit = Unit(name="UBND huyện Thử", code="UBND-HUYEN-THU", kind=district)
    with pytest.raises(ValidationError) as raised:
        unit.full_clean()
    assert raised.value.message_dict["kind"] == [
        "Loại “Huyện, thành phố (trước 01/7/2025)” chỉ áp dụng đến ngày 30/06/2025."
    ]
    existing = UnitFactory(kind=UnitKind.DISTRICT)  # recorded before the reform
    existing.full_clean()


def test_the_import_takes_only_kinds_in_use():
    planned, errors = unit_import.validate(
        [
            (1, HEADINGS),
            (2, row("TN-XA", "UBND xã Thử", kind="Xa, phuong, dac khu")),
            (3, row("TN-HUYEN", "UBND huyện Thử", kind="Huyện, thành phố (trước 01/7/2025)")),
        ]
    )
    assert [entry.kind for entry in planned if entry.values["code"] == "TN-XA"] == [
        UnitKind.COMMUNE
    ]
    messages = " ".join(str(problem) for problem in errors)
    assert "Xã, phường, đặc khu" in messages and "Huyện, thành phố" not in messages


def test_the_migration_moves_communes_recorded_as_districts():
    commune = Locality.objects.filter(is_current=True, kind="xa").first()
    unit = UnitFactory(kind=UnitKind.DISTRICT, locality=commune)
    kept = UnitFactory(kind=UnitKind.DISTRICT)  # no locality: a former district's committee
    migration = importlib.import_module("registrations.migrations.0003_unit_kinds")
    migration.create_kinds(apps, None)
    unit.refresh_from_db()
    kept.refresh_from_db()
    assert (unit.kind_id, kept.kind_id) == (UnitKind.COMMUNE, UnitKind.DISTRICT)


def test_demo_units_after_the_reform_are_current():
    communes = Unit.objects.filter(locality__is_current=True, name__startswith="Ủy ban nhân dân")
    assert communes.count() >= 4
    assert set(communes.values_list("kind", flat=True)) == {UnitKind.COMMUNE}
    this_year = Registration.objects.filter(campaign__year=timezone.localdate().year)
    assert this_year.exists()
    assert not this_year.filter(unit__kind=UnitKind.DISTRICT).exists()
    # The former districts' committees registered only while districts existed.
    district_registrations = Registration.objects.filter(unit__kind=UnitKind.DISTRICT)
    assert all(
        r.campaign.opens_at.date() <= datetime.date(2025, 6, 30) for r in district_registrations
    )


def test_the_units_list_reads_kinds_and_localities_with_the_units(client, users):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(users[demo_accounts.SECRETARIAT])
    url = "/admin/snippets/registrations/unit/"
    client.get(url)  # the first request also finds the site (core.chrome)
    with CaptureQueriesContext(connection) as before:
        assert client.get(url).status_code == 200
    commune = Locality.objects.filter(is_current=True).first()
    for number in range(5):
        UnitFactory(kind=UnitKind.COMMUNE, locality=commune, name=f"UBND xã Thử {number}")
    with CaptureQueriesContext(connection) as after:
        assert client.get(url).status_code == 200
    assert len(after) == len(before)
