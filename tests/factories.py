import factory
import wagtail_factories
from wagtail.models import Locale

from content.models import ContentPage
from directory.models import Administration, HelpChannel, Office, Organisation
from life_events.models import (
    HomePage,
    LifeEventIndexPage,
    LifeEventPage,
    ProcedureIndexPage,
    ProcedurePage,
)


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class OrganisationFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Organisme {n}")
    short_name = ""
    administration = Administration.GENERALITAT
    website = "https://web.gencat.cat/"

    class Meta:
        model = Organisation


class OfficeFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Oficina {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    address = "Carrer Major, 1"
    postcode = "08001"
    town = "Barcelona"
    opening_hours = "De dilluns a divendres, de 9 a 14 h\nDijous, de 16 a 18 h"
    accessibility = "Entrada sense graons i bucle magnètic."

    class Meta:
        model = Office


class HelpChannelFactory(LocaleMixin):
    kind = "phone"
    title = "Truca al 012"
    description = "T'ajudem amb els tràmits."
    link_url = "tel:012"

    class Meta:
        model = HelpChannel


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Inici"
    intro = "Et guiem pas a pas."

    class Meta:
        model = HomePage


class LifeEventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Moments de la vida"
    slug = "fets-vitals"

    class Meta:
        model = LifeEventIndexPage


class ProcedureIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tràmits"
    slug = "tramits"

    class Meta:
        model = ProcedureIndexPage


def channels(*kinds, offices=()):
    """Raw StreamField data for the given channel kinds."""
    values = {
        "online": {"url": "https://example.gencat.cat/tramit", "label": "", "identification": "idCAT Mòbil"},
        "phone": {"number": "012", "hours": "Cada dia"},
        "video_call": {"url": "https://example.gencat.cat/video", "hours": ""},
        "in_person": {
            "offices": [office.pk for office in offices],
            "appointment_required": True,
            "appointment_url": "https://example.gencat.cat/cita",
        },
        "chat": {"url": "https://example.gencat.cat/xat", "hours": ""},
        "assisted": {"description": "Una persona et fa el tràmit.", "phone": "012", "url": ""},
    }
    return [{"type": kind, "value": {"description": "", **values[kind]}} for kind in kinds]


class ProcedurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tràmit {n}")
    summary = "Un tràmit de prova."
    organisation = factory.SubFactory(OrganisationFactory)
    what_it_is = "<p>És un tràmit.</p>"
    who_can_apply = "<p>Tothom.</p>"
    what_you_need = "<ul><li>El DNI</li></ul>"
    cost = "Gratuït"
    channels = factory.LazyFunction(lambda: channels("online", "phone", "assisted"))

    class Meta:
        model = ProcedurePage


def step(title, procedures=(), relation="", optional=False, choice="all", timing=""):
    """Raw StreamField data of one journey step."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "relation": relation,
            "timing": timing,
            "optional": optional,
            "body": "<p>Explicació del pas.</p>",
            "choice": choice,
            "procedures": [procedure.pk for procedure in procedures],
            "links": [],
        },
    }


class LifeEventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fet vital {n}")
    summary = "Un fet vital de prova."
    audience = "Per a tothom."
    journey = factory.LazyFunction(lambda: [step("Primer pas")])

    class Meta:
        model = LifeEventPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guia {n}")
    summary = "Una guia."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Què has de saber"},
            {"type": "paragraph", "value": "<p>Text clar.</p>"},
            {
                "type": "callout",
                "value": {"kind": "info", "title": "Important", "text": "<p>Recorda-ho.</p>"},
            },
            {
                "type": "numbered_steps",
                "value": [{"title": "Primer", "text": ""}, {"title": "Segon", "text": "<p>I després.</p>"}],
            },
            {"type": "details", "value": {"summary": "I si no puc?", "text": "<p>Truca al 012.</p>"}},
            {
                "type": "contact",
                "value": {"title": "012", "phone": "012", "email": "", "url": "", "hours": "Cada dia"},
            },
            {
                "type": "start_now",
                "value": {"label": "Comença", "url": "https://example.gencat.cat/", "note": ""},
            },
        ]
    )

    class Meta:
        model = ContentPage


def group_member(username, group):
    """A user of one of the admin's groups (Editors, Moderators, Search managers...)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, f"{username}@example.org", "secret")
    user.groups.add(Group.objects.get(name=group))
    return user
