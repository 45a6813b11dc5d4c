"""The province's localities as data: a JSON file of the former district-level units, each with
the communes and wards (xã, phường) that mostly came from it, loaded into home.Locality.

Loading matches rows by folded name ("Xã Chi Lang" is "xã Chi Lăng"), so the rows records
already point to are updated in place, never duplicated, and a second run changes nothing.
Rows the file does not name (added by the secretariat) are left as they are.

`LocalityResolver` maps the free text records carry ("xã Tràng Các, huyện Văn Quan") to
one of these rows, so statistics can count by commune or by former district.

Setting: ``TWO_LEVEL_LOCAL_GOVERNMENT_SINCE`` (a ``datetime.date``, default 1/7/2025), the
day the district level ended; records decided before it are counted by former district,
later ones by commune, ward or special zone. Read it through `two_level_since()`.
"""

import datetime
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from core.text import fold_words, slugify_vi
from home.models import Locality

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
    wanted = {fold_words(name): name for name in names if name}
    found = Locality.objects.filter(search_name__in=wanted)
    return {wanted[row.search_name]: row for row in found}


TWO_LEVEL_SINCE_DEFAULT = datetime.date(2025, 7, 1)


def two_level_since():
    """The first day of the two-level local government (no districts)."""
    return getattr(settings, "TWO_LEVEL_LOCAL_GOVERNMENT_SINCE", TWO_LEVEL_SINCE_DEFAULT)


class LocalityResolver:
    """Free-text locality -> Locality row, from rows read once (no query per text).

    The whole text matched by folded name first; else a former district named as one of
    its comma-separated parts ("xã Tràng Các, huyện Văn Quan" -> huyện Văn Quan), since an
    old commune name says little about today's units; else a current unit named by a part;
    else None."""

    def __init__(self, rows):
        self.by_id = {}
        self.by_name, self.former, self.current = {}, {}, {}
        for row in rows:
            key = fold_words(row.name)
            self.by_id[row.pk] = row
            self.by_name.setdefault(key, row)
            (self.current if row.is_current else self.former).setdefault(key, row)

    @classmethod
    def from_database(cls):
        return cls(Locality.objects.only("pk", "name", "is_current", "former_district_id"))

    def resolve(self, text):
        key = fold_words(text or "")
        if not key:
            return None
        if key in self.by_name:
            return self.by_name[key]
        parts = [fold_words(part) for part in text.split(",")]
        for names in (self.former, self.current):
            for part in parts:
                if part in names:
                    return names[part]
        return None

    def district_of(self, locality):
        """The former district a row stands for: itself, or a current unit's district."""
        if locality is None or not locality.is_current:
            return locality
        return self.by_id.get(locality.former_district_id)
