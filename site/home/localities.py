"""The province's localities as data: a JSON file of the former district-level units, each with
the communes and wards (xã, phường) that mostly came from it, loaded into home.Locality.

Loading matches rows by folded name ("Xã Chi Lang" is "xã Chi Lăng"), so the rows records
already point to are updated in place, never duplicated, and a second run changes nothing.
Rows the file does not name (added by the secretariat) are left as they are.
"""

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from core.text import fold_words, slugify_vi

DATA_DIR = Path(__file__).resolve().parent / "data"
# The demo province's list; another province passes its own file to `load_localities`.
DEFAULT_FILE = DATA_DIR / "localities_lang_son.json"


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    is_current: bool
    former_district: str | None = None


def read_entries(path=DEFAULT_FILE):
    """The file's former districts first, then its current units, each naming its district.

    Raises ValueError on an unknown kind or a name listed twice (after folding)."""
    from home.models import Locality

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    former, current = [], []
    for district in data["districts"]:
        district_name = normalise(district["name"])
        former.append(Entry(district_name, district["kind"], is_current=False))
        for commune in district["communes"]:
            current.append(Entry(normalise(commune["name"]), commune["kind"], True, district_name))
    entries = former + current
    seen = set()
    for entry in entries:
        expected_former = entry.kind in Locality.FORMER_KINDS
        if entry.kind not in Locality.Kind.values or expected_former == entry.is_current:
            raise ValueError(f"{path}: loại địa bàn không hợp lệ ở “{entry.name}”: {entry.kind}")
        key = fold_words(entry.name)
        if key in seen:
            raise ValueError(f"{path}: địa bàn “{entry.name}” có hai lần")
        seen.add(key)
    return entries


def normalise(name):
    # One Unicode form for "ă", "ệ" …, whatever the file's editor saved.
    return unicodedata.normalize("NFC", " ".join(name.split()))


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@transaction.atomic
def load_localities(path=DEFAULT_FILE):
    """Create or update a row for every entry of the file; returns the counts."""
    from home.models import Locality

    entries = read_entries(path)
    rows = {fold_words(row.name): row for row in Locality.objects.select_for_update()}
    taken_slugs = set(Locality.objects.values_list("slug", flat=True))
    result = LoadResult()
    for entry in entries:
        district = rows[fold_words(entry.former_district)] if entry.former_district else None
        wanted = {
            "name": entry.name,
            "kind": entry.kind,
            "is_current": entry.is_current,
            "former_district_id": district.pk if district else None,
        }
        row = rows.get(fold_words(entry.name))
        if row is None:
            row = Locality(**wanted, slug=free_slug(entry.name, taken_slugs))
            row.save()
            rows[fold_words(entry.name)] = row
            result.created += 1
        elif any(getattr(row, field) != value for field, value in wanted.items()):
            for field, value in wanted.items():
                setattr(row, field, value)
            row.save()
            result.updated += 1
        else:
            result.unchanged += 1
    return result


def free_slug(name, taken):
    base = slugify_vi(name, max_length=140) or "dia-ban"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def localities_by_name(names):
    """{name: Locality} for the given names, matched by folded name; a name with no row is
    left out (its record keeps the field blank)."""
    from home.models import Locality

    wanted = {fold_words(name): name for name in names if name}
    found = Locality.objects.filter(search_name__in=wanted)
    return {wanted[row.search_name]: row for row in found}
