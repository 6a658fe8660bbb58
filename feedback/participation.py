"""Testing spaces: beta services with a survey, and the citizen panel.

- `SurveyPage`: a short survey built with Wagtail's form builder; answers are scrubbed of
  personal data before they are stored.
- `BetaService`: marks a page as a beta service; the page then shows a banner that invites
  people to the survey.
- `PanelMember`: someone who agreed to test new services. They count only once they confirm
  their address (double opt-in), and the link in every e-mail erases them.
"""

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import Page

from privacy.scrubber import scrub

SURVEY_ANSWER_MAX_LENGTH = 2000


class SurveyField(AbstractFormField):
    page = ParentalKey("SurveyPage", on_delete=models.CASCADE, related_name="form_fields")


class SurveyPage(AbstractForm):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "link"])

    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["life_events.HomePage"]
    subpage_types = []
    template = "feedback/survey_page.html"
    landing_page_template = "feedback/survey_page_landing.html"

    class Meta:
        verbose_name = _("survey")

    def process_form_submission(self, form):
        """Stored with every answer scrubbed of personal data, and without the person's account."""
        data = {
            name: scrub(value, SURVEY_ANSWER_MAX_LENGTH) if isinstance(value, str) else value
            for name, value in form.cleaned_data.items()
        }
        return self.get_submission_class().objects.create(form_data=data, page=self)


class BetaService(models.Model):
    page = models.OneToOneField(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The new service or page that is being tested."),
    )
    survey = models.ForeignKey(
        SurveyPage,
        verbose_name=_("survey"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    panels = [FieldPanel("page"), FieldPanel("survey")]

    class Meta:
        verbose_name = _("beta service")
        verbose_name_plural = _("beta services")

    def __str__(self):
        return self.page.title


BETA_PAGES_KEY = "feedback:beta-pages"
# The fallback when a cache is per process (development): another process's change shows within it.
BETA_PAGES_SECONDS = 300


def beta_pages():
    """{translation key of a beta page: its survey's id or None}, from the cache.

    Every public page asks, and almost none is beta: the answer must cost no query.
    A page's translations share its translation key, so they are beta with it.
    """
    pages = cache.get(BETA_PAGES_KEY)
    if pages is None:
        rows = BetaService.objects.values_list("page__translation_key", "survey_id")
        pages = {str(key): survey_id for key, survey_id in rows}
        cache.set(BETA_PAGES_KEY, pages, BETA_PAGES_SECONDS)
    return pages


@receiver(post_save, sender=BetaService)
@receiver(post_delete, sender=BetaService)
def forget_beta_pages(**kwargs):
    cache.delete(BETA_PAGES_KEY)


class PanelMember(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=10)
    interests = models.JSONField(_("life events they are interested in"), default=list, blank=True)
    signed_up = models.DateField(_("signed up"), default=timezone.localdate)
    confirmed = models.DateField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("citizen panel member")
        verbose_name_plural = _("citizen panel")

    def __str__(self):
        return self.email
