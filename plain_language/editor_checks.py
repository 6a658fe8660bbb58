"""Plain language in the editor's Checks panel, beside Wagtail's accessibility checks.

Wagtail runs axe in the live preview as the editor types. The preview page carries the
analysis of the unsaved page, computed on the server at each refresh; the custom axe rules
below point at it, and their check functions (in plain_language/js/plain-language-checks.js, because
JSON cannot carry functions) mark the paragraphs that hold an issue, so the preview shows
where. `analyse` is the same analysis as JSON for other tools of the admin.
"""

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.userbar import AccessibilityItem, ContentCheckerItem

from accessibility_checks.editor import AuditRulesCheckerItem

from .glossary import GlossaryTerm
from .pages import analyse_page, threshold_for
from .readability import SUPPORTED_LANGUAGES, analyse

MAX_TEXT_LENGTH = 100_000
PROSE = "main p, main li"
RULES = {
    "plain-language-score": (
        "main h1",
        _("The text is hard to read"),
        _("Use shorter sentences and everyday words until the score reaches the threshold."),
    ),
    "plain-language-long-sentence": (PROSE, _("Sentence too long"), _("Divide it: one idea per sentence.")),
    "plain-language-jargon": (PROSE, _("Jargon: use a plain word"), _("The glossary suggests a plain word.")),
    "plain-language-passive": (PROSE, _("Passive voice"), _("Say who does what: use the active voice.")),
}


class PlainLanguageCheckerItem(AuditRulesCheckerItem):
    """The audit's rules (the WCAG tags CI runs) and the plain-language rules below."""

    axe_rules = {**AuditRulesCheckerItem.axe_rules, **{rule: {"enabled": True} for rule in RULES}}
    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        *(
            {
                "id": rule,
                "impact": "moderate",
                "selector": selector,
                "tags": ["plain-language"],
                "any": [f"{rule}-check"],
                "enabled": True,
            }
            for rule, (selector, _name, _help) in RULES.items()
        ),
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        **{
            rule: {"error_name": name, "help_text": help_text}
            for rule, (_selector, name, help_text) in RULES.items()
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_the_plain_language_checker(request, items, page=None):
    for index, item in enumerate(items):
        if type(item) in (ContentCheckerItem, AccessibilityItem):
            items[index] = PlainLanguageCheckerItem(in_editor=item.in_editor)


@require_POST
def analyse_view(request):
    language, text = request.POST.get("language", ""), request.POST.get("text", "")
    if language not in SUPPORTED_LANGUAGES:
        return HttpResponseBadRequest(f"Give a language: one of {', '.join(SUPPORTED_LANGUAGES)}.")
    if len(text) > MAX_TEXT_LENGTH:
        return HttpResponseBadRequest(f"The text is too long: at most {MAX_TEXT_LENGTH} characters.")
    analysis = analyse(text, language, GlossaryTerm.for_language(language))
    return JsonResponse(analysis.to_dict(), json_dumps_params={"ensure_ascii": False})


@hooks.register("register_admin_urls")
def register_analyse_url():
    return [path("plain-language/analyse/", analyse_view, name="plain_language_analyse")]


def preview_payload(page):
    """What the check functions need: the analysis of the previewed page and its threshold."""
    analysis = analyse_page(page)
    return {**analysis.to_dict(), "threshold": threshold_for(analysis.language)}
