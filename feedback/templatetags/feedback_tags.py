from urllib.parse import urlencode

from django import template
from django.urls import reverse

register = template.Library()


@register.filter
def counted_link(href, page):
    """A link out of `page` through the click counter; other links as they are."""
    if not href or not getattr(page, "pk", None) or not href.startswith(("http://", "https://")):
        return href
    return f"{reverse('feedback:follow_link')}?{urlencode({'page': page.pk, 'to': href})}"


@register.simple_tag
def result_link(hit, number, results):
    """A search result through the search click counter, with its position over all pages."""
    position = (results.page - 1) * results.per_page + number
    query = {"key": hit.key, "position": position, "q": results.query, "lang": results.language}
    return f"{reverse('feedback:follow_result')}?{urlencode(query)}"


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.inclusion_tag("feedback/beta_banner.html")
def beta_banner(page):
    """The "Beta" banner of a page marked as a beta service, with its survey in the page's language."""
    from ..participation import BetaService

    beta = BetaService.objects.filter(page_id=getattr(page, "pk", None)).select_related("survey").first()
    if beta is None:
        return {"show": False}
    survey = beta.survey.localized if beta.survey else None
    return {"show": True, "survey_url": survey.get_url() if survey and survey.live else ""}
