"""The admin shows and reads dates as the public pages do (ISO or "6 Apr 2023"),
never 06/03/2023, and its change page keeps its heading clear of the buttons."""
from datetime import date as D

import pytest
from django.urls import reverse

from timeline.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("boss", "b@example.com", "pw-boss-123"))
    return client


@pytest.fixture
def article():
    return Article.objects.create(title="Report", published=D(2023, 3, 6), text="Something happened on Monday.")


def post_article(client, article, published):
    return client.post(
        reverse("admin:timeline_article_change", args=[article.pk]),
        {"title": article.title, "url": "", "source": "", "published": published, "text": article.text,
         "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0},
    )


def test_the_change_form_shows_iso_dates(admin_client, article):
    html = admin_client.get(reverse("admin:timeline_article_change", args=[article.pk])).content.decode()
    assert 'value="2023-03-06"' in html
    assert "06/03/2023" not in html


def test_the_list_shows_day_month_name_year(admin_client, article):
    html = admin_client.get(reverse("admin:timeline_article_changelist")).content.decode()
    assert "6 Mar 2023" in html and "06/03/2023" not in html


@pytest.mark.parametrize("typed", ["2023-04-06", "6 Apr 2023", "6 April 2023"])
def test_the_admin_reads_iso_and_written_dates(admin_client, article, typed):
    assert post_article(admin_client, article, typed).status_code == 302
    article.refresh_from_db()
    assert article.published == D(2023, 4, 6)


def test_the_admin_refuses_ambiguous_numeric_dates_as_the_filter_does(admin_client, article):
    response = post_article(admin_client, article, "06/04/2023")
    assert response.status_code == 200 and "Enter a valid date" in response.content.decode()
    article.refresh_from_db()
    assert article.published == D(2023, 3, 6)


def test_the_admin_loads_its_readability_fixes(admin_client, article):
    html = admin_client.get(reverse("admin:timeline_article_change", args=[article.pk])).content.decode()
    assert "timeline/admin.css" in html
