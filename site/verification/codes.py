"""Verification codes: short, permanent, not guessable from one another.

A code is the awardee's row number (and the kind of record) enciphered with a key that only
the database holds (`VerificationKey`): a 40-bit Feistel permutation written in Crockford's
base 32 as two groups of four, e.g. `K7QW-2M9D`. So every record has exactly one code, no code
is stored beside the rows (bulk imports and revisions need nothing), a code never changes when
pages are moved, renamed or revised, and knowing one code tells nothing of another's: about one
in ten million random codes names a record at 100,000 records.

Typed codes are read the way Crockford meant: case, spaces and hyphens do not matter, O is 0,
I and L are 1.
"""

import hashlib
import hmac

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8  # characters of 5 bits: 40 bits
HALF_BITS = 20
HALF_MASK = (1 << HALF_BITS) - 1
ROUNDS = 4
# The first bit tells the kind of record; the other 39 are its row number.
KIND_BITS = 1
NUMBER_BITS = 2 * HALF_BITS - KIND_BITS
MAX_NUMBER = (1 << NUMBER_BITS) - 1
KINDS = ("awardee", "resistance")
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _round(key, number, half):
    digest = hmac.new(key, f"{number}:{half}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:4], "big") & HALF_MASK


def _encipher(key, value):
    left, right = value >> HALF_BITS, value & HALF_MASK
    for number in range(ROUNDS):
        left, right = right, left ^ _round(key, number, right)
    return (left << HALF_BITS) | right


def _decipher(key, value):
    left, right = value >> HALF_BITS, value & HALF_MASK
    for number in reversed(range(ROUNDS)):
        left, right = right ^ _round(key, number, left), left
    return (left << HALF_BITS) | right


def _written(value):
    characters = []
    for _position in range(LENGTH):
        characters.append(ALPHABET[value & 31])
        value >>= 5
    text = "".join(reversed(characters))
    return f"{text[:4]}-{text[4:]}"


def normalise(typed):
    """The code's eight characters as written (`K7QW-2M9D`), or None for anything that cannot
    be a code."""
    text = "".join(str(typed or "").split()).replace("-", "").upper().translate(_TYPED)
    if len(text) != LENGTH or any(character not in ALPHABET for character in text):
        return None
    return f"{text[:4]}-{text[4:]}"


def encode(key, kind, number):
    """The code of row `number` of `kind` (one of KINDS)."""
    if not 0 < number <= MAX_NUMBER:
        raise ValueError("A row number out of the codes' range.")
    return _written(_encipher(key, (KINDS.index(kind) << NUMBER_BITS) | number))


def decode(key, typed):
    """(kind, row number) that a typed code names, or None."""
    code = normalise(typed)
    if code is None:
        return None
    value = 0
    for character in code.replace("-", ""):
        value = (value << 5) | ALPHABET.index(character)
    plain = _decipher(key, value)
    number = plain & MAX_NUMBER
    if number == 0:
        return None
    return KINDS[plain >> NUMBER_BITS], number
