"""The accessibility audit covers plan pages: one per life event with questions, per language,
with sample answers that give it dates, conditions and procedures to show."""

from urllib.parse import urlencode

from accessibility_checks.audit import register_targets
from life_events.models import LifeEventPage

from .structure import CHOICE, EVENT_DATE, NUMBER, YES, YES_NO, PlanStructure

SAMPLE_DATE = "2026-12-22"


def sample_answers(questions):
    answers = {}
    for question in questions:
        if question.kind == EVENT_DATE:
            answers[question.key] = SAMPLE_DATE
        elif question.kind == YES_NO:
            answers[question.key] = YES
        elif question.kind == CHOICE and question.options:
            answers[question.key] = question.options[0][0]
        elif question.kind == NUMBER:
            answers[question.key] = str(max(question.min_value, min(3, question.max_value)))
    return answers


@register_targets
def sample_plans(language_codes):
    """Paths of plan pages with sample answers, read from this site's database."""
    pages = LifeEventPage.objects.live().public().filter(locale__language_code__in=language_codes)
    paths = []
    for page in pages.order_by("path"):
        questions = PlanStructure.from_raw(page.questions.raw_data, []).questions
        url = page.get_url()
        if questions and url:
            paths.append(f"{url}plan/?{urlencode(sample_answers(questions))}")
    return paths
