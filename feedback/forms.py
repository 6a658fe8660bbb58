from dataclasses import dataclass

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal import languages

from .models import COMMENT_MAX_LENGTH

SEARCH_PAGE = "search"
# A page's language and address are kept this long in the cache: a feedback POST then costs no
# page query. A page unpublished in the meantime may get feedback for that long; it is kept.
TARGET_SECONDS = 300


@dataclass(frozen=True)
class PageTarget:
    pk: int
    language: str
    url: str


def page_target(page_id):
    """The live, public page `page_id` as feedback needs it (cached), or None."""
    key = f"feedback:target:{page_id}"
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).select_related("locale").first()
    url = page.get_url() if page else None
    target = PageTarget(page.pk, page.locale.language_code, url) if url else False
    cache.set(key, target, TARGET_SECONDS)
    return target or None


# The honeypot: people never see it (it is hidden and out of the tab order), robots fill it in.
HONEYPOT = "website"


class FeedbackForm(forms.Form):
    page = forms.RegexField(regex=r"^(?:[1-9][0-9]{0,17}|search)$")
    useful = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])
    trying = forms.CharField(required=False, max_length=COMMENT_MAX_LENGTH)
    wrong = forms.CharField(required=False, max_length=COMMENT_MAX_LENGTH)
    language = forms.ChoiceField(required=False, choices=lambda: [(code, code) for code in languages.codes()])

    error_messages = {
        "page": _("We do not know which page this is about. Go back to the page and try again."),
        "useful": _("Choose “Yes” or “No”."),
        "trying": _("Write at most 500 characters in each box."),
        "wrong": _("Write at most 500 characters in each box."),
        "language": _("We do not know which page this is about. Go back to the page and try again."),
    }

    def clean_page(self):
        value = self.cleaned_data["page"]
        if value == SEARCH_PAGE:
            return None
        target = page_target(int(value))
        if target is None:
            raise forms.ValidationError("unknown page")
        return target

    def messages(self):
        """One plain message per field in error, in the order of the form."""
        seen = []
        for field in self.errors:
            message = str(self.error_messages.get(field, self.error_messages["page"]))
            if message not in seen:
                seen.append(message)
        return seen
