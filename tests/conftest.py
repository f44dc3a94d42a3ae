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
    """Each test starts with an empty cache (the outlets list is cached)."""
    from django.core.cache import cache

    cache.clear()
