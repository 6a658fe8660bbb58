import json
import sys

from django.core.management.base import BaseCommand, CommandError

from plain_language.glossary import GlossaryTerm
from plain_language.readability import SUPPORTED_LANGUAGES, analyse


class Command(BaseCommand):
    help = "Print the plain-language analysis of a text or HTML fragment (from a file or standard input)."

    def add_arguments(self, parser):
        parser.add_argument("--lang", required=True, help=f"One of {', '.join(SUPPORTED_LANGUAGES)}.")
        parser.add_argument("--json", action="store_true", help="Print the analysis as JSON.")
        parser.add_argument("file", nargs="?", default="-", help="A file to read, or - for standard input.")

    def handle(self, *args, **options):
        text = self.read(options["file"])
        try:
            analysis = analyse(text, options["lang"], GlossaryTerm.for_language(options["lang"]))
        except ValueError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
        else:
            self.write_report(analysis)

    def read(self, path):
        if path == "-":
            return sys.stdin.read()
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text.") from error

    def write_report(self, analysis):
        metrics = analysis.metrics
        self.stdout.write(f"Score: {analysis.score:.0f}/100 ({analysis.label})")
        self.stdout.write(
            f"{metrics['words']} words, {metrics['sentences']} sentences, "
            f"{metrics['avg_sentence_length']:.1f} words per sentence"
        )
        for issue in analysis.issues:
            self.stdout.write(f"- {issue.message} {issue.suggestion} «{issue.text}»")
