"""Browser tests: pytest-playwright driving Debian's Chromium against
pytest-django's live server. The browser is never downloaded: bin/test
installs Debian's chromium package, and its path is given here."""
import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run bin/test, which installs Debian's chromium package.")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"],
    }


@pytest.fixture
def editor_page(page, live_server, django_user_model):
    """A page logged in as a user allowed to add, change and import."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="browser-editor", password="pw-browser-123")
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["add_event", "change_event", "add_article", "view_event"])
    )
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("browser-editor")
    page.get_by_label("Password").fill("pw-browser-123")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/")
    return page
