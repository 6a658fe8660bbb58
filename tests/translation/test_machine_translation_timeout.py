"""A hung Apertium is stopped before the worker timeout, and the editor is told so.

Apertium once got 120 s, longer than gunicorn's 30 s worker timeout: the editor got a 500.
"""

import os
import textwrap
import time
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.fake_servers import HangingServer
from tests.translation.apertium import apertium_options
from translation import machine_translation as mt

FAKE_APERTIUM = """\
#!/bin/sh
# Lists every mode; "translates" by echoing its input after FAKE_APERTIUM_SLEEP seconds, in a
# child process whose id it writes down, as the real pipeline's programs are children.
if [ "$1" = "-l" ]; then echo "cat-spa spa-cat ca-oc_aran oc_aran-ca cat-eng eng-cat"; exit 0; fi
sleep "$FAKE_APERTIUM_SLEEP" &
echo $! >> "$FAKE_APERTIUM_CHILDREN"
wait
cat
"""


@pytest.fixture
def fake_apertium(tmp_path, monkeypatch, settings):
    """An `apertium` on PATH that takes as long as the test says."""
    executable = tmp_path / "apertium"
    executable.write_text(textwrap.dedent(FAKE_APERTIUM))
    executable.chmod(0o755)
    children = tmp_path / "children"
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_APERTIUM_CHILDREN", str(children))
    monkeypatch.setenv("FAKE_APERTIUM_SLEEP", "60")
    apertium_options(settings, APY_URL="", TIMEOUT=0.5)
    mt.installed_modes.cache_clear()
    yield children
    mt.installed_modes.cache_clear()


def is_running(pid):
    """True while the process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def timed_timeout(call):
    started = time.monotonic()
    with pytest.raises(mt.ApertiumTimeout) as error:
        call()
    return time.monotonic() - started, str(error.value)


def test_a_hung_apertium_is_stopped_at_the_timeout_with_the_processes_it_started(fake_apertium):
    elapsed, message = timed_timeout(lambda: mt.translate_html(["Bon dia."], "ca", "es"))
    assert 0.4 < elapsed < 3
    # Messages are in the active language, Catalan by default.
    assert "ha trigat més d'1 segon" in message and "sense traduir res" in message
    [child] = fake_apertium.read_text().split()
    deadline = time.monotonic() + 2
    while is_running(int(child)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not is_running(int(child))


def test_the_timeout_covers_the_whole_translation_not_each_step(fake_apertium, monkeypatch, settings):
    apertium_options(settings, TIMEOUT=0.8)
    monkeypatch.setenv("FAKE_APERTIUM_SLEEP", "0.5")  # each step fits; the two through Catalan do not
    assert mt.modes_for("es", "oc") == ["spa-cat", "ca-oc_aran"]
    elapsed, _message = timed_timeout(lambda: mt.translate_html(["Buenos días."], "es", "oc"))
    assert elapsed < 1.5


def test_a_quick_apertium_still_translates(fake_apertium, monkeypatch):
    monkeypatch.setenv("FAKE_APERTIUM_SLEEP", "0")
    assert mt.translate_html(["Bon dia.", "<b>Adéu</b>"], "ca", "es") == ["Bon dia.", "<b>Adéu</b>"]


def test_a_hung_apy_server_is_given_up_at_the_timeout(settings):
    apertium_options(settings, TIMEOUT=0.5)
    with HangingServer() as server:
        apertium_options(settings, APY_URL=server.url)
        elapsed, message = timed_timeout(lambda: mt.translate_html(["Bon dia."], "ca", "es"))
    assert 0.4 < elapsed < 3
    assert "Torna-ho a provar d'aquí a uns minuts" in message


@pytest.fixture
def spanish_translation(site_tree, locales):
    site_tree.birth.copy_for_translation(locales["es"], copy_parents=True)
    source, _created = TranslationSource.get_or_create_from_instance(site_tree.birth)
    return Translation.objects.create(source=source, target_locale=locales["es"])


@pytest.mark.django_db
def test_the_editor_gets_a_message_not_a_server_error_when_apertium_hangs(
    admin_client, spanish_translation, fake_apertium
):
    url = reverse("wagtail_localize:machine_translate", args=[spanish_translation.id])
    started = time.monotonic()
    response = admin_client.post(f"{url}?next=/admin/")
    assert time.monotonic() - started < 3
    assert response.status_code == 302 and response["Location"] == "/admin/"
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("La traducció automàtica ha trigat més" in text for text in messages)
    assert not StringTranslation.objects.exists()
