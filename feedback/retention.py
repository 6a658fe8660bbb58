"""How long what citizens tell and do is kept (see privacy.retention).

Feedback comments are what people typed, and names or addresses in them are beyond what the
scrubber recognises: feedback is deleted once it is older than ANALYTICS_RETENTION_MONTHS, and
each run scrubs the comments left again, so those stored before the scrubber's rules grew lose
what it now recognises. Search clicks hold a search's text and go the same way. Page views and
link clicks are counts of pages and addresses of published content, with nothing about people.
"""

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
