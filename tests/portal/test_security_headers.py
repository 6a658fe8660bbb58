"""Security headers on every kind of response: a Content-Security-Policy that lets no injected
script run on the public site, the admin's own looser one, and a Permissions-Policy that turns
off the browser features the portal does not use."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from portal.headers import permissions_policy


def directives(response):
    header = response.headers["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";"))}


@pytest.fixture
def public_responses(client, site_tree):
    urls = [
        site_tree.home.url,
        site_tree.birth.url,
        site_tree.life_event.url,
        site_tree.content_page.url,
        "/ca/search/?q=naixement",
        "/ca/no-existeix/",
        "/api/search/?q=naixement&lang=ca",
        "/api/search/autocomplete/?q=na&lang=ca",
        "/api/v2/pages/",
        "/sitemap.xml",
    ]
    return {url: client.get(url) for url in urls}


def test_the_public_site_runs_scripts_only_from_itself_and_never_inline_without_a_nonce(public_responses):
    for url, response in public_responses.items():
        policy = directives(response)
        assert "'unsafe-inline'" not in policy["script-src"], url
        assert "'unsafe-eval'" not in policy["script-src"], url
        assert "'self'" in policy["script-src"], url
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == policy["form-action"] == policy["frame-ancestors"] == ["'self'"]
        assert policy["connect-src"] == ["'self'"]  # the search suggestions ask this site only
        assert "'unsafe-inline'" not in policy["style-src"], url


def test_every_script_of_a_public_page_is_allowed_by_its_policy_and_none_is_inline(public_responses):
    for url, response in public_responses.items():
        if not response["Content-Type"].startswith("text/html"):
            continue
        allowed = directives(response)["script-src"]
        for script in BeautifulSoup(response.content, "html.parser").find_all("script"):
            if script.get("type") == "application/json":
                continue  # data, never run
            assert script.get("src"), f"inline script on {url}: {script}"
            assert is_allowed(script["src"], allowed), f"{script['src']} on {url}"
        for element in BeautifulSoup(response.content, "html.parser").find_all(style=True):
            pytest.fail(f"style attribute on {url}: {element}")


def is_allowed(src, sources, host="testserver"):
    parts = urlsplit(src)
    same_origin = parts.netloc in ("", host) and parts.scheme in ("", "http")
    return (same_origin and "'self'" in sources) or f"{parts.scheme}://{parts.netloc}" in sources


@pytest.mark.urls("tests.portal.inline_script_urls")
def test_an_inline_script_runs_by_its_nonce_which_changes_with_every_request(client):
    nonces = set()
    for _ in range(3):
        response = client.get("/inline-script/")
        nonce = BeautifulSoup(response.content, "html.parser").script["nonce"]
        assert f"'nonce-{nonce}'" in directives(response)["script-src"]
        assert "'unsafe-inline'" not in directives(response)["script-src"]
        nonces.add(nonce)
    assert len(nonces) == 3
    assert all(len(nonce) >= 22 for nonce in nonces)  # 16 random bytes


def test_a_page_without_inline_scripts_sends_no_nonce(client, site_tree):
    assert not any(
        source.startswith("'nonce-") for source in directives(client.get(site_tree.home.url))["script-src"]
    )


def test_the_userbar_an_editor_sees_on_public_pages_is_allowed_by_the_public_policy(admin_client, site_tree):
    response = admin_client.get(site_tree.birth.url)
    document = BeautifulSoup(response.content, "html.parser")
    policy = directives(response)

    userbar = document.find("template", id="wagtail-userbar-template")
    scripts = [script["src"] for script in document.find_all("script", src=True)]
    styles = [link["href"] for link in userbar.find_all("link", rel="stylesheet")] if userbar else []
    assert any("userbar" in src for src in scripts)
    assert all(is_allowed(src, policy["script-src"]) for src in scripts)
    assert styles and all(is_allowed(href, policy["style-src"]) for href in styles)


def admin_pages(site_tree):
    page = site_tree.birth.pk
    return [
        "/admin/",
        f"/admin/pages/{page}/edit/",
        f"/admin/pages/{page}/edit/preview/",
        "/admin/searchpicks/add/",
    ]


def test_the_admin_has_its_own_policy_with_the_inline_scripts_it_needs_and_nothing_from_elsewhere(
    admin_client, site_tree
):
    for url in admin_pages(site_tree):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], (
            url
        )  # no nonce: it would void 'unsafe-inline'
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]  # the preview is framed by the editor
        assert policy["default-src"] == ["'self'"]


def test_the_admin_login_page_has_the_admin_policy(client, db):
    assert directives(client.get("/admin/login/"))["script-src"] == ["'self'", "'unsafe-inline'"]


def test_every_response_turns_off_the_browser_features_the_portal_does_not_use(
    public_responses, admin_client, site_tree
):
    responses = list(public_responses.values()) + [admin_client.get(url) for url in admin_pages(site_tree)]
    for response in responses:
        features = dict(part.split("=") for part in response.headers["Permissions-Policy"].split(", "))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
            assert features[feature] == "()"


def test_a_path_can_be_given_a_feature_by_setting_without_giving_it_to_others(settings):
    settings.PERMISSIONS_POLICY = {
        **settings.PERMISSIONS_POLICY,
        "PATHS": {
            "/ca/videotrucada/": {"camera": ["self"], "microphone": ["self", "https://meet.gencat.cat"]}
        },
    }

    video = permissions_policy("/ca/videotrucada/sala/")
    elsewhere = permissions_policy("/ca/tramits/")

    assert "camera=(self)" in video and 'microphone=(self "https://meet.gencat.cat")' in video
    assert "camera=()" in elsewhere and "microphone=()" in elsewhere
    assert "geolocation=()" in video
