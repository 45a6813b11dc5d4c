import mimetypes

from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from core import compiled
from core.models import kept_rows
from exemplars.models import ExemplarPage
from exemplars.models.exemplars import with_photo_renditions

HOME_FEATURED_COUNT = 4

# Caption files must reach the browser as text/vtt.
mimetypes.add_type("text/vtt", ".vtt")


def _featured_stories():
    return compiled.rows(
        with_photo_renditions(
            ExemplarPage.objects.live()
            .public()
            .filter(featured=True)
            .select_related("group", "locality")
        ).order_by("-date")[:HOME_FEATURED_COUNT],
        "home-featured-stories",
    )


@hooks.register("home_page_context")
def featured_exemplars(request, home_page):
    # Kept until a story, a view restriction or an image changes (core.models.kept_rows).
    return {
        "featured_exemplars": kept_rows(
            "home-featured-stories",
            _featured_stories,
            [ExemplarPage, PageViewRestriction, get_image_model()],
        )
    }
