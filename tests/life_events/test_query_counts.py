"""The hot pages run a bounded number of queries, whatever the size of the journey."""

import pytest

from tests import factories as f

# Routing (a query per level), view restrictions, translations, breadcrumbs, help channels and
# the content of the page itself.
BOUNDS = {"home": 14, "life_event": 18, "birth": 18}


@pytest.mark.django_db
@pytest.mark.parametrize("page_name", list(BOUNDS))
def test_hot_page_query_count_is_bounded(client, site_tree, django_assert_max_num_queries, page_name):
    page = getattr(site_tree, page_name)
    client.get(page.url)  # warm the per-process caches (site root paths)
    with django_assert_max_num_queries(BOUNDS[page_name]):
        assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_life_event_queries_do_not_grow_with_its_procedures(client, site_tree, django_assert_num_queries):
    client.get(site_tree.life_event.url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(site_tree.life_event.url)
    extra = [f.ProcedurePageFactory(parent=site_tree.procedure_index) for _ in range(10)]
    site_tree.life_event.journey = [*site_tree.life_event.journey.raw_data, f.step("Més", extra)]
    site_tree.life_event.save()
    with CaptureQueriesContext(connection) as large:
        client.get(site_tree.life_event.url)
    assert len(large) == len(small)
