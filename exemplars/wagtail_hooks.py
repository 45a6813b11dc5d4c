import mimetypes

from wagtail import hooks

from exemplars.models import ExemplarPage
from exemplars.models.exemplars import with_photo_renditions

HOME_FEATURED_COUNT = 4

# Caption files must reach the browser as text/vtt.
mimetypes.add_type("text/vtt", ".vtt")


@hooks.register("home_page_context")
def featured_exemplars(request, home_page):
    stories = with_photo_renditions(
        ExemplarPage.objects.live()
        .public()
        .filter(featured=True)
        .select_related("group", "locality")
    ).order_by("-date")
    return {"featured_exemplars": list(stories[:HOME_FEATURED_COUNT])}
