from django.core.management.base import BaseCommand, CommandError

from portal.link_audit import find_unsafe_links


class Command(BaseCommand):
    help = (
        "List stored links that break the link rules (script links, other schemes, //host): "
        "pages show them as text until an editor fixes them. Exits 1 when it finds one."
    )

    def handle(self, *args, **options):
        found = list(find_unsafe_links())
        for item in found:
            self.stdout.write(f"{item.model} {item.pk} ({item.name}), {item.field}: {item.link[:120]!r}")
        if found:
            raise CommandError(f"{len(found)} unsafe links. Fix them in the admin.", returncode=1)
        self.stdout.write("No unsafe links.")
