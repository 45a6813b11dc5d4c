"""An editor changes a story's locality: in the page editor she opens the locality chooser,
types "chi lang" without diacritics, sees "xã Chi Lăng" and chooses it."""

import pytest
from playwright.sync_api import expect

from demo import accounts as demo_accounts
from tests.browser.accounts import sign_in_to_the_admin

pytestmark = pytest.mark.django_db


def test_the_locality_chooser_finds_a_commune_typed_without_diacritics(demo_site, page):
    from exemplars.models import ExemplarPage
    from home.models import Locality

    story = ExemplarPage.objects.exclude(locality__name="xã Chi Lăng").first()
    chi_lang = Locality.objects.get(name="xã Chi Lăng")
    sign_in_to_the_admin(page, demo_site, demo_accounts.EDITOR)
    page.goto(f"{demo_site}/admin/pages/{story.pk}/edit/")

    chooser = page.locator("#id_locality-chooser")
    expect(chooser.locator("[data-chooser-title]")).to_have_text(story.locality.name)
    chooser.locator("[data-w-dropdown-target=toggle]").click()
    page.locator("[data-chooser-action-choose]:visible").first.click()

    modal = page.get_by_role("dialog")
    search = modal.get_by_role("textbox", name="Tìm kiếm")
    expect(search).to_be_visible()
    # Typed in one go: a keystroke at a time, a slow answer to "chi" could arrive after the
    # answer to "chi lang" and replace it (Wagtail's chooser does not drop stale answers).
    search.fill("chi lang")
    choices = modal.locator("a[data-chooser-modal-choice]")
    # Only the commune and the former district of that name, the commune first.
    expect(choices).to_have_text(["xã Chi Lăng", "huyện Chi Lăng (trước 1/7/2025)"])
    choices.first.click()

    expect(modal).to_be_hidden()
    expect(chooser.locator("[data-chooser-title]")).to_have_text("xã Chi Lăng")
    assert page.locator("#id_locality").input_value() == str(chi_lang.pk)
