from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.reports import ReportViewSet, register_report

from .drafts import DraftPageTranslationView, DraftSnippetTranslationView
from .moderation import ModeratedUpdateTranslationsView
from .reports import TranslationReportView, mark_reviewed_view
from .status import REVIEWED_ACTION
from .workflow import SubmitTranslationView, submit_buttons


@hooks.register("before_serve_page")
def redirect_to_the_language_of_the_page(page, request, serve_args, serve_kwargs):
    """A page asked for in a language it does not exist in yet is shown in its own language.

    Wagtail serves the untranslated page under the requested prefix (/en/...), which would
    mark Catalan text as English. Redirect to the page's own address instead, and tell the
    template which language the person asked for so it can say so in that language.
    """
    requested = get_language()
    if page.locale.language_code != requested:
        return redirect(f"{page.get_url(request)}?{urlencode({'untranslated': requested})}")
    return None


class TranslationReportViewSet(ReportViewSet):
    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:translation_id>/reviewed/", mark_reviewed_view, name="mark_reviewed"),
        ]


register_report(TranslationReportView, TranslationReportViewSet)


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    actions.register_action(
        REVIEWED_ACTION, _("Mark translation as reviewed"), _("Machine translation marked as reviewed")
    )


# Before wagtail-localize's own URLs (order), at the same addresses: every "Translate" and "Sync
# translated pages" button and link leads to the moderated views (translation.drafts, .moderation).
@hooks.register("register_admin_urls", order=-1)
def register_moderated_translation_views():
    return [
        path("localize/submit/page/<int:page_id>/", DraftPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            DraftSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", ModeratedUpdateTranslationsView.as_view()),
        path(
            "translation/submit/<int:page_id>/",
            SubmitTranslationView.as_view(),
            name="translation_submit_for_moderation",
        ),
    ]


hooks.register("register_page_listing_more_buttons", submit_buttons)
hooks.register("register_page_header_buttons", submit_buttons)
