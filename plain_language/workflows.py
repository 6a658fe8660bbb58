from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page

from .pages import analyse_page, meets_threshold


class PlainLanguageReviewTask(AbstractGroupApprovalTask):
    """Publishes pages that meet their language's plain-language threshold on their own.

    Pages under the threshold, and snippets, wait, like a group approval task, for a person of
    the chosen groups, who sees the analysis in the approval dialog.
    """

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        content = task_state.revision.as_object()
        # Only pages publish on their score: a snippet (a directory entry) is mostly names, addresses
        # and links, which score as easy and say nothing of whether they are right.
        if not isinstance(content, Page):
            return task_state
        analysis = analyse_page(content)
        if meets_threshold(analysis):
            # WorkflowState.update moves on when a started task is no longer in progress.
            comment = _("Passed the plain-language check automatically: score %(score)s of 100.") % {
                "score": f"{analysis.score:.0f}"
            }
            task_state.approve(user=None, update=False, comment=str(comment))
        return task_state

    def get_template_for_action(self, action):
        return "plain_language/workflows/plain_language_action.html"

    @classmethod
    def get_description(cls):
        return _(
            "Publishes pages that meet the plain-language threshold of their language; "
            "asks a reviewer to approve the others."
        )

    class Meta:
        db_table = "content_plainlanguagereviewtask"  # created by the content app, which held it first
        verbose_name = _("Plain-language review")
        verbose_name_plural = _("Plain-language reviews")
