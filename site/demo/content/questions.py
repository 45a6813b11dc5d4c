"""The questions section (data/questions/): topics, citizens' questions and the office's
answers, the guidance pages and the Word templates they offer."""

from demo.content import consultations
from demo.data import read_json, read_texts
from demo.texts import parse_blocks, parse_paragraphs

EMAIL_DOMAIN = consultations.EMAIL_DOMAIN
OFFICE_EMAIL = consultations.WRITTEN_EMAIL

_questions = read_json("questions/questions.json")
TOPICS = _questions["TOPICS"]
CONTACT = _questions["CONTACT"]
GUIDANCE_INDEX = _questions["GUIDANCE_INDEX"]
OFFICE = _questions["OFFICE"]
OFFICE_PHONE = _questions["OFFICE_PHONE"]


def _question(header, text):
    """A question; the file's text, if any, is the office's answer."""
    if "answer" in header or not text:
        return header
    return {**header, "answer": parse_paragraphs(text)}


QUESTIONS = [_question(header, text) for header, text in read_texts("questions/questions")]
GUIDANCE_PAGES = [
    {**header, "body": parse_blocks(text)} for header, text in read_texts("questions/guidance")
]
# Word files offered for download, by key. A line that is empty is dropped by the DOCX
# writer, so sections are told apart by their numbering only.
DOCUMENTS = {
    header.pop("key"): {**header, "lines": text.split("\n")}
    for header, text in read_texts("questions/templates")
}
