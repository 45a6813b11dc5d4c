"""The page editor, once its scripts have drawn it, speaks Vietnamese to the editor: the
sidebar, the side panels (status, preview, checks, comments), the autosave indicator, the
action menu and the tooltips, from the admin's JavaScript catalogue and its JSON props."""

import pytest

from demo import accounts as demo_accounts
from tests.admin.english import english_phrases
from tests.browser.accounts import sign_in_to_the_admin

pytestmark = pytest.mark.django_db

# What a person reads or hears on the page as drawn: the visible text, the labels read out and
# the tooltips, and the autosave indicator's states (shown one at a time, as autosave runs).
SHOWN_TEXT = """() => {
    const pieces = [document.body.innerText];
    for (const element of document.querySelectorAll('*')) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt',
                            'data-w-tooltip-content-value', 'data-w-progress-active-value']) {
            const value = element.getAttribute(name);
            if (value) pieces.push(value);
        }
    }
    for (const state of document.querySelectorAll('.w-autosave-indicator__text')) {
        pieces.push(state.textContent);
    }
    return pieces.join('\\n');
}"""


def english_shown(page):
    return list(dict.fromkeys(english_phrases(page.evaluate(SHOWN_TEXT))))


def test_the_page_editor_as_drawn_has_no_english(demo_site, page):
    from news.models import NewsPage

    news = NewsPage.objects.live().first()
    page.set_viewport_size({"width": 1400, "height": 900})
    sign_in_to_the_admin(page, demo_site, demo_accounts.EDITOR)
    page.goto(f"{demo_site}/admin/pages/{news.pk}/edit/")
    # The scripts have drawn the sidebar (React), the body's blocks and the rich text toolbar.
    page.wait_for_selector("#wagtail-sidebar .sidebar__inner")
    page.wait_for_selector("[data-contentpath='body'] [data-streamfield-stream-container]")
    assert page.locator("html").get_attribute("lang") == "vi"
    found = english_shown(page)

    # The status side panel, drawn on opening.
    page.locator("[data-side-panel-toggle='status']").click()
    page.wait_for_selector("[data-side-panel='status']:not([hidden])")
    status = page.locator("[data-side-panel='status']").inner_text()
    assert "Trạng thái" in status
    found += english_shown(page)

    # The checks panel (content metrics computed by the script).
    page.locator("[data-side-panel-toggle='checks']").click()
    page.wait_for_selector("[data-side-panel='checks']:not([hidden])")
    found += english_shown(page)

    # The action menu at the foot of the editor.
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.wait_for_selector("footer [data-w-dropdown-target='content']:not([hidden])")
    menu = page.locator("footer").inner_text()
    assert "Lưu nháp" in menu and "Gửi duyệt" in menu
    found += english_shown(page)

    # A block's own menu and the "insert a block" chooser, both drawn from the JS catalogue.
    page.locator("[data-contentpath='body'] .c-sf-add-button").first.click()
    page.wait_for_selector(".w-combobox__menu")
    # Strings only the admin's JavaScript catalogue (/admin/jsi18n/) holds: the portal's
    # djangojs.po reaches it, ahead of Wagtail's own.
    assert page.locator("[placeholder='Tìm lựa chọn…']").count() == 1
    found += english_shown(page)

    found = list(dict.fromkeys(found))
    print(f"\npage editor as drawn: {len(found)} English strings")
    assert not found, "English in the drawn page editor:\n" + "\n".join(map(repr, found))
