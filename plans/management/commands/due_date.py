from datetime import date

from django.core.management.base import BaseCommand, CommandError

from plans.deadlines import DAYS, MONTHS, WORKING_DAYS, due_date
from plans.models import INE_CODE, LocalHoliday


def iso_date(text):
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--from must be a date as YYYY-MM-DD, not {text!r}.") from None


class Command(BaseCommand):
    help = "Print the due date of a period as Llei 39/2015 (art. 30) counts it: ISO date, last line."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="the event, YYYY-MM-DD")
        period = parser.add_mutually_exclusive_group(required=True)
        period.add_argument("--days", type=int, help="calendar days")
        period.add_argument("--working-days", type=int, help="working days")
        period.add_argument("--months", type=int, help="months")
        parser.add_argument("--municipality", help="INE code, to leave out its local holidays too")

    def handle(self, *args, start, days, working_days, months, municipality, **options):
        amount, unit = next(
            (amount, unit)
            for amount, unit in ((days, DAYS), (working_days, WORKING_DAYS), (months, MONTHS))
            if amount is not None
        )
        if municipality is not None and not INE_CODE.regex.match(municipality):
            raise CommandError("--municipality must be a five-digit INE code, for example 08019.")
        try:
            due = due_date(iso_date(start), amount, unit, LocalHoliday.calendar(municipality))
        except (ValueError, OverflowError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(due.isoformat())
