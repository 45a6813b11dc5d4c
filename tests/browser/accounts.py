"""Signing in through the real forms, as people do (the demo accounts' test password)."""

from demo import accounts as demo_accounts

PASSWORD = "demo-password-for-tests"  # noqa: S105


def sign_in_to_the_admin(page, site, username=demo_accounts.SECRETARIAT, wait=True):
    page.goto(site + "/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    if wait:
        page.wait_for_url("**/admin/")
