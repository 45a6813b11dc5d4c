"""Verification codes: one per record, permanent, read as typed, not guessable."""

import pytest

from verification import codes

KEY = b"k" * 32
OTHER_KEY = b"o" * 32


def test_a_code_is_two_groups_of_four_and_names_its_record_back():
    code = codes.encode(KEY, "awardee", 12345)
    assert len(code) == 9 and code[4] == "-"
    assert set(code.replace("-", "")) <= set(codes.ALPHABET)
    assert codes.decode(KEY, code) == ("awardee", 12345)
    assert codes.decode(KEY, codes.encode(KEY, "resistance", 12345)) == ("resistance", 12345)


def test_every_record_has_its_own_code():
    written = {codes.encode(KEY, "awardee", number) for number in range(1, 20_001)}
    assert len(written) == 20_000


def test_neighbouring_records_do_not_have_neighbouring_codes():
    first, second = codes.encode(KEY, "awardee", 1000), codes.encode(KEY, "awardee", 1001)
    assert sum(a != b for a, b in zip(first, second, strict=True)) >= 4
    # Another key gives other codes: a code tells nothing without the database's key.
    assert codes.encode(OTHER_KEY, "awardee", 1000) != first


@pytest.mark.parametrize("typed", [" k7qw 2m9d ", "K7QW2M9D", "k7qw-2m9d", "K7QW-2M9D"])
def test_typed_codes_are_read_whatever_the_case_spaces_and_hyphens(typed):
    assert codes.normalise(typed) == "K7QW-2M9D"


def test_letters_read_as_digits_as_crockford_meant():
    assert codes.normalise("ABOI-L123") == "AB01-1123"


@pytest.mark.parametrize("typed", ["", "K7QW-2M9", "K7QW-2M9DX", "K7QW-2M9U", "<script>", None])
def test_what_cannot_be_a_code_is_refused(typed):
    assert codes.normalise(typed) is None
    assert codes.decode(KEY, typed) is None


def test_random_codes_rarely_name_a_record():
    """About one in ten million random codes names one of 100,000 records."""
    hits = 0
    for number in range(1, 50_001):
        named = codes.decode(KEY, codes._written(number * 21_987_311 % (1 << 40)))
        hits += named is not None and named[1] <= 100_000
    assert hits <= 1
