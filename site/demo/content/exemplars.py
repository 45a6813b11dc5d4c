"""Exemplar groups, the two movements and the exemplars' stories (data/exemplars/)."""

from demo.data import read_json, read_texts
from demo.texts import parse_blocks

_exemplars = read_json("exemplars/exemplars.json")
GROUPS = _exemplars["GROUPS"]
MOVEMENTS = _exemplars["MOVEMENTS"]
EXEMPLARS = [
    {**header, "story": parse_blocks(text)} for header, text in read_texts("exemplars/stories")
]
