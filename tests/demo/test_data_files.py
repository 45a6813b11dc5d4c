"""The demo's data files (site/demo/data/): the tables are in the formats the site's own
importers read and pass their checks, and the long texts read back exactly as written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.spreadsheets import read_rows
from demo import records as demo_records
from demo.content import exemplars as exemplars_content
from demo.content import news as news_content
from demo.content import site as site_content
from demo.data import DATA, read_json, read_texts
from demo.texts import format_blocks, format_paragraphs, parse_blocks, parse_paragraphs
from news.importing import validate as validate_awardees
from news.models import AwardForm
from registrations.importing import units as units_import
from registrations.importing.individuals import validate_individuals
from registrations.models import Campaign


def upload(path):
    content = path.read_bytes()
    return SimpleUploadedFile(path.name, content, content_type="text/csv")


AWARDEE_FILES = sorted((DATA / "news" / "awardees").glob("*.csv"))
INDIVIDUAL_FILES = sorted((DATA / "registrations" / "individuals").glob("*/*.csv"))


def test_there_is_one_awardees_table_per_decision():
    named = {decision["awardees"].split("/")[-1] for decision in read_json("news/decisions.json")}
    assert named == {path.name for path in AWARDEE_FILES}
    assert len(AWARDEE_FILES) == 12
    assert sum(len(decision["awardees"]) for decision in news_content.DECISIONS) == 169


@pytest.mark.parametrize("path", AWARDEE_FILES, ids=lambda path: path.stem)
def test_every_awardees_table_passes_the_awardees_importer(db, path):
    default_form = AwardForm.objects.first()
    awardees, errors = validate_awardees(read_rows(upload(path)), default_form)
    assert errors == []
    assert len(awardees) == len(path.read_text(encoding="utf-8").splitlines()) - 1


def test_the_resistance_awards_table_passes_its_importer(db):
    from news import resistance_import

    path = DATA / "news" / "resistance_awards.csv"
    records, errors = resistance_import.validate(read_rows(upload(path)))
    assert errors == []
    assert len(records) == len(path.read_text(encoding="utf-8").splitlines()) - 1


def test_the_revoked_award_names_an_awardee_of_its_decision():
    for decision in news_content.DECISIONS:
        named = {row["full_name"] for row in decision["awardees"]}
        assert set(decision.get("revoked", {})) <= named, decision["number"]
    revoked = [
        row
        for decision in news_content.DECISIONS
        for row in decision["awardees"]
        if row.get("revoked_on")
    ]
    assert [row["full_name"] for row in revoked] == [demo_records.REVOKED_AWARDEE]


@pytest.mark.parametrize(
    "path", INDIVIDUAL_FILES, ids=lambda path: path.parent.name + "-" + path.stem
)
def test_every_individuals_table_passes_the_individuals_importer(db, path):
    campaign = Campaign.objects.order_by("-year").first()
    individuals, errors = validate_individuals(
        read_rows(upload(path)), campaign.individual_titles.all()
    )
    assert errors == []
    assert individuals


def test_the_units_table_passes_the_units_importer_but_for_the_former_districts(db):
    planned, errors = units_import.validate(units_import.read_rows(upload(DATA / "units.csv")))
    # The units importer takes only the kinds in use today: the districts' People's
    # Committees (kind "huyen", ended 30/06/2025) are the demo's history, nothing else fails.
    rows = (DATA / "units.csv").read_text(encoding="utf-8").splitlines()
    district_rows = {number for number, line in enumerate(rows, 1) if ",huyen," in line}
    assert district_rows
    assert {error.row for error in errors} == district_rows
    assert {error.column for error in errors} == {units_import.HEADINGS["kind"]}


@pytest.mark.parametrize(
    "folder", ["site/pages", "site/news", "exemplars/stories", "questions/guidance"]
)
def test_block_texts_read_back_exactly(folder):
    texts = read_texts(folder)
    assert texts
    for _header, text in texts:
        assert format_blocks(parse_blocks(text)) == text


def test_answers_read_back_exactly():
    answered = [text for _header, text in read_texts("questions/questions") if text]
    assert len(answered) >= 10
    for text in answered:
        assert format_paragraphs(parse_paragraphs(text)) == text


def test_block_form_covers_every_kind_of_block():
    text = (
        "## Kết quả\n\n"
        "Đoạn văn.\n\n"
        "> Đất không phụ người.\n> — Bà Hường\n\n"
        "| Diện tích | 12 ha |\n| Sản lượng | 20 tấn |\n\n"
        "[Mẫu báo cáo](tai-lieu:bao-cao-ca-nhan)\n\n"
        'html: Xem <a href="/hoi-dap/">Hỏi đáp</a>.\n\n'
        "Hồ sơ gồm:\n- Tờ trình;\n- Biên bản.\n1. Một\n2. Hai"
    )
    assert parse_blocks(text) == [
        ("heading", "Kết quả"),
        ("paragraph", "Đoạn văn."),
        ("quote", "Đất không phụ người.", "Bà Hường"),
        ("facts", [("Diện tích", "12 ha"), ("Sản lượng", "20 tấn")]),
        ("document", "bao-cao-ca-nhan", "Mẫu báo cáo"),
        ("html", 'Xem <a href="/hoi-dap/">Hỏi đáp</a>.'),
        ("paragraph", ["Hồ sơ gồm:", ["Tờ trình;", "Biên bản."], ("ol", ["Một", "Hai"])]),
    ]
    assert format_blocks(parse_blocks(text)) == text


def test_the_records_tests_rely_on_are_in_the_data():
    awardees = {
        row["full_name"] for decision in news_content.DECISIONS for row in decision["awardees"]
    }
    assert {demo_records.AWARDEE_WITH_STORY, demo_records.ANOTHER_AWARDEE} <= awardees
    assert any(
        demo_records.AWARDEE_WITH_STORY in story["award_holder"]
        for story in exemplars_content.EXEMPLARS
    )
    assert site_content.UNITS[0]["code"] == demo_records.FIRST_UNIT_CODE
