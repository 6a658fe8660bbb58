import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accessibility_checks.audit import Auditor, site_targets
from accessibility_checks.browser import BrowserUnavailable, new_browser
from accessibility_checks.findings import DEFAULT_TAGS, IMPACTS
from accessibility_checks.history import record_run
from accessibility_checks.output import write_reports
from accessibility_checks.serve import serving


class Command(BaseCommand):
    help = (
        "Audit pages for accessibility in headless Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA) "
        "and the checks axe cannot make (lang, unique titles, skip link, keyboard focus, 320 px "
        "reflow, 200% zoom). Exits 1 when a violation at or above --fail-on is found."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", help="Audit every live page of this running site (its sitemap) and its other views."
        )
        parser.add_argument(
            "--serve",
            action="store_true",
            help="Serve this project's site inside the command, on a free local port, and audit all of it "
            "as --base-url does (what CI runs; use production settings for the real 404 page).",
        )
        parser.add_argument(
            "--url", action="append", default=[], help="Audit this page (repeatable; any site)."
        )
        parser.add_argument(
            "--tags",
            default=",".join(DEFAULT_TAGS),
            help="axe rule tags, comma-separated (default: %(default)s).",
        )
        parser.add_argument(
            "--fail-on",
            choices=IMPACTS,
            default="minor",
            help="Lowest impact that fails the audit (default: any).",
        )
        parser.add_argument(
            "--workers", type=int, default=2, help="Browsers side by side (default: %(default)s)."
        )
        parser.add_argument(
            "--output", help="Write report.json, junit.xml and report.html into this directory."
        )
        parser.add_argument("--axe-only", action="store_true", help="Skip the checks beyond axe.")
        parser.add_argument(
            "--record",
            action="store_true",
            help="Store the run and its findings in the database, for the admin report and the page editor.",
        )

    def handle(self, *args, **options):
        if options["serve"]:
            if options["base_url"]:
                raise CommandError("Give --serve or --base-url, not both.")
            with serving() as base_url:
                self.stdout.write(f"Serving the site at {base_url} for the audit.")
                return self.audit(**{**options, "base_url": base_url})
        return self.audit(**options)

    def audit(self, **options):
        self.verbosity = options["verbosity"]
        targets = list(options["url"])
        if options["base_url"]:
            try:
                targets += site_targets(options["base_url"])
            except OSError as error:
                raise CommandError(f"Cannot read {options['base_url']}/sitemap.xml: {error}") from error
        if not targets:
            raise CommandError("Give --base-url URL (a running site) or one or more --url URL.")
        try:
            new_browser().quit()  # fail early, with the package to install
        except BrowserUnavailable as error:
            raise CommandError(str(error)) from error

        level, tags = options["fail_on"], [tag.strip() for tag in options["tags"].split(",") if tag.strip()]
        started, started_at = time.perf_counter(), timezone.now()
        auditor = Auditor(
            tags=tuple(tags),
            workers=options["workers"],
            beyond_axe=not options["axe_only"],
            on_result=self.progress,
        )
        results = auditor.audit(targets)
        seconds = time.perf_counter() - started
        meta = {"tags": tags, "seconds": round(seconds, 1), "pages_per_second": len(results) / seconds}
        if options["record"]:
            run = record_run(
                results,
                level=level,
                tags=tags,
                seconds=seconds,
                base_url=options["base_url"] or "",
                started_at=started_at,
            )
            self.stdout.write(f"Stored as audit run {run.pk}: Reports > Accessibility in the admin.")
        if options["output"]:
            directory = write_reports(results, options["output"], level, meta)
            self.stdout.write(f"Reports: {directory}/report.html, report.json, junit.xml")

        failing = [result for result in results if result.failing(level) or result.error]
        self.stdout.write(
            f"{len(results)} pages in {seconds:.1f} s ({len(results) / seconds:.2f} pages/s, "
            f"{options['workers']} workers); {len(failing)} with violations at '{level}' or above."
        )
        if failing:
            raise CommandError(f"{len(failing)} pages fail the accessibility audit.", returncode=1)

    def progress(self, result):
        failing = result.failing("minor")
        if result.error:
            self.stdout.write(f"ERROR {result.url}: {result.error}")
        elif failing:
            rules = ", ".join(sorted({f"{finding.rule} ({finding.impact})" for finding in failing}))
            self.stdout.write(f"FAIL  {result.url}: {rules}")
        elif self.verbosity > 1:
            self.stdout.write(f"ok    {result.url}")
