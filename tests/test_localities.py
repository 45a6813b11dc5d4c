"""The province's localities as data: the file of Lạng Sơn's 65 communes and wards since
1/7/2025 and its 11 former districts, the command that loads it, and the folded-name search."""

import importlib
import io
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from core.choosers import search_folded
from core.text import fold_words
from demo import accounts as demo_accounts
from home.localities import DEFAULT_FILE, localities_by_name, read_entries
from home.models import Locality

ENTRIES = read_entries(DEFAULT_FILE)
CURRENT = [entry for entry in ENTRIES if entry.is_current]
FORMER = [entry for entry in ENTRIES if not entry.is_current]


def test_the_file_lists_65_communes_and_wards_and_11_former_districts():
    kinds = [entry.kind for entry in CURRENT]
    assert len(CURRENT) == 65
    assert kinds.count("xa") == 61 and kinds.count("phuong") == 4
    assert len(FORMER) == 11
    assert [entry.kind for entry in FORMER].count("huyen") == 10
    assert [entry.name for entry in FORMER if entry.kind == "thanh_pho"] == ["thành phố Lạng Sơn"]


def test_every_current_unit_maps_to_a_former_district():
    former_names = {entry.name for entry in FORMER}
    assert all(entry.former_district in former_names for entry in CURRENT)
    wards = [entry for entry in CURRENT if entry.kind == "phuong"]
    assert {entry.former_district for entry in wards} == {"thành phố Lạng Sơn"}
    by_district = {}
    for entry in CURRENT:
        by_district.setdefault(entry.former_district, []).append(entry.name)
    assert by_district["huyện Chi Lăng"] == [
        "xã Chi Lăng",
        "xã Nhân Lý",
        "xã Chiến Thắng",
        "xã Quan Sơn",
        "xã Bằng Mạc",
        "xã Vạn Linh",
    ]
    assert len(by_district["huyện Hữu Lũng"]) == len(by_district["huyện Bình Gia"]) == 8


def test_names_are_written_with_their_diacritics_in_one_unicode_form():
    names = [entry.name for entry in ENTRIES]
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert len({fold_words(name) for name in names}) == len(names)
    for name in ("phường Lương Văn Tri", "xã Điềm He", "xã Nhất Hòa", "xã Thụy Hùng", "xã Na Sầm"):
        assert name in names


def test_the_demo_loaded_the_file_with_kinds_and_former_districts(db):
    rows = {row.name: row for row in Locality.objects.select_related("former_district")}
    for entry in ENTRIES:
        row = rows[entry.name]
        assert (row.kind, row.is_current) == (entry.kind, entry.is_current)
        district = row.former_district.name if row.former_district else None
        assert district == entry.former_district
    assert Locality.objects.filter(is_current=True).count() == 65
    assert Locality.objects.filter(is_current=False).count() == 11


def test_every_locality_named_by_the_demo_content_is_a_loaded_current_unit(db):
    from demo.content import consultations as consultations_content
    from demo.content import exemplars as exemplars_content
    from demo.content import registrations as registrations_content

    names = {spec["locality"] for spec in exemplars_content.EXEMPLARS}
    names |= {spec["locality"] for spec in registrations_content.UNITS if spec["locality"]}
    for consultation in (consultations_content.OPEN_ROUND, consultations_content.CONCLUDED_ROUND):
        names |= {spec["locality"] for spec in consultation["nominees"] if spec["locality"]}
    found = localities_by_name(names)
    assert set(found) == names
    assert all(row.is_current for row in found.values())


def test_demo_records_point_to_the_loaded_rows(db):
    from exemplars.models import ExemplarPage

    story = ExemplarPage.objects.filter(locality__name="xã Chi Lăng").first()
    assert story is not None
    assert story.locality.former_district.name == "huyện Chi Lăng"


def run_command():
    out = io.StringIO()
    call_command("load_localities", stdout=out)
    return out.getvalue()


def test_the_command_is_idempotent_and_updates_rows_matched_without_diacritics(db):
    from exemplars.models import ExemplarPage

    chi_lang = Locality.objects.get(name="xã Chi Lăng")
    stories = set(ExemplarPage.objects.filter(locality=chi_lang).values_list("pk", flat=True))
    assert stories
    # Typed by hand before the list was loaded: no diacritics, wrong kind, no district.
    Locality.objects.filter(pk=chi_lang.pk).update(
        name="Xa Chi Lang", kind="phuong", former_district=None
    )
    Locality.objects.get(name="xã Quốc Việt").delete()
    count = Locality.objects.count()

    assert "1 thêm mới, 1 cập nhật, 74 không đổi" in run_command()
    assert Locality.objects.count() == count + 1
    chi_lang = Locality.objects.get(pk=chi_lang.pk)
    assert (chi_lang.name, chi_lang.kind) == ("xã Chi Lăng", "xa")
    assert chi_lang.former_district.name == "huyện Chi Lăng"
    assert set(ExemplarPage.objects.filter(locality=chi_lang).values_list("pk", flat=True)) == (
        stories
    )
    assert Locality.objects.get(name="xã Quốc Việt").slug == "xa-quoc-viet"

    assert "0 thêm mới, 0 cập nhật, 76 không đổi" in run_command()
    assert Locality.objects.count() == count + 1


def test_the_command_leaves_rows_the_file_does_not_name(db):
    own = Locality.objects.create(name="xã Thử Nghiệm Riêng", slug="xa-thu-nghiem-rieng")
    run_command()
    own.refresh_from_db()
    assert (own.name, own.is_current, own.kind) == ("xã Thử Nghiệm Riêng", True, "xa")


def test_a_file_with_an_unknown_kind_is_refused(tmp_path):
    bad = tmp_path / "dia-ban.json"
    bad.write_text(
        '{"districts": [{"name": "huyện A", "kind": "huyen",'
        ' "communes": [{"name": "xã B", "kind": "thon"}]}]}',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="thon"):
        read_entries(bad)


def test_search_by_folded_name_finds_current_units_first(db):
    found = search_folded(Locality.objects.all(), "chi lang", folded_field="search_name")
    assert [str(row) for row in found] == ["xã Chi Lăng", "huyện Chi Lăng (trước 1/7/2025)"]
    assert [
        row.name for row in search_folded(Locality.objects.all(), "LUONG van", "search_name")
    ] == ["phường Lương Văn Tri"]


def test_saving_keeps_the_folded_name(db):
    locality = Locality.objects.create(name="xã Đèo Gió Mới", slug="xa-deo-gio-moi")
    assert locality.search_name == "xa deo gio moi"
    locality.name = "xã Đèo Gió Cũ"
    locality.save(update_fields=["name"])
    assert Locality.objects.get(pk=locality.pk).search_name == "xa deo gio cu"


def test_a_former_district_cannot_be_current_nor_be_chosen_as_a_current_one(db):
    district = Locality(name="huyện Thử Nghiệm", slug="huyen-thu-nghiem", kind="huyen")
    with pytest.raises(ValidationError) as error:
        district.full_clean()
    assert "is_current" in error.value.message_dict
    commune = Locality(
        name="xã Thử Nghiệm",
        slug="xa-thu-nghiem",
        former_district=Locality.objects.get(name="xã Chi Lăng"),
    )
    with pytest.raises(ValidationError) as error:
        commune.full_clean()
    assert "former_district" in error.value.message_dict
    commune.former_district = Locality.objects.get(name="huyện Chi Lăng")
    commune.full_clean()


def test_the_migration_classifies_rows_typed_before_the_kinds(db):
    from django.apps import apps

    migration = importlib.import_module(
        "home.migrations.0007_locality_kind_current_former_district"
    )
    typed = Locality.objects.create(name="Huyện Thử Nghiệm Cũ", slug="huyen-thu-nghiem-cu")
    Locality.objects.filter(pk=typed.pk).update(search_name="", kind="xa", is_current=True)
    migration.classify_existing(apps, None)
    typed.refresh_from_db()
    assert (typed.search_name, typed.kind, typed.is_current) == (
        "huyen thu nghiem cu",
        "huyen",
        False,
    )


def test_the_secretariat_adds_a_commune_in_the_admin_with_its_former_district(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    district = Locality.objects.get(name="huyện Chi Lăng")
    url = "/admin/snippets/home/locality/add/"
    form = {"name": "xã Thử Nghiệm Mới", "slug": "", "kind": "xa", "is_current": "on"}
    response = client.post(url, {**form, "former_district": district.pk})
    assert response.status_code == 302
    added = Locality.objects.get(name="xã Thử Nghiệm Mới")
    assert (added.slug, added.search_name) == ("xa-thu-nghiem-moi", "xa thu nghiem moi")
    assert added.former_district == district

    refused = client.post(url, {**form, "name": "huyện Thử Nghiệm", "kind": "huyen"})
    assert refused.status_code == 200
    assert not Locality.objects.filter(name="huyện Thử Nghiệm").exists()
