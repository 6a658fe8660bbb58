from dataclasses import dataclass

import pytest
from wagtail.models import Locale, Page, Site

from directory.models import Administration
from plain_language.glossary import GlossaryTerm
from portal import languages
from search import thesaurus
from search.engines import get_engine

from . import factories as f


@dataclass
class SiteTree:
    home: object
    life_event_index: object
    procedure_index: object
    birth: object
    registration: object
    health_card: object
    allowance: object
    life_event: object
    content_page: object
    office: object
    state: object


def publish(page):
    page.save_revision().publish()
    return page


def pytest_collection_modifyitems(items):
    """Tests on a live server or in a transaction empty the database when they end: marked, so a
    run on a kept test database (`make test-fast`) leaves them out and keeps its data."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = marker is not None and marker.kwargs.get("transaction", False)
        if transactional or {"live_server", "transactional_db"} & set(item.fixturenames):
            item.add_marker(pytest.mark.flushes_database)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the shipped glossary and thesaurus, as every deploy loads them."""
    with django_db_blocker.unblock():
        GlossaryTerm.load_shipped()
        thesaurus.load()


@pytest.fixture(autouse=True)
def fresh_search_engine():
    """Each test gets its own search engine: a process keeps its spelling vocabularies, which
    would otherwise carry the words of documents an earlier test's rollback removed."""
    get_engine.cache_clear()
    yield
    get_engine.cache_clear()


@pytest.fixture
def locales(db):
    # Every language, the source one too: a test on a live server before this one may have
    # emptied the database of what migrations made.
    for code in languages.codes():
        Locale.objects.get_or_create(language_code=code)
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def site_tree(db, locales):
    """A small portal: a life event of four steps ('and', 'or', optional) and its procedures."""
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    Page.objects.filter(depth=2).delete()
    home = f.HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    life_event_index = f.LifeEventIndexPageFactory(parent=home)
    procedure_index = f.ProcedureIndexPageFactory(parent=home)
    state = f.OrganisationFactory(name="Registre Civil", administration=Administration.STATE)
    office = f.OfficeFactory(name="Oficina d'Atenció Ciutadana", organisation=f.OrganisationFactory())
    birth = f.ProcedurePageFactory(
        parent=procedure_index,
        title="Inscripció del naixement",
        slug="inscripcio-naixement",
        organisation=state,
        channels=f.channels(
            "online", "phone", "video_call", "in_person", "chat", "assisted", offices=[office]
        ),
    )
    registration = f.ProcedurePageFactory(parent=procedure_index, title="Empadronament", slug="padro")
    health_card = f.ProcedurePageFactory(parent=procedure_index, title="Targeta sanitària", slug="tsi")
    allowance = f.ProcedurePageFactory(
        parent=procedure_index, title="Prestació per naixement", slug="prestacio"
    )
    life_event = f.LifeEventPageFactory(
        parent=life_event_index,
        title="Tenir un fill",
        slug="tenir-un-fill",
        journey=[
            f.step("Inscriu el naixement", [birth], timing="En els 10 primers dies"),
            f.step("Empadrona el nadó", [registration], relation="and"),
            f.step("Demana la targeta sanitària", [health_card, registration], choice="one"),
            f.step("Demana la prestació", [allowance], relation="or", optional=True),
        ],
    )
    content_page = f.ContentPageFactory(parent=home, title="Com et podem ajudar", slug="ajuda")
    f.HelpChannelFactory()
    return SiteTree(
        home,
        life_event_index,
        procedure_index,
        birth,
        registration,
        health_card,
        allowance,
        life_event,
        content_page,
        office,
        state,
    )


@pytest.fixture
def translate(locales):
    """Copy a page (and its missing ancestors) into another locale and publish it."""

    def translate_page(page, language_code, **fields):
        locale = locales[language_code]
        parent = page.get_parent().specific
        if parent.depth > 1 and not parent.get_translations().filter(locale=locale).exists():
            translate_page(parent, language_code)
        translation = page.copy_for_translation(locale, copy_parents=True)
        for name, value in fields.items():
            setattr(translation, name, value)
        return publish(translation)

    return translate_page
