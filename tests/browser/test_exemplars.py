"""A reader finds a story by group and locality, opens it and plays its film from the keyboard;
the exemplar and movement pages pass axe-core."""

import pytest


def test_filter_open_story_and_play_film_with_keyboard(demo_site, page):
    from exemplars.models import ExemplarPage

    story = ExemplarPage.objects.filter(featured=True).select_related("group", "locality").first()
    page.goto(demo_site + "/guong-dien-hinh/")
    page.get_by_label("Nhóm").select_option(label=story.group.name)
    page.get_by_label("Địa bàn").select_option(label=story.locality.name)
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**/guong-dien-hinh/?*nhom=*")
    link = page.get_by_role("link", name=story.title)
    link.click()
    assert page.locator("h1").inner_text() == story.title

    video = page.locator("video.short-film__video")
    assert video.evaluate("v => v.paused && v.networkState !== HTMLMediaElement.NETWORK_LOADING")
    # Keyboard only: focus the player and press Space.
    video.focus()
    page.keyboard.press("Space")
    page.wait_for_function(
        "() => !document.querySelector('video.short-film__video').paused", timeout=10_000
    )
    page.wait_for_function(
        "() => document.querySelector('video.short-film__video').currentTime > 0.2"
    )
    page.keyboard.press("Space")
    page.wait_for_function("() => document.querySelector('video.short-film__video').paused")


@pytest.mark.parametrize(
    "address", ["/guong-dien-hinh/", "/guong-dien-hinh/theo-dia-ban/", "/phong-trao/"]
)
def test_exemplar_sections_are_accessible(demo_site, page, assert_accessible, address):
    page.goto(demo_site + address)
    assert_accessible(page)


def test_story_and_movement_pages_are_accessible(demo_site, page, assert_accessible):
    from exemplars.models import ExemplarPage, MovementPage

    for url in (
        ExemplarPage.objects.filter(featured=True).first().url,
        MovementPage.objects.live().first().url,
    ):
        page.goto(demo_site + url)
        assert_accessible(page)
