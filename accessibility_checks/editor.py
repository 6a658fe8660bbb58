"""Wagtail's content checker, run with the audit's own rules.

CI's audit runs every axe rule tagged with the WCAG levels in DEFAULT_TAGS. The checker in the
page editor's Checks panel and in the userbar runs the same tags, so an editor sees in the
preview what CI would reject, plus Wagtail's editorial rules (heading order, alt text quality,
empty headings...), switched on by id: axe's `rules` option runs a rule even when its tags are
not among the `runOnly` tags.
"""

from wagtail.admin.userbar import ContentCheckerItem

from .findings import DEFAULT_TAGS


class AuditRulesCheckerItem(ContentCheckerItem):
    axe_run_only = list(DEFAULT_TAGS)
    axe_rules = {rule: {"enabled": True} for rule in ContentCheckerItem.axe_run_only}
