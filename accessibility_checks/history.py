"""Audit history: store a run's results, and find the latest findings for a page."""

import urllib.parse

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from .models import AuditedPage, AuditFinding, AuditRun


def pages_by_path():
    """The live page at each address of this site, as the audit reaches it (/ca/tramits/...)."""
    paths = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        url = page.get_url()
        if url:
            paths[urllib.parse.urlsplit(url).path] = page.pk
    return paths


@transaction.atomic
def record_run(results, *, level, tags, seconds, base_url="", started_at=None):
    """Store an audit's results; each page found at its address on this site is linked to it."""
    paths = pages_by_path()
    run = AuditRun.objects.create(
        started_at=started_at or timezone.now(),
        seconds=seconds,
        base_url=base_url[:500],
        tags=list(tags),
        fail_on=level,
        pages_audited=len(results),
        pages_failing=sum(bool(result.failing(level) or result.error) for result in results),
        violations=sum(len(result.findings) for result in results),
    )
    for result in results:
        audited = AuditedPage.objects.create(
            run=run,
            url=result.url[:2000],
            page_id=paths.get(urllib.parse.urlsplit(result.url).path),
            lang=result.lang[:20],
            title=result.title[:500],
            error=result.error,
            seconds=result.seconds,
            violations=len(result.findings),
        )
        AuditFinding.objects.bulk_create(
            AuditFinding(
                audited_page=audited,
                rule=finding.rule[:100],
                impact=finding.impact,
                description=finding.description,
                criteria=finding.criteria,
                selectors=finding.selectors,
                help_url=finding.help_url[:500],
                source=finding.source,
            )
            for finding in result.findings
        )
    return run


def latest_audit_of(page):
    """The page as the latest audit that reached it saw it, with its findings; None if never audited."""
    return (
        AuditedPage.objects.filter(page=page)
        .select_related("run")
        .prefetch_related("findings")
        .order_by("-run__started_at", "-run__pk", "pk")
        .first()
    )


def trend(limit=10):
    """The latest runs, newest first, each with the change in problems since the run before it."""
    runs = list(AuditRun.objects.all()[: limit + 1])
    for index, run in enumerate(runs):
        previous = runs[index + 1] if index + 1 < len(runs) else None
        run.change = None if previous is None else run.violations - previous.violations
        run.change_size = abs(run.change or 0)
    return runs[:limit]
