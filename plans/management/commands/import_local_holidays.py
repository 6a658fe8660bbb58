from django.core.management.base import BaseCommand, CommandError

from plans.holidays_import import HolidayFileError, read_holidays, save_holidays


class Command(BaseCommand):
    help = "Import local holidays from a CSV file (municipality,date,name): all lines or none."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file with the header municipality,date,name")

    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                holidays = read_holidays(handle)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text.") from None
        except HolidayFileError as error:
            raise CommandError(f"Nothing imported. Fix these lines:\n{error}") from None
        created = save_holidays(holidays)
        self.stdout.write(f"{len(holidays)} local holidays imported ({created} new).")
