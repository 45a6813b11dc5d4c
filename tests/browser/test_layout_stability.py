"""Pages stand still once painted (cumulative layout shift), the phone header is compact, its
menu and font size fold behind "Danh mục" (with and without the script), and voice search shows
only where the browser can listen and says what went wrong."""

import pytest

from news.models import NewsPage

pytestmark = pytest.mark.django_db

# Google's "good" is below 0.1; the portal keeps to half of it.
MAX_LAYOUT_SHIFT = 0.05
# Logo, council's name, "Danh mục" and the search box on a 360 px phone.
MAX_PHONE_HEADER = 140

COLLECT_SHIFTS = """
window.__layoutShifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (!entry.hadRecentInput) {
      window.__layoutShifts.push({
        value: entry.value,
        nodes: (entry.sources || []).map(function (source) {
          return source.node ? source.node.nodeName + "." + source.node.className : "?";
        }),
      });
    }
  });
}).observe({type: "layout-shift", buffered: true});
"""


def addresses():
    return ["/", NewsPage.objects.live().order_by("-date").first().url, "/tra-cuu/?ten=nguyen"]


def open_page(browser, width, address, script=None, javascript=True):
    context = browser.new_context(
        locale="vi-VN", viewport={"width": width, "height": 800}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    if script:
        page.add_init_script(script)
    page.goto(address)
    page.wait_for_load_state("load")
    return context, page


def layout_shift(page):
    page.wait_for_timeout(500)  # late work after load (deferred script, images) counts too
    shifts = page.evaluate("window.__layoutShifts")
    return sum(shift["value"] for shift in shifts), shifts


def main_nav(page):
    return page.get_by_role("navigation", name="Điều hướng chính")


def header_height(page):
    return page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")


@pytest.mark.parametrize("width", [360, 1366])
def test_pages_do_not_move_after_the_first_paint(demo_site, browser, assert_accessible, width):
    for address in addresses():
        context, page = open_page(browser, width, demo_site + address, COLLECT_SHIFTS)
        try:
            total, shifts = layout_shift(page)
            assert total < MAX_LAYOUT_SHIFT, (address, width, shifts)
            if width == 360:
                assert header_height(page) <= MAX_PHONE_HEADER, address
                assert page.locator("#main-nav-list").is_hidden()
                assert page.get_by_role("button", name="Tăng cỡ chữ").is_hidden()
            else:
                assert page.locator("#main-nav-list").is_visible()
                assert page.get_by_role("button", name="Tăng cỡ chữ").is_visible()
                assert page.locator("[data-menu-toggle]").is_hidden()
            assert_accessible(page)
        finally:
            context.close()


def test_a_remembered_font_size_is_applied_before_the_first_paint(demo_site, browser):
    remembered = "window.localStorage.setItem('portal-font-step', '2');" + COLLECT_SHIFTS
    context, page = open_page(browser, 360, demo_site + "/", remembered)
    try:
        assert page.evaluate("document.documentElement.style.fontSize") == "125%"
        total, shifts = layout_shift(page)
        assert total < MAX_LAYOUT_SHIFT, shifts
    finally:
        context.close()


def test_phone_menu_folds_the_menu_and_the_font_size(demo_site, browser, assert_accessible):
    context, page = open_page(browser, 360, demo_site + "/")
    try:
        # The skip link is the first stop and leads to the content.
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
        assert skip.evaluate("element => element === document.activeElement")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main-content"

        toggle = main_nav(page).get_by_role("button", name="Danh mục")
        assert toggle.get_attribute("aria-expanded") == "false"
        toggle.focus()
        page.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        assert main_nav(page).get_by_role("link", name="Giới thiệu", exact=True).is_visible()
        page.get_by_role("button", name="Tăng cỡ chữ").click()
        assert page.evaluate("document.documentElement.style.fontSize") == "112.5%"
        assert_accessible(page)
        toggle.focus()
        page.keyboard.press(" ")
        assert toggle.get_attribute("aria-expanded") == "false"
        assert page.locator("#main-nav-list").is_hidden()
        assert "#main-nav-panel" not in page.url  # the script's button does not follow the link
    finally:
        context.close()


def test_phone_menu_without_the_script(demo_site, browser):
    context, page = open_page(browser, 360, demo_site + "/", javascript=False)
    try:
        assert page.locator("#main-nav-list").is_hidden()
        assert header_height(page) <= MAX_PHONE_HEADER
        main_nav(page).get_by_role("link", name="Danh mục").click()
        assert main_nav(page).get_by_role("link", name="Giới thiệu", exact=True).is_visible()
        # The font-size buttons need the script: not offered without it.
        assert page.get_by_role("button", name="Tăng cỡ chữ").is_hidden()
        # Nor is voice search.
        assert page.locator("[data-voice-search]").is_hidden()
    finally:
        context.close()


NO_SPEECH = "delete window.SpeechRecognition; delete window.webkitSpeechRecognition;"
# A stand-in for the browser's recognizer that fails as the browser would.
FAILING_SPEECH = """
window.SpeechRecognition = function () {};
window.SpeechRecognition.prototype.start = function () {
  var self = this;
  setTimeout(function () {
    self.onerror({error: window.__speechError});
    self.onend();
  }, 800);  // after the click's grace period, so a shift would count
};
window.__speechError = "not-allowed";
"""


def test_voice_search_is_offered_only_where_the_browser_can_listen(demo_site, browser):
    context, page = open_page(browser, 360, demo_site + "/", NO_SPEECH)
    try:
        assert page.locator("[data-voice-search]").is_hidden()
    finally:
        context.close()
    context, page = open_page(browser, 360, demo_site + "/", FAILING_SPEECH + COLLECT_SHIFTS)
    try:
        button = page.get_by_role("button", name="Tìm kiếm bằng giọng nói")
        assert button.is_visible()
        total, shifts = layout_shift(page)
        assert total < MAX_LAYOUT_SHIFT, shifts
    finally:
        context.close()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        ("not-allowed", "Trình duyệt chưa được phép dùng micrô."),
        ("no-speech", "Không nghe thấy tiếng nói."),
        ("network", "Dịch vụ nhận dạng giọng nói của trình duyệt hiện không dùng được."),
        ("audio-capture", "Không tìm thấy micrô trên thiết bị."),
    ],
)
def test_voice_search_says_what_went_wrong(demo_site, browser, assert_accessible, error, message):
    script = FAILING_SPEECH.replace('"not-allowed"', f'"{error}"') + COLLECT_SHIFTS
    context, page = open_page(browser, 360, demo_site + "/", script)
    try:
        page.get_by_role("button", name="Tìm kiếm bằng giọng nói").click()
        status = page.get_by_role("status").filter(has_text=message)
        status.wait_for()
        assert status.get_attribute("role") == "status"
        # The message lies over the page: the content below does not move.
        page.wait_for_timeout(1000)
        total, shifts = layout_shift(page)
        assert total < MAX_LAYOUT_SHIFT, shifts
        assert (
            page.get_by_role("button", name="Tìm kiếm bằng giọng nói").get_attribute("aria-pressed")
            == "false"
        )
        assert_accessible(page)
        # Typing instead takes the message away.
        page.get_by_role("searchbox", name="Tìm kiếm trên cổng").fill("khen thưởng")
        assert page.locator("[data-voice-status]").inner_text() == ""
    finally:
        context.close()
