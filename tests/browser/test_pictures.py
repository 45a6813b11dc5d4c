"""The home page's news block has no empty gaps on a phone or a laptop, its pictures keep
their place, and the pages with news pictures pass axe-core."""

import pytest

WIDTHS = [360, 1366]
MAX_GAP = 120

# Boxes of what the news block shows, in reading order, and of the block itself.
MEASURE = """() => {
  const block = document.querySelector('.home-block--news');
  const box = (el) => { const r = el.getBoundingClientRect();
    return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right}; };
  const parts = [block.querySelector('.home-block__title'),
                 ...block.querySelectorAll('.card-list--news > li'),
                 block.querySelector('.home-block__more')];
  return {block: box(block), parts: parts.map(box)};
}"""

BLOCKS = """() => [...document.querySelectorAll('.home-block')].map((el) => {
  const r = el.getBoundingClientRect();
  return {name: el.className, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left};
})"""


def gaps(parts):
    """The empty heights between each part and everything above it, in reading order."""
    found, lowest = [], None
    for part in sorted(parts, key=lambda part: (part["top"], part["left"])):
        if lowest is not None:
            found.append(part["top"] - lowest)
        lowest = part["bottom"] if lowest is None else max(lowest, part["bottom"])
    return found


@pytest.mark.parametrize("width", WIDTHS)
def test_home_news_block_has_no_empty_gaps(demo_site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_site + "/")
    # Every picture loaded (scrolled into view), so the measures are the final ones.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.home-block--news img')]"
        ".every((img) => img.complete && img.naturalWidth > 0)"
    )
    measured = page.evaluate(MEASURE)
    parts, block = measured["parts"], measured["block"]
    assert len(parts) >= 4
    assert max(gaps(parts)) <= MAX_GAP, gaps(parts)
    # The block ends with its content, not stretched by a taller neighbour.
    assert block["bottom"] - max(part["bottom"] for part in parts) <= MAX_GAP

    # Nor between one block and the next below it in the same column.
    blocks = page.evaluate(BLOCKS)
    for upper in blocks:
        below = [
            other["top"] - upper["bottom"]
            for other in blocks
            if abs(other["left"] - upper["left"]) < 2 and other["top"] > upper["bottom"]
        ]
        if below:
            assert min(below) <= MAX_GAP, (upper["name"], min(below))


@pytest.mark.parametrize("width", WIDTHS)
def test_card_pictures_keep_their_place_before_loading(demo_site, page, width):
    """The width and height attributes reserve the picture's box: its height is right while
    no picture has arrived (here none is answered)."""
    page.route("**/media/images/**", lambda route: None)  # left waiting
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_site + "/tin-tuc/", wait_until="domcontentloaded")
    boxes = page.evaluate(
        "() => [...document.querySelectorAll('.card--news img')].map((img) => "
        "({w: img.getBoundingClientRect().width, h: img.getBoundingClientRect().height, "
        "loaded: img.naturalWidth > 0}))"
    )
    assert len(boxes) >= 3
    assert not any(box["loaded"] for box in boxes)
    for box in boxes:
        assert box["w"] > 0 and box["h"] == pytest.approx(box["w"] * 5 / 8, abs=2)
    if width >= 1024:
        assert boxes[0]["w"] >= 300  # not a thumbnail


def test_story_cards_are_large_and_keep_their_place(demo_site, page):
    page.route("**/media/images/**", lambda route: None)  # no picture arrives
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(demo_site + "/guong-dien-hinh/", wait_until="domcontentloaded")
    boxes = page.evaluate(
        "() => [...document.querySelectorAll('.card--story img')].map((img) => "
        "[img.getBoundingClientRect().width, img.getBoundingClientRect().height])"
    )
    assert len(boxes) >= 8
    for width, height in boxes:
        assert width >= 320 and height == pytest.approx(width * 5 / 8, abs=2)
    page.set_viewport_size({"width": 360, "height": 800})
    card, img = page.evaluate(
        "() => { const card = document.querySelector('.card--story');"
        " const width = (el) => el.getBoundingClientRect().width;"
        " return [width(card), width(card.querySelector('img'))]; }"
    )
    assert img >= card - 40  # as wide as the card, less its padding


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_with_news_pictures_are_accessible(demo_site, page, assert_accessible, width):
    from news.models import NewsPage

    page.set_viewport_size({"width": width, "height": 900})
    article = NewsPage.objects.live().filter(main_image__isnull=False).order_by("-date").first()
    for address in ("/", "/tin-tuc/", article.url):
        page.goto(demo_site + address)
        assert_accessible(page)


def test_editor_sees_both_film_files(demo_site, page):
    """The film block's form in the page editor: the MP4 chosen beside the WebM."""
    from demo import accounts as demo_accounts
    from exemplars.models import ExemplarPage
    from tests.browser.accounts import sign_in_to_the_admin

    story = ExemplarPage.objects.filter(featured=True).first()
    sign_in_to_the_admin(page, demo_site, demo_accounts.EDITOR)
    page.goto(f"{demo_site}/admin/pages/{story.pk}/edit/")
    label = page.get_by_text("Bản MP4 của phim (cho iPhone, Safari)")
    label.scroll_into_view_if_needed()
    assert label.is_visible()
    chosen = page.get_by_text("Phim ngắn: Gương điển hình tiên tiến tỉnh Lạng Sơn – bản MP4")
    assert chosen.is_visible()
