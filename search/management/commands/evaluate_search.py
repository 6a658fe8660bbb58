from django.core.management.base import BaseCommand, CommandError

from search.evaluation import evaluate, portal_titles, read_queries, stock_titles


class Command(BaseCommand):
    help = (
        "Print success@3, success@10 and MRR per language for a query file (JSON lines with lang, q, "
        "expect), for the portal's search and for Wagtail's stock database backend on the same content."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--misses", action="store_true", help="List the queries not answered in the top 3."
        )
        parser.add_argument(
            "--fail-under", type=float, help="Exit 1 if our success@3 is under this in any language."
        )

    def handle(self, *args, file, misses, fail_under, **options):
        try:
            queries = read_queries(file)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        table = evaluate(queries, [("portal", portal_titles), ("wagtail", stock_titles)])
        self.stdout.write(f"{len(queries)} queries from {file}")
        self.stdout.write(f"{'engine':<9} {'lang':<5} {'queries':>7} {'s@3':>6} {'s@10':>6} {'MRR':>6}")
        for name, by_language in table.items():
            for language, scores in sorted(by_language.items()):
                at_3, at_10, mrr = scores.row()
                self.stdout.write(
                    f"{name:<9} {language:<5} {scores.queries:>7} {at_3:>6.2f} {at_10:>6.2f} {mrr:>6.2f}"
                )
        if misses:
            for name, by_language in table.items():
                for language, scores in sorted(by_language.items()):
                    for query, rank, titles in scores.misses:
                        self.stdout.write(f"  miss {name} {language} {query!r}: rank {rank}; top: {titles}")
        if fail_under is not None:
            low = [lang for lang, scores in table["portal"].items() if scores.row()[0] < fail_under]
            if low:
                raise CommandError(f"success@3 under {fail_under} in: {', '.join(sorted(low))}")
