"""Best bets (Wagtail's promoted search results) whose external links follow the portal's rules.

Wagtail's form takes any address Django's URL field takes (`ftp:` among them). The add and edit
views here are Wagtail's with a stricter form; `wagtail_hooks` serves them at Wagtail's own
addresses, ahead of Wagtail's, so every menu entry and link of the admin reaches them.
"""

from django.urls import path
from django.utils.functional import cached_property
from wagtail.contrib.search_promotions import forms
from wagtail.contrib.search_promotions.views import settings as views

from portal.links import validate_safe_link


class SafeLinkSearchPromotionForm(forms.SearchPromotionForm):
    def clean_external_link_url(self):
        link = self.cleaned_data.get("external_link_url", "")
        validate_safe_link(link)
        return link


class SafeLinkSearchPromotionsFormSet(forms.SearchPromotionsFormSet):
    form = SafeLinkSearchPromotionForm


class SafeLinkFormSetMixin:
    @cached_property
    def searchpicks_formset(self):
        data = self.request.POST if self.request.method == "POST" else None
        return SafeLinkSearchPromotionsFormSet(data, instance=self.object)


class CreateView(SafeLinkFormSetMixin, views.CreateView):
    pass


class EditView(SafeLinkFormSetMixin, views.EditView):
    pass


def admin_urls():
    """Wagtail's addresses (under /admin/searchpicks/) for the views with the stricter form."""
    return [
        path("searchpicks/add/", CreateView.as_view(), name="search_best_bets_add"),
        path("searchpicks/<int:query_id>/", EditView.as_view(), name="search_best_bets_edit"),
    ]
