"""The site's own content (data/site/): settings, home page, section pages, standard pages and
news articles; and the units (data/units.csv, in the units importer's format)."""

from demo.data import read_json, read_table, read_texts
from demo.texts import parse_blocks
from registrations.importing.units import COLUMNS as UNIT_COLUMNS

_site = read_json("site/site.json")
SITE_SETTINGS = _site["SITE_SETTINGS"]
HOME = _site["HOME"]
QUICK_LINKS = _site["QUICK_LINKS"]
FOOTER_LINKS = _site["FOOTER_LINKS"]
SOCIAL_LINKS = _site["SOCIAL_LINKS"]
PRIVACY_SLUG = _site["PRIVACY_SLUG"]
INDEX_PAGES = _site["INDEX_PAGES"]

STANDARD_PAGES = [
    {**header, "body": parse_blocks(text)} for header, text in read_texts("site/pages")
]
NEWS = [{**header, "body": parse_blocks(text)} for header, text in read_texts("site/news")]

# Every unit with its contact details; the officers' columns are left blank (the accounts are
# made by demo.build).
UNITS = read_table("units.csv", UNIT_COLUMNS)
