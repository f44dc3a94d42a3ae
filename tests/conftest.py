import pytest


@pytest.fixture
def editor(django_user_model):
    """A logged-in-able user with the permissions to add, change and import."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="editor", password="pw-editor-123")
    user.user_permissions.set(
        Permission.objects.filter(
            codename__in=["add_event", "change_event", "add_article", "view_event", "view_article"]
        )
    )
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches (the outlets list and rendered
    rows are cached; rolled-back tests reuse data versions)."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def httpserver_listen_address():
    """The local web server the import and feed tests fetch from (pytest-httpserver):
    on 127.0.0.1 only, on a fixed port unless PYTEST_HTTPSERVER_PORT says otherwise."""
    import os

    return "127.0.0.1", int(os.environ.get("PYTEST_HTTPSERVER_PORT", "8161"))


@pytest.fixture
def allow_local_fetch(settings):
    """Let the fetcher reach the local test server. Off by default: the
    fetcher refuses private and loopback addresses (see tests/test_fetching.py)."""
    settings.TIMELINE_FETCH_ALLOW_PRIVATE = True
    return settings


@pytest.fixture(autouse=True)
def session_priority_kept(monkeypatch):
    """Commands that give way to the web server (import_articles --nice) would
    lower the whole test session's CPU priority (timeline/priority.py): they
    write to the null device instead."""
    import os

    from timeline import priority

    monkeypatch.setattr(priority, "AUTOGROUP", os.devnull)
