import pytest


@pytest.fixture
def section(home_page):
    """A section page of the demo tree by slug: section("khen-thuong")."""

    def get(slug):
        return home_page.get_children().get(slug=slug).specific

    return get
