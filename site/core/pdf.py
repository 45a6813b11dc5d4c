"""A PDF of text pages written without any service or network: A4 pages rendered at 150 dpi
(black and white) by Pillow and saved as PDF. The demo's scanned-looking documents use it, and
a nominee's báo cáo thành tích written in the units' form becomes the PDF its consultation
page publishes (registrations.outcomes)."""

from functools import lru_cache
from io import BytesIO

from anyascii import anyascii
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

PAGE_SIZE = (1240, 1754)
LEFT, TOP, RIGHT, BOTTOM = 170, 130, 1240 - 110, 1754 - 130
MIDDLE = (LEFT + RIGHT) // 2
SIZE, SMALL = 27, 22
LINE_SPACING = 1.45
# Found by name in the system's font folders (Pillow searches them; Debian's fonts-dejavu-core).
FONT_FILES = {"regular": ("DejaVuSerif.ttf",), "bold": ("DejaVuSerif-Bold.ttf",)}


@lru_cache
def fonts():
    """Serif fonts with Vietnamese letters, by (style, size); without them, Pillow's own font
    and the text folded to ASCII (the file stays readable, if without accents)."""
    found = {}
    for style, candidates in FONT_FILES.items():
        for size in (SIZE, SMALL):
            for candidate in candidates:
                try:
                    found[style, size] = ImageFont.truetype(candidate, size)
                    break
                except OSError:
                    continue
    if len(found) == 2 * len(FONT_FILES):
        return found, False
    fallback = {size: ImageFont.load_default(size) for size in (SIZE, SMALL)}
    return {(style, size): fallback[size] for style in FONT_FILES for size in fallback}, True


class PdfPages:
    """Lays out blocks of text on A4 pages:
    ("pair", left, right): a line of the two-column letterhead;
    ("heading" | "center" | "right" | "bold", text); ("paragraph", text), first line indented;
    ("item", text), indented as a whole; ("signature", line, …), right column; ("gap",)."""

    def __init__(self):
        self.fonts, self.fold = fonts()
        self.pages = []
        self.new_page()

    def new_page(self):
        page = PillowImage.new("1", PAGE_SIZE, 1)
        self.pages.append(page)
        self.draw = ImageDraw.Draw(page)
        self.y = TOP

    def font(self, style="regular", size=SIZE):
        return self.fonts[style, size]

    def wrap(self, text, font, width, first_indent=0):
        lines, line = [], ""
        for word in text.split():
            candidate = f"{line} {word}".strip()
            limit = width - (first_indent if not lines else 0)
            if line and font.getlength(candidate) > limit:
                lines.append(line)
                line = word
            else:
                line = candidate
        return [*lines, line] if line else lines

    def write(self, text, font, x0=LEFT, x1=RIGHT, align="left", indent=0, first_indent=0):
        """Wrapped text between x0 and x1; returns the number of lines."""
        text = anyascii(text) if self.fold else text
        lines = self.wrap(text, font, x1 - x0 - indent, first_indent)
        for number, line in enumerate(lines):
            if self.y + font.size > BOTTOM:
                self.new_page()
            if align == "center":
                x = x0 + (x1 - x0 - font.getlength(line)) / 2
            elif align == "right":
                x = x1 - font.getlength(line)
            else:
                x = x0 + indent + (first_indent if number == 0 else 0)
            self.draw.text((x, self.y), line, font=font, fill=0)
            self.advance(font=font)
        return len(lines)

    def advance(self, lines=1, font=None):
        self.y += int((font.size if font else SIZE) * LINE_SPACING * lines)

    def block(self, kind, *values):
        regular, bold = self.font(), self.font("bold")
        if kind == "gap":
            self.advance(0.6)
        elif kind == "pair":
            # Both columns start on the same line; the taller one sets the next line.
            top = self.y
            left = self.write(values[0], self.font("bold", SMALL), LEFT - 90, MIDDLE - 60, "center")
            self.y = top
            right = self.write(
                values[1], self.font("bold", SMALL), MIDDLE - 60, RIGHT + 50, "center"
            )
            self.y = top
            self.advance(max(left, right), font=self.font("bold", SMALL))
        elif kind == "heading":
            self.write(values[0], bold, LEFT + 40, RIGHT - 40, "center")
        elif kind == "center":
            self.write(values[0], regular, LEFT + 40, RIGHT - 40, "center")
        elif kind == "right":
            self.write(values[0], regular, align="right")
        elif kind == "bold":
            self.advance(0.3)
            self.write(values[0], bold)
        elif kind == "paragraph":
            self.write(values[0], regular, first_indent=50)
        elif kind == "item":
            self.write(values[0], regular, indent=25)
        elif kind == "signature":
            # Titles in bold, "(Đã ký)" in plain text with room for the signature below it.
            for number, text in enumerate(values):
                note = text.startswith("(")
                self.write(text, regular if note else bold, MIDDLE, RIGHT, "center")
                if note and number < len(values) - 1:
                    self.advance(1.5)

    def pdf(self, title, author):
        buffer = BytesIO()
        self.pages[0].save(
            buffer,
            "PDF",
            save_all=True,
            append_images=self.pages[1:],
            resolution=150.0,
            title=title,
            author=author,
        )
        return buffer.getvalue()
