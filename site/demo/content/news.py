"""News categories and tags, issuing bodies, the documents library, the catalogue of award
forms, the 2021 – 2025 award targets and the award decisions with their awardees (data/news/;
provenance in data/README.md)."""

from demo.data import DATA, read_json, read_table, read_texts
from news.importing import COLUMNS as AWARDEE_COLUMNS

_catalogues = read_json("news/catalogues.json")
NEWS_CATEGORIES = _catalogues["NEWS_CATEGORIES"]
NEWS_TAGS = _catalogues["NEWS_TAGS"]
ISSUERS = _catalogues["ISSUERS"]
AWARD_FORMS = _catalogues["AWARD_FORMS"]
TARGETS = _catalogues["TARGETS"]
# The news' lead pictures (drawn illustrations in news/images/<slug>.jpg): alt text, caption.
NEWS_IMAGES = read_json("news/images.json")["NEWS_IMAGES"]
NEWS_IMAGE_FOLDER = DATA / "news" / "images"

DOCUMENTS = [{**header, "body": text} for header, text in read_texts("news/documents")]

KINDS = {"Cá nhân": "individual", "Tập thể": "collective"}
FLAGS = ("small_collective", "grassroots_unit", "direct_worker", "worker", "farmer")


def _awardee(row):
    """A row of the awardees importer's template as the builder's record."""
    record = {field: value for field, value in row.items() if field not in FLAGS}
    record["kind"] = KINDS[row["kind"]]
    for flag in FLAGS:
        record["grassroots" if flag == "grassroots_unit" else flag] = row[flag] == "x"
    return record


def _revocation(decision, record):
    """An award revoked by a later decision ("revoked": {name: {"on": day, "by": number}})."""
    revoked = decision.get("revoked", {}).get(record["full_name"])
    return {"revoked_on": revoked["on"], "revocation_reference": revoked["by"]} if revoked else {}


DECISIONS = [
    {
        **decision,
        "awardees": [
            {**record, **_revocation(decision, record)}
            for record in (
                _awardee(row) for row in read_table(f"news/{decision['awardees']}", AWARDEE_COLUMNS)
            )
        ],
    }
    for decision in read_json("news/decisions.json")
]

# The office's register of resistance-war awards, in the importer's template (imported by the
# demo through news.resistance_import, as the office would).
RESISTANCE_AWARDS_CSV = (DATA / "news" / "resistance_awards.csv").read_bytes()
