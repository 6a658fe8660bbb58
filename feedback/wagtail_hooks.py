from wagtail import hooks

from .counting import count_view
from .retention import FeedbackRetention


@hooks.register("register_retention_policy")
def register_feedback_retention():
    return FeedbackRetention()


@hooks.register("before_serve_page", order=100)
def count_page_view(page, request, serve_args, serve_kwargs):
    """After the hooks that may redirect: a redirected request is not a view of the page."""
    count_view(page, request)
