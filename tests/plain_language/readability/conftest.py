import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english_messages():
    """The analyser's own tests read its English msgids; the portal's default language is Catalan."""
    with translation.override("en"):
        yield
