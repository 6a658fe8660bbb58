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
    """The "Beta" banner of a page marked as a beta service (or a translation of one), with its
    survey in the page's language."""
    from ..participation import SurveyPage, beta_pages

    key = str(getattr(page, "translation_key", ""))
    if key not in beta_pages():
        return {"show": False}
    survey_id = beta_pages()[key]
    survey = SurveyPage.objects.filter(pk=survey_id).first() if survey_id else None
    survey = survey.localized if survey else None
    return {"show": True, "survey_url": survey.get_url() if survey and survey.live else ""}
