"""The production run: bin/serve, the settings it relies on, and the
protections a probe looks for (CSP, secret key, messages, login throttling,
password reset, logging)."""
import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.messages import Message, constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.urls import clear_url_caches, path
from django.utils.safestring import mark_safe
from dom import element, elements, parse, text

from timeline.models import Article, Event

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
GOOD_KEY = "k8Jq2-test-only-Zr0xW4vB9nL1mQ7sT3yU6pE5aD8fG2hJ0kC4vX9bN1mZ7"


def production_env(tmp_path, **extra):
    """The environment of a deployment: DEBUG off, its own SQLite database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        DJANGO_DEBUG="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        DJANGO_SECRET_KEY=GOOD_KEY,
    )
    env.update(extra)
    return env


def run_python(args, env, timeout=120):
    return subprocess.run(
        [PYTHON, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


# --- The secret key --------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["", "django-insecure-local-development-only", "short-key"])
def test_serving_with_debug_off_refuses_a_missing_development_or_weak_key(tmp_path, key):
    env = production_env(tmp_path, DJANGO_SECRET_KEY=key)
    result = run_python(["-c", "import timeline.wsgi"], env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_serving_starts_with_a_real_key_or_in_debug(tmp_path):
    assert run_python(["-c", "import timeline.wsgi"], production_env(tmp_path)).returncode == 0
    debug = production_env(tmp_path, DJANGO_DEBUG="1", DJANGO_SECRET_KEY="")
    assert run_python(["-c", "import timeline.wsgi"], debug).returncode == 0


def test_check_deploy_is_clean_in_production_settings(tmp_path):
    env = production_env(tmp_path, DJANGO_HTTPS="1", DJANGO_ALLOWED_HOSTS="timeline.example.org")
    result = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_fails_with_the_development_key(tmp_path):
    env = production_env(tmp_path, DJANGO_HTTPS="1", DJANGO_SECRET_KEY="")
    result = run_python(["manage.py", "check", "--deploy"], env)
    assert result.returncode != 0
    assert "timeline.E001" in result.stderr


def test_https_settings_follow_the_declaration(tmp_path):
    code = (
        "from django.conf import settings as s; import json; print(json.dumps([s.SECURE_SSL_REDIRECT,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS]))"
    )
    env = production_env(tmp_path, DJANGO_SETTINGS_MODULE="timeline.settings")
    off = json.loads(run_python(["-c", "import django; django.setup(); " + code], env).stdout)
    on = json.loads(run_python(["-c", "import django; django.setup(); " + code], {**env, "DJANGO_HTTPS": "1"}).stdout)
    assert off == [False, False, False, 0]
    assert on[:3] == [True, True, True] and on[3] >= 31536000


# --- bin/serve -------------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def fetch_ok(base):
    try:
        return fetch(base + "/")[0] == 200
    except OSError:
        return False


def wait_until_answering(bases, processes, log, seconds, what):
    """Wait until every server at `bases` answers its timeline with 200; fail
    with the end of their `log` should one of `processes` exit or `seconds` pass."""
    deadline = time.monotonic() + seconds
    while not all(fetch_ok(base) for base in bases):
        if time.monotonic() > deadline or any(process.poll() is not None for process in processes):
            log.seek(0)
            pytest.fail(f"{what} did not answer:\n" + log.read()[-3000:])
        time.sleep(0.3)


@pytest.fixture
def served(tmp_path):
    """bin/serve on a free loopback port with DEBUG off and no secret key
    given (it makes one), as from a fresh clone; stopped after the test."""
    port = free_port()
    env = production_env(
        tmp_path, DJANGO_SECRET_KEY="", DJANGO_SECRET_KEY_FILE=str(tmp_path / "key"),
        PORT=str(port), WEB_CONCURRENCY="2", GUNICORN_ACCESS_LOG="0",
    )
    env.pop("DJANGO_SECRET_KEY")
    log = open(tmp_path / "serve.log", "w+")
    process = subprocess.Popen(
        [str(ROOT / "bin" / "serve")], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering([base], [process], log, 180, "bin/serve")
        yield base, tmp_path
    finally:
        stop(process)
        log.close()


def test_bin_serve_serves_the_app_and_its_static_files_with_debug_off(served):
    base, tmp_path = served
    status, headers, page = fetch(base + "/")
    page = page.decode()
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    stylesheets = [link.get("href") for link in elements(page, "link[rel=stylesheet]")]
    scripts = [script.get("src") for script in elements(page, "script[src]")]
    assert all(url.startswith("/static/") for url in stylesheets + scripts)
    assert any("site." in s for s in stylesheets) and any("htmx" in s for s in scripts)
    status, _, admin_page = fetch(base + "/admin/login/")
    admin_css = [link.get("href") for link in elements(admin_page, "link[rel=stylesheet]")]
    assert status == 200 and any(url.startswith("/static/admin/css/") for url in admin_css)
    for url in stylesheets + scripts + admin_css:
        status, headers, body = fetch(base + url)
        assert status == 200, url
        assert body
        # Names carry a content hash, so browsers may keep them.
        assert "max-age=315360000" in headers.get("Cache-Control", ""), url
    # DEBUG is off: a missing page is the plain 404, not Django's debug page.
    status, _, missing = fetch(base + "/no-such-page/")
    assert status == 404 and b"URLconf" not in missing
    assert (tmp_path / "key").stat().st_mode & 0o077 == 0
    # GUNICORN_ACCESS_LOG=0 (the fixture's) leaves the access log out: a
    # JSON line per request costs throughput under load.
    assert '"gunicorn.access"' not in (tmp_path / "serve.log").read_text()


# --- Several servers on one database ----------------------------------------------------------


def start_gunicorn(env, port, log):
    return subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "timeline.wsgi", "--config", "python:timeline.gunicorn_conf",
         "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_two_servers_share_sessions_and_cache(tmp_path):
    """Two gunicorn servers on one database with the shared cache bin/serve
    uses: a login through one is valid on the other, and an article saved
    elsewhere changes the filters both show at once (a per-process cache
    would keep the old list of outlets for minutes)."""
    import http.cookiejar

    env = production_env(tmp_path, DJANGO_CACHE_URL="db", WEB_CONCURRENCY="1", GUNICORN_ACCESS_LOG="0",
                         DJANGO_SUPERUSER_PASSWORD="pw-admin-123")
    for command in (["migrate", "--noinput"], ["createcachetable"],
                    ["createsuperuser", "--noinput", "--username", "admin", "--email", "a@example.org"]):
        result = run_python(["manage.py", *command], env, timeout=300)
        assert result.returncode == 0, result.stderr
    ports = [free_port(), free_port()]
    log = open(tmp_path / "servers.log", "w+")
    servers = [start_gunicorn(env, port, log) for port in ports]
    a, b = (f"http://127.0.0.1:{port}" for port in ports)
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def get(url):
        try:
            with browser.open(url, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    try:
        wait_until_answering([a, b], servers, log, 120, "the servers")
        status, login_page = get(a + "/accounts/login/")
        token = element(login_page, "form[method=post] input[name=csrfmiddlewaretoken]").value
        form = urllib.parse.urlencode({"username": "admin", "password": "pw-admin-123",
                                       "csrfmiddlewaretoken": token, "next": "/"}).encode()
        request = urllib.request.Request(a + "/accounts/login/", data=form, headers={"Referer": a + "/"})
        try:
            browser.open(request, timeout=10)
        except urllib.error.HTTPError as error:
            assert error.code == 302  # logged in: redirected
        assert get(b + "/events/new/")[0] == 200  # server B knows the session

        # The outlets (source type-ahead) are cached: B has read them once.
        assert "Shared Wire" not in get(b + "/suggest/source/?q=Shared")[1]
        saved = run_python(["manage.py", "shell", "-c",
                            "from timeline.models import Article; Article.objects.create(title='T', "
                            "source='Shared Wire', published='2023-04-06', text='Talks began on Monday.')"], env)
        assert saved.returncode == 0, saved.stderr
        assert "Shared Wire" in get(b + "/suggest/source/?q=Shared")[1]
        assert "Shared Wire" in get(a + "/suggest/source/?q=Shared")[1]
    finally:
        for server in servers:
            stop(server)
        log.close()


@pytest.mark.parametrize("environment, backend", [
    ({}, "timeline.cache_backends.DatabaseCache"),
    ({"REDIS_URL": "redis://127.0.0.1:6379/9"}, "timeline.cache_backends.RedisCache"),
    ({"DJANGO_CACHE_URL": "locmem"}, "django.core.cache.backends.locmem.LocMemCache"),
])
def test_servers_and_workers_start_on_one_shared_cache(tmp_path, environment, backend):
    """bin/start, bin/serve and bin/worker take their cache from bin/cache-env
    before they run anything: a worker on a cache of its own (the settings'
    per-process default) would clear, after an import bringing a new outlet,
    only its own copy of the outlets list, and the web would serve the old
    one for minutes."""
    for script in ("bin/start", "bin/serve", "bin/worker"):
        lines = (ROOT / script).read_text().splitlines()
        first_python = next(i for i, line in enumerate(lines) if line.startswith(".venv/bin/python"))
        assert "source bin/cache-env" in lines[:first_python], script
    env = production_env(tmp_path)
    env.pop("REDIS_URL", None)
    env.update(environment)
    shown = subprocess.run(
        ["bash", "-c", "source bin/cache-env && exec \"$0\" -c \"import django; django.setup(); "
         "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])\"", PYTHON],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "timeline.settings"},
        capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == backend


# --- Content Security Policy: no inline script or style ----------------------------------------


@pytest.mark.django_db
def test_pages_carry_no_inline_script_or_style(admin_client):
    article = Article.objects.create(title="Report", published="2023-04-06", text="Talks began on Monday.")
    event = Event.objects.create(title="Talks", date="2023-04-03")
    urls = [
        "/", "/?date_from=2023", "/overview/", "/facets/", "/articles/", article.get_absolute_url(),
        event.get_absolute_url(), "/events/new/", f"/events/{event.pk}/edit/", "/articles/new/", "/accounts/login/",
        "/admin/", "/admin/timeline/event/", f"/admin/timeline/event/{event.pk}/change/",
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "Content-Security-Policy" in response.headers, url
        page = parse(response)
        assert not elements(page, "[style]"), url
        assert not elements(page, "style"), url
        for script in elements(page, "script"):
            assert script.get("src") or script.get("type") == "application/json", (url, script.attrib)
        handlers = [(node.tag, name) for node in page.iter() if isinstance(node.tag, str)
                    for name in node.attrib if name.startswith("on")]
        assert handlers == [], url
    config = element(admin_client.get("/"), "meta[name=htmx-config]").get("content")
    assert json.loads(config) == {"includeIndicatorStyles": False}


# --- Messages ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_forged_messages_cookie_cannot_inject_markup(client):
    """Whoever can sign a messages cookie (with a leaked key) may claim a
    message is safe HTML; messages live in the session, so the cookie is
    never read."""
    forged = CookieStorage(HttpRequest())._encode(
        [Message(constants.INFO, mark_safe('<img src=x id="injected">'))]
    )
    client.cookies["messages"] = forged
    response = client.get("/")
    assert not elements(response, "#injected, .messages img")
    assert "injected" not in response.content.decode()  # not even as escaped text


# --- Login throttling ----------------------------------------------------------------------


@pytest.mark.django_db
def test_wrong_passwords_in_a_row_are_throttled(client, django_user_model):
    django_user_model.objects.create_user("reporter", password="right-pass-123")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/accounts/login/", {"username": "reporter", "password": "wrong"})
        assert response.status_code == 200
        assert "enter a correct username and password" in text(element(response, ".form-errors[role=alert]"))
    response = client.post("/accounts/login/", {"username": "reporter", "password": "wrong"})
    assert response.status_code == 429
    # Locked: even the right password is refused until the cool-off ends.
    response = client.post("/accounts/login/", {"username": "reporter", "password": "right-pass-123"})
    assert response.status_code == 429
    assert text(element(response, "h1")) == "Too many failed logins"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_successful_login_resets_the_failure_count(client, django_user_model):
    django_user_model.objects.create_user("reporter", password="right-pass-123")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/accounts/login/", {"username": "reporter", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "reporter", "password": "right-pass-123"})
    assert response.status_code == 302
    client.logout()
    response = client.post("/accounts/login/", {"username": "reporter", "password": "wrong"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_logins_without_a_request_are_not_throttled(client, django_user_model):
    """The test client's login() and scripts authenticate without a request:
    nothing to throttle, and no error from django-axes."""
    django_user_model.objects.create_user("reporter", password="right-pass-123")
    assert client.login(username="reporter", password="right-pass-123")
    assert not client.login(username="reporter", password="wrong")


# --- Password reset needs mail ---------------------------------------------------------------


@pytest.fixture
def reload_urls():
    import importlib

    import timeline.urls

    def reload():
        importlib.reload(timeline.urls)
        clear_url_caches()

    yield reload
    reload()


@pytest.mark.django_db
def test_password_reset_is_off_without_mail(client, settings, reload_urls):
    settings.PASSWORD_RESET_ENABLED = False
    reload_urls()
    assert client.get("/accounts/password_reset/").status_code == 404
    assert client.get("/accounts/reset/MQ/set-password/").status_code == 404
    login_page = client.get("/accounts/login/")
    assert "password_reset" not in login_page.content.decode()
    assert not [a for a in elements(login_page, "a") if "password" in text(a).lower()]
    assert client.get("/accounts/login/").status_code == 200


@pytest.mark.django_db
def test_password_reset_is_offered_when_mail_is_configured(client, settings, reload_urls):
    settings.PASSWORD_RESET_ENABLED = True
    reload_urls()
    assert client.get("/accounts/password_reset/").status_code == 200
    [link] = [a for a in elements(client.get("/accounts/login/"), "a") if a.get("href") == "/accounts/password_reset/"]
    assert text(link) == "Forgotten your password?"


# --- Logging ------------------------------------------------------------------------------------


def failing_view(request):
    raise RuntimeError("boom in a view")


urlpatterns = [path("fail/", failing_view)]


@pytest.mark.django_db
def test_a_server_error_is_logged_as_json_with_its_traceback(client, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    handler = logging.getLogger("django.request").handlers[0]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        response = client.get("/fail/")
    finally:
        handler.setStream(previous)
    assert response.status_code == 500
    record = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert record["level"] == "ERROR" and record["logger"] == "django.request"
    assert record["message"] == "Internal Server Error: /fail/"
    assert record["status_code"] == 500
    assert "Traceback" in record["exc_info"] and "RuntimeError: boom in a view" in record["exc_info"]


@pytest.mark.django_db
def test_postgresql_starts_no_parallel_workers_for_the_timelines_queries():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)
