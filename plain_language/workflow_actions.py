# Imported by wagtail.models while it loads (WAGTAIL_FINISH_WORKFLOW_ACTION): import no models here.


def publish_workflow_state(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish as the last approver.

    Wagtail publishes as the user who made the workflow move last. When the plain-language
    task approved a page on its own, that is the editor who submitted it, who may not publish:
    the workflow publishes it in its own name instead, as the task allowed it.
    """
    last_task = workflow_state.current_task_state
    publisher = last_task.finished_by if last_task and last_task.status == last_task.STATUS_APPROVED else user
    workflow_state.content_object.get_latest_revision().publish(user=publisher)
