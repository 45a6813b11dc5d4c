"""The English detector the admin checks rely on (tests/admin/english.py): it finds Wagtail's
English, lets Vietnamese through (typed with or without its marks, names and abbreviations
included) and reads what the admin's scripts show."""

import json

from tests.admin.english import english_in_html, english_words, is_vietnamese_syllable


def test_every_vietnamese_syllable_without_marks_is_recognised():
    text = (
        "Nguyen Thi Huong, khuyen khich, truong, nghieng, quyet dinh, giay khen, khuya, "
        "xoong, doanh nghiep, huynh, tuan, ke hoach, ghe, nghe, tieng Viet, duoc, nguoi, "
        "ruou, hoang, khoa, chien si thi dua, Lang Son, Cao Loc, Tra Linh, uy ban, oai"
    )
    words = text.replace(",", " ").split()
    assert [word for word in words if not is_vietnamese_syllable(word)] == []


def test_wagtails_english_is_found_and_vietnamese_is_not():
    english = "Save draft · Request changes · Autosave is paused · The page could not be saved"
    assert english_words(english) == [
        "Save", "draft", "Request", "changes", "Autosave", "paused", "The", "page", "could",
        "not", "saved",
    ]  # fmt: skip
    vietnamese = (
        "Lưu nháp · Yêu cầu chỉnh sửa · Hôm nay hay ngày mai · Công ty May Kỳ Lừa · "
        "UBND tỉnh, SVHTTDL · news.newspage · https://example.vn/tin-tuc/ · bientap@example.vn "
        "· tap-the-lao-dong.pdf · Covid-19 · Wagtail, Draftail, PDF, URL, email"
    )
    assert english_words(vietnamese) == []


def test_what_the_admins_scripts_show_is_read():
    props = {"modules": [{"_type": "x", "_args": [{"name": "images", "label": "Images"}]}]}
    html = (
        '<script id="wagtail-sidebar-props" type="application/json">'
        + json.dumps(props)
        + "</script><script>var ignored = 'Not shown';</script>"
        + '<template><button aria-label="Toggle sidebar"></button></template>'
        + '<button data-w-tooltip-content-value="History"></button>'
        + '<input type="submit" value="Search"><input type="hidden" value="Hidden value">'
        + "<p>Trang</p>"
    )
    assert english_in_html(html) == ["Images", "Toggle sidebar", "History", "Search"]
