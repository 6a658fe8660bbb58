"""For someone who lost both their phone and their backup codes: they set it up again next time."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor


class Command(BaseCommand):
    help = "Turn off two-step verification for an account (its app and backup codes are removed)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"There is no account called {username!r}.") from None
        two_factor.turn_off(user)
        self.stdout.write(f"Two-step verification is off for {username}.")
