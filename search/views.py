from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PER_PAGE = 20


def search(request):
    """The search page. Until the unified index lands it uses Wagtail's search backend."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = Paginator(pages.search(query), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "results": results})
