"""Vietnamese page and list addresses: every letter folded, on the server (pages, the editors'
lists) and in the editor's slug field (its formatters; the browser test types a title)."""

import json
import re

import pytest

from core.admin_forms import VietnameseSlugInput
from core.text import VIETNAMESE_LETTERS, slugify_vi, vietnamese_slug_formatters
from demo import accounts as demo_accounts

# Real titles of the portal and the addresses they must get.
TITLES = {
    "Trao Bằng khen cho các tập thể, cá nhân điển hình trong phong trào thi đua năm 2026": (
        "trao-bang-khen-cho-cac-tap-the-ca-nhan-dien-hinh-trong-phong-trao-thi-dua-nam-2026"
    ),
    "Đề nghị tặng danh hiệu Nhà giáo Ưu tú cho cô Đặng Thị Hường": (
        "de-nghi-tang-danh-hieu-nha-giao-uu-tu-cho-co-dang-thi-huong"
    ),
    "Quyết định 1657/QĐ-UBND về Đề án Đổi mới công tác thi đua, khen thưởng": (
        "quyet-dinh-1657qd-ubnd-ve-de-an-doi-moi-cong-tac-thi-dua-khen-thuong"
    ),
}


@pytest.mark.parametrize("plain", sorted(VIETNAMESE_LETTERS))
def test_every_vietnamese_letter_folds_in_both_cases(plain):
    for letter in VIETNAMESE_LETTERS[plain]:
        assert slugify_vi(letter) == plain, letter
        assert slugify_vi(letter.upper()) == plain, letter.upper()


def test_the_alphabet_table_is_complete():
    """29 letters, 5 tones on 12 vowels: 12 × 6 forms, of which the table holds the marked."""
    marked = "".join(VIETNAMESE_LETTERS.values())
    assert len(marked) == len(set(marked)) == 67  # 12 vowels × 5 tones + ă â ê ô ơ ư + đ
    for plain, letters in VIETNAMESE_LETTERS.items():
        assert all(slugify_vi(letter) == plain for letter in letters)


@pytest.mark.parametrize("title", TITLES)
def test_real_titles(title):
    assert slugify_vi(title) == TITLES[title]


def test_decomposed_text_folds_too():
    import unicodedata

    title = unicodedata.normalize("NFD", "Đặng Thị Hường – Ưu tú")
    assert slugify_vi(title) == "dang-thi-huong-uu-tu"


def apply_formatters(text):
    """What the editor's script does with the formatters, in Python's regex dialect."""
    for pattern, replacement in vietnamese_slug_formatters():
        text = re.sub(pattern, replacement, text)
    return text


@pytest.mark.parametrize("title", TITLES)
def test_the_editor_formatters_leave_plain_letters(title):
    folded = apply_formatters(title)
    assert folded.isascii(), folded
    assert re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-").replace("/", "") == (
        TITLES[title].replace("1657qd", "1657-qd")
    )


def test_the_widget_carries_the_formatters():
    attrs = VietnameseSlugInput().attrs
    formatters = json.loads(attrs["data-w-slug-formatters-value"])
    assert attrs["data-controller"] == "w-slug"
    assert len(formatters) == 1 + 2 * len(VIETNAMESE_LETTERS)


@pytest.mark.django_db
def test_a_page_saved_without_an_address_gets_a_folded_one(section):
    from news.models import NewsPage

    index = section("tin-tuc")
    title = next(iter(TITLES))
    page = index.add_child(instance=NewsPage(title=title, live=False))
    assert page.slug == TITLES[title]
    twin = index.add_child(instance=NewsPage(title=title, live=False))
    assert twin.slug == TITLES[title] + "-2"


@pytest.mark.django_db
def test_a_list_item_saved_without_an_address_gets_one_from_its_name():
    from home.models import Locality

    # Not a name of the province's list the demo loads (home/data), whose slugs are taken.
    locality = Locality(name="Xã Đình Lập Thử")
    locality.full_clean()
    locality.save()
    assert locality.slug == "xa-dinh-lap-thu"


@pytest.mark.django_db
def test_every_slug_field_of_the_admin_uses_the_vietnamese_widget(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    html = client.get("/admin/snippets/home/locality/add/").content.decode()
    assert "data-w-slug-formatters-value" in html
    assert "\\u0111" in html  # "đ", as the attribute's JSON writes it


@pytest.mark.django_db
def test_a_new_tag_gets_a_folded_address_unique_among_tags():
    from taggit.models import Tag

    first = Tag.objects.create(name="Đổi mới sáng tạo")
    assert first.slug == "doi-moi-sang-tao"
    second = Tag.objects.create(name="Đối mới sáng tạo")  # folds to the same words
    assert second.slug == "doi-moi-sang-tao_1"
    plain = Tag.objects.create(name="Chuyen doi so")
    assert plain.slug == "chuyen-doi-so"
