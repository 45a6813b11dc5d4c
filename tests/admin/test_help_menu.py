"""The admin's help menu keeps no link to Wagtail's English guide or release notes."""

import pytest

from demo import accounts as demo_accounts

pytestmark = pytest.mark.django_db


def test_help_menu_has_no_links_to_the_english_guide(client, users):
    client.force_login(users[demo_accounts.EDITOR])
    html = client.get("/admin/").content.decode()
    assert '"keyboard-shortcuts' in html  # the help menu is there, with its local item
    assert "whats-new-in-wagtail" not in html and "releases/new-in-wagtail" not in html
    assert '"editor-guide"' not in html
