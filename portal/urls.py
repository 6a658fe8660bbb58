from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from plans import api as plans_api
from plans import views as plans_views
from search import api as search_api
from search import views as search_views

from . import api
from .sitemap import LocalizedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api.api_router.urls),
    path("api/search/", search_api.search_api, name="search_api"),
    path("api/search/autocomplete/", search_api.autocomplete_api, name="search_autocomplete"),
    # An id of at most 18 digits: a longer one cannot be a page and would overflow the database.
    re_path(r"^api/plan/(?P<page_id>[0-9]{1,18})/$", plans_api.plan_api, name="plan_api"),
    # Every other address under /api/ ending in a slash is a JSON 404 here, so it is never
    # taken for a page under a language prefix (see portal.middleware).
    re_path(r"^api/(?:.*/)?$", api.not_found),
    path("feedback/", include("feedback.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("feedback.public_urls")),
    # A life event's personal plan and its calendar, under the life event's own address.
    re_path(r"^(?P<path>(?:[-\w]+/)+)plan/$", plans_views.plan_page, name="plan"),
    re_path(r"^(?P<path>(?:[-\w]+/)+)plan\.ics$", plans_views.plan_ics, name="plan_ics"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
