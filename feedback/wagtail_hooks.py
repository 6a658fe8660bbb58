from wagtail import hooks

from .retention import FeedbackRetention


@hooks.register("register_retention_policy")
def register_feedback_retention():
    return FeedbackRetention()
