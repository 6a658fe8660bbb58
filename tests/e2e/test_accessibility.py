"""Every type of page the portal renders passes the audit CI runs: axe and the portal's own checks."""

import pytest
from wagtail.models import Page

from accessibility_checks.audit import Auditor, Target
from content.models import ContentPage
from life_events.models import HomePage, LifeEventIndexPage, LifeEventPage, ProcedureIndexPage, ProcedurePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_TYPES = (HomePage, LifeEventIndexPage, LifeEventPage, ProcedureIndexPage, ProcedurePage, ContentPage)


def test_a_page_of_each_type_and_the_views_that_are_not_pages_have_no_violations(demo_site):
    pages = Page.objects.live().filter(locale__language_code="ca")
    urls = [pages.type(page_type).exact_type(page_type).first().url for page_type in PAGE_TYPES]
    targets = [Target(demo_site + url) for url in urls] + [
        Target(demo_site + "/ca/search/?q=naixement"),
        Target(demo_site + "/ca/search/?q=zzqxw"),
        Target(demo_site + "/ca/search/?q="),
        Target(demo_site + "/ca/no-existeix/", expect_error=True),
    ]
    results = Auditor(workers=1).audit(targets)
    problems = [
        f"{result.url}: {result.error or ', '.join(f'{f.rule} ({f.impact}) at {f.selectors[:2]}' for f in result.findings)}"
        for result in results
        if result.findings or result.error
    ]
    assert len(results) == len(targets)
    assert not problems, "\n".join(problems)
