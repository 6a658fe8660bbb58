"""The demo content covers the catalogue, loads idempotently and renders as good HTML."""

from io import StringIO
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, Page

from directory.models import HelpChannel, Office, Organisation
from life_events.demo import DemoContentLoader
from life_events.demo_translations import DemoTranslationLoader
from life_events.models import LifeEventPage, ProcedurePage
from tests.html_checks import html_problems
from translation.status import Status, translation_states

CATALOGUE_LIFE_EVENTS = {
    "tenir-un-fill": 7,
    "canviar-de-domicili": 6,
    "quedar-se-sense-feina": 6,
    "jubilar-se": 5,
    "mort-d-un-familiar": 5,
    "crear-una-empresa": 6,
    "estudiar": 6,
    "arribar-a-catalunya": 6,
    "casar-se-o-formar-una-parella": 4,
    "accedir-a-un-habitatge": 5,
    "discapacitat-i-dependencia": 5,
    "tenir-cura-de-la-salut": 4,
    "situacio-economica-dificil": 4,
}


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", "--with-demo-users", stdout=StringIO())

    def test_every_life_event_of_the_catalogue_links_its_procedures(self):
        for slug, minimum in CATALOGUE_LIFE_EVENTS.items():
            with self.subTest(slug):
                life_event = LifeEventPage.objects.live().get(slug=slug, locale__language_code="ca")
                procedure_ids = life_event.get_journey().procedure_ids()
                # One procedure page serves several catalogue rows (the padró covers "empadronament").
                self.assertGreaterEqual(len(procedure_ids), minimum - 1)
                self.assertEqual(
                    ProcedurePage.objects.live().filter(id__in=procedure_ids).count(), len(procedure_ids)
                )

    def test_every_procedure_offers_the_assisted_channel_and_belongs_to_a_journey(self):
        procedures = ProcedurePage.objects.live()
        self.assertGreaterEqual(procedures.filter(locale__language_code="ca").count(), 60)
        for procedure in procedures:
            with self.subTest(procedure.slug):
                self.assertIn("assisted", procedure.channel_kinds())
                self.assertTrue(procedure.journey_places(), "no life event links this procedure")

    def test_a_shared_procedure_is_one_page_linked_from_several_life_events(self):
        registration = ProcedurePage.objects.get(slug="padro-municipal", locale__language_code="ca")
        self.assertGreaterEqual(len(registration.journey_places()), 3)

    def test_loading_again_changes_nothing(self):
        pages_before = Page.objects.count()
        loader = DemoContentLoader(log=lambda *args: None).load()
        self.assertEqual((loader.created, loader.updated), (0, 0))
        self.assertEqual(Page.objects.count(), pages_before)

    def test_every_demo_page_renders_good_html(self):
        for page in Page.objects.live().filter(depth__gt=1).specific():
            with self.subTest(page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(html_problems(response.content.decode()), [])

    def test_demo_editor_can_edit_but_must_submit_for_moderation(self):
        editor = get_user_model().objects.get(username="editor")
        home = Page.objects.get(depth=2, locale__language_code="ca")
        permissions = home.permissions_for_user(editor)
        self.assertTrue(permissions.can_edit())
        self.assertFalse(permissions.can_publish())
        self.assertIsNotNone(home.get_workflow(), "pages go through Wagtail's moderation workflow")

    def test_demo_editor_keeps_the_directory_of_organisations_offices_and_help_channels(self):
        editor = get_user_model().objects.get(username="editor")
        for model in ("organisation", "office", "helpchannel"):
            self.assertTrue(editor.has_perm(f"directory.change_{model}"), model)

    def test_the_demo_directory_is_published_in_every_language(self):
        for model in (Organisation, Office, HelpChannel):
            entries = model.objects.all()
            with self.subTest(model.__name__):
                languages = set(entries.values_list("locale__language_code", flat=True))
                self.assertEqual(languages, {"ca", "es", "oc", "en"})
                self.assertFalse(entries.filter(live=False).exists())
                self.assertFalse(entries.filter(has_unpublished_changes=True).exists(), "published as loaded")

    def test_the_demo_has_an_account_for_each_role(self):
        users = {user.username: user for user in get_user_model().objects.all()}
        self.assertTrue(users["moderator"].has_perm("directory.publish_helpchannel"))
        self.assertFalse(users["editor"].has_perm("directory.publish_helpchannel"))
        self.assertTrue(users["search-manager"].has_perm("search.add_synonym"))
        self.assertTrue(users["search-manager"].has_perm("wagtailsearchpromotions.add_searchpromotion"))
        self.assertFalse(users["editor"].has_perm("search.add_synonym"))

    def test_every_page_exists_in_every_language_and_the_switcher_leads_to_it(self):
        for page in Page.objects.live().filter(depth__gt=1, locale__language_code="ca"):
            translations = {p.locale.language_code: p for p in page.get_translations().live()}
            with self.subTest(page.url_path):
                self.assertEqual(set(translations), {"es", "oc", "en"})
                html = self.client.get(translations["en"].url).content.decode()
                self.assertIn('<html lang="en"', html)
                for other in (page, translations["es"], translations["oc"]):
                    self.assertIn(f'href="{other.url}" lang="{other.locale.language_code}"', html)
                self.assertNotIn("this page is not translated yet", html)

    def test_translated_journeys_link_to_procedures_in_their_own_language(self):
        spanish = Locale.objects.get(language_code="es")
        source = LifeEventPage.objects.get(slug="tenir-un-fill", locale__language_code="ca")
        life_event = source.get_translation(spanish).specific
        html = self.client.get(life_event.url).content.decode()
        procedures = ProcedurePage.objects.filter(id__in=source.get_journey().procedure_ids())
        self.assertTrue(procedures)
        for procedure in procedures:
            self.assertIn(f'href="{procedure.get_translation(spanish).url}"', html)
            self.assertNotIn(f'href="{procedure.url}"', html)
        self.assertEqual(life_event.content_owner.locale, spanish, "snippets are translated too")
        registration = ProcedurePage.objects.get(slug="padro-municipal", locale__language_code="ca")
        places = registration.get_translation(spanish).specific.journey_places()
        self.assertTrue(places and all(place.life_event.locale == spanish for place in places))

    def test_loading_the_translations_again_needs_no_apertium_and_changes_nothing(self):
        loader = DemoContentLoader(log=lambda *args: None).load()
        with mock.patch(
            "translation.machine_translation.translate_html", side_effect=AssertionError("Apertium called")
        ):
            for language_code in ("es", "oc", "en"):
                translated = DemoTranslationLoader(loader, language_code, log=lambda *args: None).load()
                self.assertEqual(translated.saved_names, [], language_code)

    def test_translations_start_as_unreviewed_machine_translations(self):
        page = LifeEventPage.objects.get(slug="tenir-un-fill", locale__language_code="ca")
        states = {s.locale.language_code: s.status for s in translation_states([page])}
        self.assertEqual(states, {"es": Status.MACHINE, "oc": Status.MACHINE, "en": Status.MACHINE})
