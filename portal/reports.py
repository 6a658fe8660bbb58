from django.urls import path


def report_urls(prefix, view, name):
    """A Wagtail report's two admin URLs: the page, and its results for filtering without a reload."""
    return [
        path(f"reports/{prefix}/", view.as_view(), name=name),
        path(f"reports/{prefix}/results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]
