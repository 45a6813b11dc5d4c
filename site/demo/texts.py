"""The demo's long texts as plain files: a header of `key: value` lines (each value written as
JSON), a line `---`, then the text.

The text is blocks separated by a blank line, in a small Markdown-like form:
`## Tiêu đề` a heading; `> lời` and `> — người nói` a quote; `| nhãn | giá trị |` lines a
table of key facts; `[nhãn](tai-lieu:slug)` a downloadable document; `html: …` a paragraph of
the demo's own markup; lines `- …` a bulleted list and `1. …` a numbered one inside a
paragraph; any other lines a paragraph.
"""

import json
import re

SEPARATOR = "---"
ORDERED_ITEM = re.compile(r"^\d+\. ")
DOCUMENT_LINK = re.compile(r"^\[(?P<label>.+)\]\(tai-lieu:(?P<slug>[-a-z0-9]+)\)$")


def read_text_file(path):
    """(header dict, text) of one file."""
    header_text, _, text = path.read_text(encoding="utf-8").partition(f"\n{SEPARATOR}\n")
    header = {}
    for line in header_text.splitlines():
        if line.strip():
            key, _, value = line.partition(": ")
            header[key] = json.loads(value)
    return header, text.strip("\n")


def write_text_file(path, header, text):
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in header.items()]
    path.write_text("\n".join([*lines, SEPARATOR, text, ""]), encoding="utf-8")


def _paragraph_parts(lines):
    """A paragraph's lines as its parts: text, a bulleted list (a list) or a numbered one
    (("ol", list))."""
    parts = []
    for line in lines:
        if line.startswith("- "):
            if not (parts and isinstance(parts[-1], list)):
                parts.append([])
            parts[-1].append(line[2:])
        elif ORDERED_ITEM.match(line):
            if not (parts and isinstance(parts[-1], tuple)):
                parts.append(("ol", []))
            parts[-1][1].append(ORDERED_ITEM.sub("", line, count=1))
        else:
            parts.append(line)
    return parts


def _part_lines(parts):
    lines = []
    for part in parts:
        if isinstance(part, tuple):
            lines += [f"{number}. {item}" for number, item in enumerate(part[1], 1)]
        elif isinstance(part, list):
            lines += [f"- {item}" for item in part]
        else:
            lines.append(part)
    return lines


def parse_paragraphs(text):
    """Paragraphs as strings, a block of `- ` lines as a list of items."""
    paragraphs = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines):
            paragraphs.append([line[2:] for line in lines])
        else:
            paragraphs.append(block)
    return paragraphs


def format_paragraphs(paragraphs):
    return "\n\n".join(
        "\n".join(f"- {item}" for item in paragraph) if isinstance(paragraph, list) else paragraph
        for paragraph in paragraphs
    )


def parse_blocks(text):
    """Blocks as ("heading", text), ("paragraph", text or parts), ("html", markup),
    ("quote", text, attribution), ("facts", [(label, value)]), ("document", slug, label)."""
    blocks = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        first = lines[0]
        link = DOCUMENT_LINK.match(block)
        if first.startswith("## "):
            blocks.append(("heading", first[3:]))
        elif first.startswith("html: "):
            blocks.append(("html", block[len("html: ") :]))
        elif first.startswith("> "):
            blocks.append(("quote", first[2:], lines[1][len("> — ") :]))
        elif first.startswith("| "):
            facts = [tuple(cell.strip() for cell in line.strip("|").split(" | ")) for line in lines]
            blocks.append(("facts", facts))
        elif link:
            blocks.append(("document", link["slug"], link["label"]))
        elif len(lines) == 1 and not first.startswith("- ") and not ORDERED_ITEM.match(first):
            blocks.append(("paragraph", first))
        else:
            blocks.append(("paragraph", _paragraph_parts(lines)))
    return blocks


def format_blocks(blocks):
    out = []
    for kind, *values in blocks:
        if kind == "heading":
            out.append(f"## {values[0]}")
        elif kind == "html":
            out.append(f"html: {values[0]}")
        elif kind == "quote":
            out.append(f"> {values[0]}\n> — {values[1]}")
        elif kind == "facts":
            out.append("\n".join(f"| {label} | {value} |" for label, value in values[0]))
        elif kind == "document":
            out.append(f"[{values[1]}](tai-lieu:{values[0]})")
        elif isinstance(values[0], list):
            out.append("\n".join(_part_lines(values[0])))
        else:
            out.append(values[0])
    return "\n\n".join(out)
