"""Finding English in what the admin shows a person.

What is read: the text a person sees or hears from a page, i.e. text nodes outside <script>
and <style> (<template> and text/template scripts included: the admin's scripts copy them into
the page), the attributes read out or shown on hover (title, aria-label, aria-description,
placeholder, alt, the value of input buttons, the tooltip and progress labels the admin's
Stimulus controllers show), and the JSON the admin's scripts render: the sidebar's props
(menu labels), wagtail-config's STRINGS, the editor's panel and block definitions (labels,
help texts, their "strings") and the HTML fragments carried inside those.

How English is told from Vietnamese: every written Vietnamese syllable is one word, and a
Vietnamese word without any diacritic is still a well-formed Vietnamese syllable (an onset
from a closed list, a vowel group from a closed list, a final from {c, ch, m, n, ng, nh, p, t}
and the spelling rules k/gh/ngh before e, i, y). A word of three or more ASCII letters that
is not such a syllable ("Save", "draft", "Images", "Autosave", "submitted") is English, or at
least not Vietnamese. A few short English words happen to spell a Vietnamese syllable ("the",
"not", "set", "day"); those Vietnamese never writes without its marks are listed, and caught
unless they stand next to a Vietnamese word (a name or a word typed without marks). Words
with any Vietnamese letter (ă â đ ê ô ơ ư or a tone mark) are Vietnamese. Proper names,
product names and accepted loanwords (Wagtail, Draftail, email, PDF…) are allowed; addresses,
e-mail addresses, file names, code names (news.newspage) and words with digits are data, not
language, and are skipped; so are words in capitals, abbreviations (UBND, SVHTTDL, PDF, URL).

A word list alone would miss the long tail of Wagtail's vocabulary; the syllable rule finds
any of it without a list, and it cannot be fooled by a new English word.
"""

import contextlib
import json
import re
from html import unescape
from html.parser import HTMLParser

ONSETS = (
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "qu",
    "th",
    "tr",
    "b",
    "c",
    "d",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
    "",
)
# Vowel groups written without diacritics: those that end the syllable (a glide ends them)…
OPEN_VOWELS = {
    "ai", "ao", "au", "ay", "eo", "eu", "ia", "iu", "oi", "ui", "uu", "ieu", "yeu", "oai",
    "oay", "oao", "oeo", "uay", "uoi", "uou", "uyu", "uya", "ya",
}  # fmt: skip
# …those that may end it or take a final consonant; the groups that need a final (iê, uô,
# yê, oo, uyê: ie, uo, ye, oo, uye) appear only with the finals they take.
VOWELS = {"a", "e", "i", "o", "u", "y", "oa", "oe", "ua", "ue", "uy"}
FINALS = {
    "": VOWELS,
    "c": {"a", "e", "i", "o", "u", "oa", "ie", "uo", "oo", "ye", "uye"},
    "t": {"a", "e", "i", "o", "u", "oa", "oe", "ie", "uo", "ye", "uye", "uy", "ue"},
    "p": {"a", "e", "i", "o", "u", "oa", "ie", "uo", "ye", "ue"},
    "m": {"a", "e", "i", "o", "u", "oa", "ie", "uo", "ye", "oo"},
    "n": {"a", "e", "i", "o", "u", "oa", "oe", "ie", "uo", "ye", "uye", "ue", "ua"},
    "ng": {"a", "e", "o", "u", "oa", "ie", "uo", "oo", "ua"},
    "nh": {"a", "e", "i", "oa", "uy", "ue"},
    "ch": {"a", "e", "i", "oa", "uy", "ue"},
}
FRONT = ("e", "i", "y")

# English words that spell a Vietnamese syllable but that Vietnamese never writes without
# diacritics (it writes thẻ, nốt, sét, tốp, máp, bút, cắt, hót, gót, dây, giây…). Bare words
# Vietnamese does write (tin, ban, can, may, hay, nay, sang, long, son…) are not listed.
ENGLISH_LOOKALIKES = {
    "the", "not", "set", "top", "map", "but", "cut", "hot", "got", "day", "pay", "via",
    "thing", "ring", "bit", "hit", "lot", "run", "sun", "men", "sum", "min",
}  # fmt: skip

# Proper names, product names and loanwords the office writes as they are.
ALLOWED = {
    "wagtail", "draftail", "django", "email", "mail", "gmail", "embedly", "youtube",
    "vimeo", "javascript", "json", "csv", "xlsx", "docx", "pdf", "url", "seo", "api",
    "html", "http", "https", "www", "internet", "website", "web", "online",
    "slug", "unicode", "utc", "ascii", "webp", "avif", "jpeg", "png", "gif", "svg", "zip",
    "menu", "facebook", "zalo", "logo", "video", "audio", "excel", "covid",
    "enter", "tab", "ctrl", "alt", "shift", "cmd", "esc", "del", "backspace",
    "uuid", "ipv", "regex", "webm", "vtt", "odt", "ods", "doc", "xls",
    # Languages by their own names in the language menu (Tiếng Việt, English).
    "english",
    # Authenticator apps named to the staff when they set up two-factor sign-in.
    "google", "microsoft", "authenticator", "freeotp",
}  # fmt: skip

SKIP_SPANS = re.compile(
    # Addresses, e-mail addresses, paths, file names, code names (news.newspage), placeholders.
    r"https?://\S+|www\.\S+|\S+@\S+|(?<!\w)/[\w\-./?=&%#]*|\b[\w-]+\.[a-z0-9]{2,5}\b"
    r"|\b[a-z_]+\.[a-z_]+\b|%\(\w+\)\w|\{\w+\}"
)
WORD = re.compile(r"[^\W_]+(?:['’][a-z]+)?", re.UNICODE)


def is_vietnamese_syllable(word):
    word = word.lower()
    for onset in ONSETS:
        if not word.startswith(onset):
            continue
        rest = word[len(onset) :]
        if not rest:
            continue
        # qu carries its own u: "quu" is no syllable.
        if onset == "qu" and rest.startswith("u"):
            continue
        # Before e, i, y Vietnamese writes k, gh, ngh; c, g, ng everywhere else.
        front = rest.startswith(FRONT)
        if onset in ("c", "ng", "g") and front:
            continue
        if onset in ("k", "gh", "ngh") and not front:
            continue
        for final in sorted(FINALS, key=len, reverse=True):
            if final and not rest.endswith(final):
                continue
            vowel = rest[: len(rest) - len(final)] if final else rest
            if not vowel:
                continue
            if final == "":
                if vowel in OPEN_VOWELS or vowel in FINALS[""]:
                    return True
            elif vowel in FINALS[final]:
                return True
    return False


def english_words(text):
    """The English words of a text, in order (one entry per occurrence)."""
    text = SKIP_SPANS.sub(" ", unescape(text))
    words = WORD.findall(text)
    found = []
    for index, word in enumerate(words):
        word = re.split("['’]", word)[0]
        if len(word) < 3 or not word.isascii() or not word.isalpha():
            continue
        lower = word.lower()
        if lower in ALLOWED or word.isupper():
            continue
        if is_vietnamese_syllable(lower):
            if lower not in ENGLISH_LOOKALIKES:
                continue
            # A lookalike next to a Vietnamese word is a Vietnamese word (or name) written
            # without its marks.
            neighbours = words[max(0, index - 1) : index] + words[index + 1 : index + 2]
            if any(not w.isascii() for w in neighbours):
                continue
        found.append(word)
    return found


def english_phrases(text):
    """The stretches of a text that hold English, as a person would quote them."""
    phrases = []
    for line in re.split(r"[\n\r]+", text):
        line = " ".join(line.split())
        words = english_words(line) if line else []
        if words:
            # A long text is quoted around its first English word.
            start = max(0, line.find(words[0]) - 60)
            phrases.append(("…" if start else "") + line[start : start + 160])
    return phrases


# Attributes a person reads or hears.
TEXT_ATTRIBUTES = {
    "title",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-valuetext",
    "placeholder",
    "alt",
    "data-w-tooltip-content-value",
    "data-w-progress-active-value",
    "data-focal-input-label",
    "data-w-clipboard-message-value",
}
BUTTON_TYPES = {"submit", "button", "reset"}
# Keys of the admin's JSON whose values are shown.
JSON_TEXT_KEYS = {
    "label",
    "help_text",
    "helpText",
    "title",
    "text",
    "description",
    "placeholder",
    "error_name",
    "heading",
    "message",
    "footer_text",
    "display_name",
    "addButtonLabel",
    "icon_label",
}
# Keys whose whole subtree is shown text (translated strings handed to the scripts).
JSON_TEXT_TREES = {"strings", "STRINGS", "messages", "MONTHS", "WEEKDAYS", "WEEKDAYS_SHORT"}
JSON_SCRIPTS = {"application/json", "application/ld+json"}
TEMPLATE_SCRIPTS = {"text/template", "text/x-template", "text/html"}


def looks_like_html(value):
    return "<" in value and ">" in value and re.search(r"</?[a-zA-Z][^>]*>", value) is not None


class VisibleText(HTMLParser):
    """Collects the shown text of an HTML document or fragment, one piece per node."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.skip = 0
        self.script_kind = None
        self.script_buffer = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            kind = (attrs.get("type") or "").lower()
            self.script_kind = (
                "json" if kind in JSON_SCRIPTS else "html" if kind in TEMPLATE_SCRIPTS else None
            )
            self.script_buffer = []
            self.skip += 1
            return
        for name, value in attrs.items():
            if value and name in TEXT_ATTRIBUTES:
                self.pieces.append(value)
        button = tag == "input" and (attrs.get("type") or "").lower() in BUTTON_TYPES
        if button and attrs.get("value"):
            self.pieces.append(attrs["value"])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
            content = "".join(self.script_buffer)
            if self.script_kind == "json" and content.strip():
                with contextlib.suppress(ValueError):
                    self.pieces.extend(json_text(json.loads(content)))
            elif self.script_kind == "html":
                self.pieces.extend(visible_text(content))
            self.script_kind = None

    def handle_data(self, data):
        if self.skip:
            self.script_buffer.append(data)
        elif data.strip():
            self.pieces.append(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return parser.pieces


def json_text(value, key=None, shown=False):
    """The shown strings of the admin's JSON (see JSON_TEXT_KEYS and JSON_TEXT_TREES)."""
    if isinstance(value, dict):
        for inner_key, inner in value.items():
            if inner_key == "_type":
                continue
            yield from json_text(inner, inner_key, shown or inner_key in JSON_TEXT_TREES)
    elif isinstance(value, list):
        for item in value:
            yield from json_text(item, key, shown)
    elif isinstance(value, str):
        if looks_like_html(value):
            yield from visible_text(value)
        elif shown or key in JSON_TEXT_KEYS:
            yield value


def english_in_html(html):
    """The English phrases of a page as shown (duplicates removed, in order)."""
    phrases = []
    for piece in visible_text(html):
        phrases.extend(english_phrases(piece))
    return list(dict.fromkeys(phrases))


def english_in_json_response(payload):
    """English in a JSON answer of the admin (a modal's HTML and its shown strings)."""
    return list(dict.fromkeys(p for piece in json_text(payload) for p in english_phrases(piece)))
