"""`manage.py import_contacts FILE.csv`: contacts of the 012 line, offices and chat (feedback.contacts)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...contacts import moved_to_today, read_contacts, save_contacts

MAX_BYTES = 100 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Imports contact records (date, channel, procedure, count, resolved) from CSV files; all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument(
            "--move-to-today",
            action="store_true",
            help="Move every date by the same number of days so the last one is today (for the demo sample).",
        )

    def handle(self, *args, files, move_to_today=False, **options):
        for name in files:
            path = Path(name)
            if not path.is_file() or path.stat().st_size > MAX_BYTES:
                raise CommandError(f"{name}: not a file, or larger than {MAX_BYTES // 1024 // 1024} MB.")
            try:
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as error:
                raise CommandError(f"{name}: not UTF-8 text ({error}).") from error
            result = read_contacts(text)
            if result.errors:
                raise CommandError(f"{name}: nothing imported.\n" + "\n".join(result.errors))
            records = moved_to_today(result.records) if move_to_today else result.records
            self.stdout.write(f"{name}: {save_contacts(records)} contact counts imported.")
