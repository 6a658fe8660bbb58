from django import template

from ..history import latest_audit_of

register = template.Library()


@register.inclusion_tag("accessibility_checks/latest_audit.html")
def latest_audit_panel(page):
    return {"audited": latest_audit_of(page)}
