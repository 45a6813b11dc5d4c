import pytest

from core.text import MAX_QUERY_WORDS, fold, fold_query


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Thị Hường", "nguyen thi huong"),
        ("Đào Văn Đức", "dao van duc"),
        ("đăng ký thi đua", "dang ky thi dua"),
        ("QUYẾT ĐỊNH 1657/QĐ-UBND", "quyet dinh 1657/qd-ubnd"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_turns_vietnamese_into_plain_lower_case(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen thi huong", "nguyen thi huong"),
        ("Nguyễn  Thị", "nguyen thi"),
        ("1657/QĐ-UBND", "1657 qd ubnd"),
        ("<script>alert(1)</script>", "script alert 1 script"),
        ("' OR 1=1; DROP TABLE wagtailcore_page; --", "or 1 1 drop table wagtailcore page"),
        ("!!! ??? …", ""),
        ("   ", ""),
        ("", ""),
    ],
)
def test_fold_query_keeps_only_words(query, expected):
    assert fold_query(query) == expected


def test_fold_query_bounds_very_long_input():
    folded = fold_query("thi đua " * 5000)
    assert len(folded.split()) == MAX_QUERY_WORDS
    assert len(folded) < 200


def test_fold_words_splits_document_numbers_into_plain_words():
    from core.text import fold_words

    assert fold_words("Công văn số 3441/UBND-KTTH") == "cong van so 3441 ubnd ktth"
