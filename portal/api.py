"""The headless API: Wagtail's pages endpoint, strict about its input, and JSON at every /api/ address.

Wagtail's PagesAPIViewSet passes some parameters to the database as they come: on SQLite a
quotation mark or a search of spaces in `?search=` raised a database error, and so did a bad
`search_operator`, a date filter that is not a date, an id too large for the database and
`find/?id=x`. Each was a 500. Here they are checked first, and a bad one gets Wagtail's own
400, `{"message": ...}`, saying what to change.

This subclass lives beside the router because it configures the whole endpoint (fields,
filters, ordering, paging), not only its search: that search runs on Wagtail's own backend,
not on the portal's engines in `search/`.
"""

import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from search.query import MAX_QUERY_LENGTH

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
SEARCH_OPERATORS = ("and", "or")
# Nobody pages this far, and beyond 2**63 SQLite cannot even compare the number.
MAX_OFFSET = 1_000_000
LARGEST_ID = 2**63 - 1
# Filters whose value the database converts, and fails on when it cannot.
CONVERTED_FIELDS = (models.IntegerField, models.DateField, models.DecimalField, models.FloatField)


def search_words(text):
    """What Wagtail's search backend gets for `?search=`, or BadRequestError saying what to change."""
    if CONTROL.search(text):
        raise BadRequestError(_("Remove the control characters (such as line breaks) from the search."))
    if len(text) > MAX_QUERY_LENGTH:
        raise BadRequestError(
            _("The search is too long. Use fewer than %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH}
        )
    if text.count('"') % 2:
        raise BadRequestError(_("The search has a quotation mark that is not closed. Close it or remove it."))
    # Wagtail's backend does not search phrases from this parameter (PostgreSQL ignores the
    # marks) and SQLite fails on them: words alone search the same on both databases.
    words = " ".join(text.replace('"', " ").split())
    if not words:
        raise BadRequestError(_("The search is empty. Type the words you are looking for."))
    return words


def whole_number(value, name, largest=LARGEST_ID):
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if not 0 <= number <= largest:
        raise BadRequestError(
            _("'%(name)s' must be a whole number from 0 to %(largest)s.") % {"name": name, "largest": largest}
        )
    return number


class WordsSearchFilter(SearchFilter):
    """Wagtail's search filter, given the checked words instead of the raw parameter."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        query = request.GET.copy()
        query["search"] = search_words(request.GET["search"])
        return super().filter_queryset(_WithQuery(query), queryset, view)


class _WithQuery:
    """The one thing SearchFilter reads from a request: its query parameters."""

    def __init__(self, query):
        self.GET = query


class CheckedPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        WordsSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        params = self.request.GET
        if "search" in params:
            search_words(params["search"])
        if params.get("search_operator", "or") not in SEARCH_OPERATORS:
            raise BadRequestError(_("'search_operator' must be 'and' or 'or'."))
        if "offset" in params:
            whole_number(params["offset"], "offset", MAX_OFFSET)
        if "locale" in params and params["locale"] not in dict(settings.LANGUAGES):
            codes = ", ".join(code for code, _name in settings.LANGUAGES)
            raise BadRequestError(_("Unknown locale. Use one of: %(codes)s.") % {"codes": codes})
        self.check_field_filters(queryset.model)

    def check_field_filters(self, model):
        """Values the database would fail to convert (a date that is not one, an id too large)."""
        # `locale` is a database field too, but Wagtail filters it by language code (checked above).
        filters = set(self.get_available_fields(model, db_fields_only=True)) - {"locale"}
        for name in set(self.request.GET) & filters:
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            target = field.target_field if isinstance(field, models.ForeignKey) else field
            if isinstance(target, CONVERTED_FIELDS):
                self.check_value(name, target, self.request.GET[name])

    @staticmethod
    def check_value(name, field, value):
        try:
            converted = field.to_python(value)
        except ValidationError:
            raise BadRequestError(
                _("'%(name)s' has a value of the wrong kind for that field.") % {"name": name}
            ) from None
        if isinstance(field, models.IntegerField) and abs(converted) > LARGEST_ID:
            whole_number(value, name)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            whole_number(request.GET["id"], "id")
        return super().find_object(queryset, request)


def not_found(request):
    """Any other address under /api/: a JSON 404 that names the addresses there are."""
    addresses = ", ".join(
        reverse(name) for name in ("wagtailapi:pages:listing", "search_api", "search_autocomplete")
    )
    message = _("There is nothing at this address. The API's addresses are: %(addresses)s.")
    return JsonResponse({"message": message % {"addresses": addresses}}, status=404)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CheckedPagesAPIViewSet)
