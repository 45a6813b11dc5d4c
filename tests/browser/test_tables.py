"""The award and document tables on a 360-pixel phone and a 1366-pixel desktop: nothing to
scroll sideways, the cells that matter in view, axe-core clean; the look-up's other filters
folded until wanted; the statistics chart's labels whole."""

import pytest

WIDTHS = (360, 1366)

# In the browser: the page's width against the window's, every table wrapper's own sideways
# overflow, and the key cells (each row's header and its cells) of the first rows that lie
# outside the window.
MEASURE = """(selector) => {
  const width = window.innerWidth;
  const outside = [];
  document.querySelectorAll(selector).forEach((cell) => {
    const box = cell.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return;  // an empty cell, not shown
    if (box.left < 0 || box.right > width + 0.5) {
      const text = cell.textContent.trim().slice(0, 40);
      outside.push(`${cell.tagName} ${text} ${box.left}-${box.right}`);
    }
  });
  const wrappers = [...document.querySelectorAll(".table-scroll")]
    .filter((wrapper) => wrapper.scrollWidth > wrapper.clientWidth)
    .map((wrapper) => wrapper.getAttribute("aria-label"));
  return {
    page: document.documentElement.scrollWidth,
    width,
    outside,
    wrappers,
    cells: document.querySelectorAll(selector).length,
  };
}"""

# The first rows of every table of the page: their row headers and cells.
TABLE_CELLS = ".data-table tbody tr:nth-child(-n+3) > :is(th, td)"


def decision_with_awardees():
    from news.models import AwardDecisionPage

    return (
        AwardDecisionPage.objects.live()
        .filter(awardees__kind="individual")
        .filter(awardees__kind="collective")
        .distinct()
        .first()
    )


def assert_fits(page, selector=TABLE_CELLS):
    measured = page.evaluate(MEASURE, selector)
    assert measured["cells"] > 0, f"{page.url}: nothing matched {selector}"
    assert measured["page"] <= measured["width"], f"{page.url}: the page scrolls sideways"
    assert not measured["wrappers"], f"{page.url}: tables scroll sideways: {measured['wrappers']}"
    assert not measured["outside"], f"{page.url}: cells out of view: {measured['outside']}"


@pytest.fixture
def sized_page(browser):
    contexts = []

    def open_page(width, **options):
        context = browser.new_context(
            locale="vi-VN", viewport={"width": width, "height": 800}, **options
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "address",
    ["/van-ban/", "/tra-cuu/?ten=nguyen", "/thong-ke/?giai_doan=2021-2025", "decision"],
)
def test_tables_fit_the_screen_and_pass_axe(
    demo_site, sized_page, assert_accessible, address, width
):
    page = sized_page(width)
    if address == "decision":
        address = decision_with_awardees().url
    page.goto(demo_site + address)
    assert_fits(page)
    # The cells people read first are there and in view: a row's name and its values.
    first_row = page.locator(".data-table tbody tr").first
    assert first_row.locator("th").first.is_visible()
    assert first_row.locator("td").first.is_visible()
    assert_accessible(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_decision_list_fits_the_screen(demo_site, sized_page, assert_accessible, width):
    page = sized_page(width)
    page.goto(demo_site + "/khen-thuong/")
    assert_fits(page, ".card-list .card:nth-child(-n+3) :is(.card__title, .card__meta)")
    assert page.get_by_role("link", name="Thống kê khen thưởng theo năm").is_visible()
    assert_accessible(page)


def test_stacked_rows_name_each_value_on_a_phone(demo_site, sized_page):
    page = sized_page(360)
    page.goto(demo_site + "/van-ban/")
    date_cell = page.locator(".data-table tbody tr").first.locator("td").first
    label = date_cell.evaluate("(cell) => getComputedStyle(cell, '::before').content")
    assert "Ngày ban hành" in label
    # The table is still a table with its column headers for screen readers.
    assert page.locator("table.data-table thead th").count() == 5
    assert page.get_by_role("columnheader", name="Ngày ban hành").count() == 1

    desktop = sized_page(1366)
    desktop.goto(demo_site + "/van-ban/")
    assert desktop.locator(".data-table thead").first.is_visible()
    cell = desktop.locator(".data-table tbody tr").first.locator("td").first
    assert cell.evaluate("(cell) => getComputedStyle(cell).display") == "table-cell"


@pytest.mark.parametrize("javascript", [True, False])
def test_lookup_shows_one_box_then_the_other_filters_on_demand(
    demo_site, sized_page, assert_accessible, javascript
):
    page = sized_page(360, java_script_enabled=javascript)
    page.goto(demo_site + "/tra-cuu/")
    assert page.get_by_label("Họ tên hoặc tên tập thể").is_visible()
    unit = page.get_by_label("Đơn vị", exact=True)
    assert not unit.is_visible()
    page.get_by_text("Bộ lọc khác").click()
    assert unit.is_visible()
    unit.fill("Sở Y tế")
    page.get_by_role("button", name="Tra cứu").last.click()
    page.wait_for_url("**/tra-cuu/?*don_vi=*")
    # A filter in use is never folded away.
    assert page.get_by_label("Đơn vị", exact=True).input_value() == "Sở Y tế"
    assert page.get_by_label("Đơn vị", exact=True).is_visible()
    if javascript:
        assert_accessible(page)


def test_lookup_opens_the_other_filters_when_one_is_set_or_refused(demo_site, sized_page):
    page = sized_page(360)
    page.goto(demo_site + "/tra-cuu/?nam=2024")
    assert page.get_by_label("Năm", exact=True).is_visible()
    page.goto(demo_site + "/tra-cuu/?ten=nguyen")
    assert not page.get_by_label("Năm", exact=True).is_visible()
    page.goto(demo_site + "/tra-cuu/?ten=nguyen&nam=abc")
    assert page.get_by_label("Năm", exact=True).is_visible()
    assert page.get_by_role("alert").is_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_chart_labels_are_whole_and_fit(demo_site, sized_page, width):
    from news.models import AwardTarget

    targets = AwardTarget.objects.filter(period_start=2021, period_end=2025)
    expected = sorted(f"{t.get_tier_display()}: {t.get_group_display()}" for t in targets)
    assert expected, "the demo has targets for 2021–2025"
    page = sized_page(width)
    page.goto(demo_site + "/thong-ke/?giai_doan=2021-2025")
    labels = page.locator(".chart__label")
    texts = [" ".join(text.split()) for text in labels.all_text_contents()]
    assert sorted(texts) == expected
    assert not any("…" in text or "..." in text for text in texts)
    overflowing = labels.evaluate_all(
        "(labels) => labels.filter((label) => label.scrollWidth > label.clientWidth"
        " || label.getBoundingClientRect().right > window.innerWidth)"
        ".map((label) => label.textContent)"
    )
    assert overflowing == []
    # The text stays readable: the labels keep the page's own size on a phone.
    size = labels.first.evaluate("(label) => parseFloat(getComputedStyle(label).fontSize)")
    assert size >= 14
    # The bars scale with the screen and stay inside it.
    bars = page.locator(".chart__bar")
    assert bars.count() == len(expected)
    box = bars.first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
