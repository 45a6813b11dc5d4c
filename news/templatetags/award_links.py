"""Links between the award pages: the statistics page from the decisions and the look-up."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def award_statistics_url(context):
    """The statistics page's address (kept per process: no query), or "" without one."""
    from news.models.lookup import statistics_page_url  # the models load after the tags

    request = context.get("request")
    return statistics_page_url(request) if request is not None else ""
