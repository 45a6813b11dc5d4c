"""Reading the demo's data files (data/): JSON records, CSV tables in the formats the site's own
importers read, and long texts (demo.texts). Files of a folder are read in name order, which
is why they are numbered."""

import csv
import json
from pathlib import Path

from demo.texts import read_text_file

DATA = Path(__file__).resolve().parent / "data"


def read_json(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def read_table(name, columns):
    """The rows of a CSV file as dicts keyed by field, its headings being those of an
    importer's template (`columns`: (field, heading) pairs)."""
    fields = {heading: field for field, heading in columns}
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return [
            {fields[heading]: value for heading, value in row.items()}
            for row in csv.DictReader(file)
        ]


def read_texts(folder):
    """(header, text) of every text file in `folder`, in name order."""
    return [read_text_file(path) for path in sorted((DATA / folder).glob("*.md"))]
