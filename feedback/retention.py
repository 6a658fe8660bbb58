"""How long what citizens tell and do is kept (see privacy.retention).

Feedback comments are what people typed, and names or addresses in them are beyond what the
scrubber recognises: feedback is deleted once it is older than ANALYTICS_RETENTION_MONTHS, and
each run scrubs the comments left again, so those stored before the scrubber's rules grew lose
what it now recognises. Search clicks hold a search's text and go the same way. Page views and
link clicks are counts of pages and addresses of published content, with nothing about people.
"""

import datetime

from privacy.retention import RetentionPolicy, analytics_cutoff
from privacy.scrubber import scrub

from .models import COMMENT_MAX_LENGTH, PageFeedback, SearchClickDay


class FeedbackRetention(RetentionPolicy):
    name = "Page feedback and search clicks"

    def enforce(self, today):
        cutoff = analytics_cutoff(today)
        feedback = PageFeedback.objects.filter(date__lt=cutoff).delete()[0]
        clicks = SearchClickDay.objects.filter(date__lt=cutoff).delete()[0]
        return [
            *enforce_participation(today, cutoff),
            f"Page feedback from before {cutoff:%Y-%m-%d} deleted: {feedback}.",
            f"Search clicks from before {cutoff:%Y-%m-%d} deleted: {clicks}.",
            f"Feedback comments scrubbed of personal data: {scrub_comments()}.",
        ]


def scrub_comments():
    scrubbed = 0
    rows = PageFeedback.objects.exclude(trying="", wrong="").only("trying", "wrong").order_by("pk")
    for row in rows.iterator():
        trying, wrong = (scrub(text, COMMENT_MAX_LENGTH).strip() for text in (row.trying, row.wrong))
        if (trying, wrong) != (row.trying, row.wrong):
            PageFeedback.objects.filter(pk=row.pk).update(trying=trying, wrong=wrong)
            scrubbed += 1
    return scrubbed


def enforce_participation(today, cutoff):
    """Survey answers go with the feedback; panel members who never confirmed, or joined long ago."""
    from wagtail.contrib.forms.models import FormSubmission

    from .panel import CONFIRM_DAYS, KEEP_DAYS
    from .participation import PanelMember, SurveyPage

    surveys = SurveyPage.objects.values("pk")
    answers = FormSubmission.objects.filter(page__in=surveys, submit_time__date__lt=cutoff).delete()[0]
    waiting = PanelMember.objects.filter(
        confirmed__isnull=True, signed_up__lt=today - datetime.timedelta(days=CONFIRM_DAYS)
    ).delete()[0]
    old = PanelMember.objects.filter(signed_up__lt=today - datetime.timedelta(days=KEEP_DAYS)).delete()[0]
    return [
        f"Survey answers from before {cutoff:%Y-%m-%d} deleted: {answers}.",
        f"Citizen panel sign-ups never confirmed, erased: {waiting}; members of two years, erased: {old}.",
    ]
