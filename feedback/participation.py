"""Testing spaces: beta services with a survey, and the citizen panel.

- `SurveyPage`: a short survey built with Wagtail's form builder; answers are scrubbed of
  personal data before they are stored.
- `BetaService`: marks a page as a beta service; the page then shows a banner that invites
  people to the survey.
- `PanelMember`: someone who agreed to test new services. They count only once they confirm
  their address (double opt-in), and the link in every e-mail erases them.
"""

from django.db import models
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
