from django import template
from wagtail.models import Page

from plain_language.editor_checks import preview_payload
from plain_language.pages import analyse_page, threshold_for

register = template.Library()


@register.simple_tag
def revision_analysis(task_state):
    """The plain-language analysis of the revision a reviewer is asked to approve."""
    page = task_state.revision.as_object()
    analysis = analyse_page(page)
    return {"analysis": analysis, "threshold": threshold_for(analysis.language)}


@register.inclusion_tag("plain_language/editor_checks/preview_checks.html", takes_context=True)
def plain_language_preview_checks(context):
    """The page's analysis and the script of the plain-language checks, wherever the userbar's
    checker runs: in the editor's preview, and on pages an editor views."""
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page):
        return {"payload": None}
    is_editor = request.user.is_authenticated and request.user.has_perm("wagtailadmin.access_admin")
    if not (getattr(request, "is_preview", False) or is_editor):
        return {"payload": None}
    return {"payload": preview_payload(page)}
