"""`manage.py load_demo_feedback`: a beta service with its survey, for the demo (idempotent)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from life_events.models import HomePage, ProcedurePage
from portal import languages

from ...participation import BetaService, SurveyField, SurveyPage

BETA_PROCEDURE = "inscripcio-naixement"
SURVEY = {
    "title": "Què et sembla el nou servei?",
    "slug": "enquesta-servei-nou",
    "intro": "<p>Estem provant una nova manera d'inscriure un naixement. Digues-nos com t'ha anat.</p>",
    "thank_you_text": "<p>Gràcies. Llegim totes les respostes.</p>",
}
QUESTIONS = [
    ("Has pogut fer el tràmit?", "radio", "Sí\nNo\nNomés una part"),
    ("Què canviaries?", "multiline", ""),
]


class Command(BaseCommand):
    help = "Marks a demo procedure as a beta service with a short survey."

    def handle(self, *args, **options):
        home = HomePage.objects.filter(locale__language_code=languages.source()).first()
        procedure = ProcedurePage.objects.filter(
            slug=BETA_PROCEDURE, locale=getattr(home, "locale", None)
        ).first()
        if home is None or procedure is None:
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        survey = SurveyPage.objects.filter(slug=SURVEY["slug"], locale=home.locale).first()
        if survey is None:
            survey = SurveyPage(**SURVEY)
            home.add_child(instance=survey)
            for order, (label, kind, choices) in enumerate(QUESTIONS):
                SurveyField.objects.create(
                    page=survey,
                    sort_order=order,
                    label=label,
                    field_type=kind,
                    choices=choices,
                    required=False,
                    clean_name=slugify(label).replace("-", "_"),
                )
            survey.save_revision().publish()
        BetaService.objects.update_or_create(page=procedure, defaults={"survey": survey})
        self.stdout.write(f"Beta service: {procedure.title}, with the survey {survey.url}.")
