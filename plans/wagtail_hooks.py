from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LocalHoliday


class LocalHolidayViewSet(SnippetViewSet):
    model = LocalHoliday
    icon = "date"
    list_display = ["date", "name", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "municipality"]
    ordering = ["municipality", "date"]


register_snippet(LocalHolidayViewSet)
