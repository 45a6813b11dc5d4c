"""The Content-Security-Policy as the browser enforces it: the pages people use work under it
and the browser reports no violation, on the public site and in the admin."""

import pytest

from tests.browser.accounts import sign_in_to_the_admin

pytestmark = pytest.mark.django_db

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def violations(page):
    return page.evaluate("window.__cspViolations || []")


def public_addresses():
    from consultations.models import NomineePage
    from exemplars.models import ExemplarPage
    from news.models import AwardDecisionPage, NewsPage

    return [
        "/",
        NewsPage.objects.live().order_by("-date").first().url,
        AwardDecisionPage.objects.live().order_by("-signed_on").first().url,
        ExemplarPage.objects.live().first().url,
        NomineePage.objects.live().first().url,
        "/tra-cuu/?ten=nguyen",
        "/hoi-dap/",
        "/dang-ky-thi-dua/",
        "/tai-khoan/dang-nhap/",
    ]


def test_public_pages_run_under_the_policy_without_violations(demo_site, page):
    page.add_init_script(COLLECT_VIOLATIONS)
    for address in public_addresses():
        response = page.goto(demo_site + address)
        assert response.status == 200, address
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
        assert violations(page) == [], address
    # The site's own script runs under the policy: the menu and the font-size buttons work.
    page.goto(demo_site + "/")
    page.get_by_role("button", name="Danh mục").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    assert page.evaluate("document.documentElement.style.fontSize") == "112.5%"
    assert violations(page) == []


def test_the_admin_runs_under_its_policy_without_violations(demo_site, page):
    # Pages that only read: the page editor writes editing sessions, which the suite's
    # SQLite transaction would lock out.
    page.add_init_script(COLLECT_VIOLATIONS)
    sign_in_to_the_admin(page, demo_site)
    for address in ("/admin/", "/admin/pages/", "/admin/y-kien/"):
        response = page.goto(demo_site + address)
        assert response.status == 200, address
        page.wait_for_load_state("load")
        assert violations(page) == [], address
        # Wagtail's own scripts ran under the policy.
        assert page.evaluate("typeof window.wagtail") == "object", address
