"""QR codes of verification addresses, drawn on the server (segno): SVG for pages and print,
PNG for whoever needs a picture file. Error correction level M: a certificate's code stays
readable with some wear."""

import io

import segno

# Pixels of one module in the PNG, and the quiet zone around the code (in modules).
PNG_SCALE = 8
BORDER = 4


def svg(address, title=""):
    """The code as an SVG document (black on white), scaled by the page's CSS."""
    out = io.BytesIO()
    segno.make(address, error="m").save(
        out,
        kind="svg",
        border=BORDER,
        xmldecl=False,
        svgns=True,
        title=title or None,
        omitsize=True,
        nl=False,
    )
    return out.getvalue().decode()


def png(address):
    out = io.BytesIO()
    segno.make(address, error="m").save(out, kind="png", scale=PNG_SCALE, border=BORDER)
    return out.getvalue()
