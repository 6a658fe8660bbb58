from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from life_events.demo import DemoContentError, DemoContentLoader
from life_events.demo_translations import DemoTranslationLoader
from portal import languages


class Command(BaseCommand):
    help = "Load the demo life events, procedures, offices and help channels (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-users",
            action="store_true",
            help="Also create the demo accounts 'admin', 'editor', 'moderator' and 'search-manager' "
            "(never on a real site).",
        )
        parser.add_argument("--password", default="fets-vitals-demo", help="Password of the demo accounts.")
        parser.add_argument(
            "--language",
            action="append",
            choices=languages.targets(),
            help="Load the translations into this language only (repeatable; all of them by default).",
        )
        parser.add_argument(
            "--catalan-only", action="store_true", help="Load only the Catalan source, no translations."
        )

    def handle(self, *args, **options):
        try:
            loader = DemoContentLoader(log=self.stdout.write).load()
        except (DemoContentError, FileNotFoundError, KeyError, ValueError) as error:
            raise CommandError(f"The demo content could not be loaded: {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {loader.created} pages created, {loader.updated} updated, "
                f"{len(loader.procedures)} procedures."
            )
        )
        chosen = [] if options["catalan_only"] else options["language"] or languages.targets()
        for language_code in chosen:
            translated = DemoTranslationLoader(loader, language_code, log=self.stdout.write).load()
            self.stdout.write(f"Translations into '{language_code}': {translated.saved} saved.")
        if options["with_demo_users"]:
            self.create_demo_users(options["password"])

    def create_demo_users(self, password):
        User = get_user_model()
        # One account per role: editors write and submit, moderators publish, search managers keep
        # the synonyms and best bets.
        accounts = [
            ("admin", "Administrador", True, None),
            ("editor", "Editora de continguts", False, "Editors"),
            ("moderator", "Moderadora", False, "Moderators"),
            ("search-manager", "Gestora de la cerca", False, "Search managers"),
        ]
        for username, first_name, is_superuser, group in accounts:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"first_name": first_name, "email": f"{username}@example.org"},
            )
            user.is_superuser = user.is_staff = is_superuser
            user.set_password(password)
            user.save()
            if group and not Group.objects.filter(name=group).exists():
                self.stderr.write(
                    f"The '{group}' group is missing (the migrations create it): "
                    f"the {username} account can log in to nothing until it joins a group."
                )
            elif group:
                user.groups.add(Group.objects.get(name=group))
            self.stdout.write(f"Demo account: {username} / {password}")
