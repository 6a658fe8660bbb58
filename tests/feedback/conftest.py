import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit windows and view counters start empty in every test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def post_feedback(client):
    """POST /feedback/ as a browser on this site sends it."""

    def post(data, origin="http://testserver", **headers):
        if origin:
            headers["HTTP_ORIGIN"] = origin
        return client.post("/feedback/", data, **headers)

    return post
