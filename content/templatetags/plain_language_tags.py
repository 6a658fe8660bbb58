from django import template

from content.plain_language import analyse_page, threshold_for

register = template.Library()


@register.simple_tag
def revision_analysis(task_state):
    """The plain-language analysis of the revision a reviewer is asked to approve."""
    page = task_state.revision.as_object()
    analysis = analyse_page(page)
    return {"analysis": analysis, "threshold": threshold_for(analysis.language)}
