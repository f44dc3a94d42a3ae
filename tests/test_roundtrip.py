"""The whole timeline exported and imported into an empty database:
nothing lost (export_timeline / import_timeline)."""
import datetime
import json
import re

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test.utils import override_settings

from timeline.models import Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def timeline():
    """Synthetic volume plus every kind of value by hand: statuses,
    precisions, a range, a custom category, summaries, places, actors, users."""
    call_command("generate_synthetic", "300", "--seed", "7", verbosity=0)
    group = Group.objects.create(name="Editors")
    group.permissions.set(Permission.objects.filter(codename__in=["add_event", "change_event"]))
    editor = User.objects.create_user("editor", password="pw-editor-123", first_name="Ed")
    editor.groups.add(group)
    category = Category.objects.create(name="Sanctions", slug="sanctions", description="Measures.")
    text = "Seoul said North Korea fired a missile on Thursday. Talks follow in March 2023."
    article = Article.objects.create(title="Launch “report”", url="https://example.org/a", source="Harbor Wire",
                                     published=D(2023, 4, 8), text=text, imported_by=editor)
    launch = Event.objects.create(title="Missile launch", summary="Over the sea.", date=D(2023, 4, 6),
                                  category=category, place="Sea of Japan", status="confirmed", created_by=editor)
    launch.actors.add(Actor.objects.create(name="North Korea", kind="country"), Actor.objects.create(name="Seoul"))
    Mention.objects.create(event=launch, article=article, sentence=text[:51], cue="on Thursday",
                           sentence_start=0, sentence_end=51, cue_start=39, cue_end=50)
    Event.objects.create(title="Talks", date=D(2023, 3, 1), precision="month", status="rejected")
    Event.objects.create(title="Programme", date=D(2017, 1, 1), precision="year", end_date=D(2023, 1, 1))


def exported(tmp_path, name):
    path = tmp_path / name
    call_command("export_timeline", str(path), verbosity=0)
    return path


def canonical(path):
    """The file's records, in an order that does not depend on insertion."""
    import gzip

    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt") as handle:
        records = json.load(handle)
    for record in records:
        record["fields"].pop("last_login", None)
        for name, value in record["fields"].items():
            if isinstance(value, str) and (timestamp := TIMESTAMP.fullmatch(value)):
                record["fields"][name] = f"{timestamp[1]}{timestamp[2] or '.000'}Z"
    return sorted(json.dumps(r, sort_keys=True) for r in records)


# Django's JSON serializer writes times to the millisecond, and a whole
# second without its ".000": a time 0.0004 s past a second is exported as
# "…:37.000Z" and comes back as "…:37Z" (the same millisecond).
TIMESTAMP = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d{3})?Z")


def empty_the_database():
    """As after `migrate` on a new database: no rows but the migrations' own."""
    for model in (Mention, Event, Article, Actor, Category, User, Group):
        model.objects.all().delete()
    # The history too (deleting rows above recorded their deletion): a new
    # database has none, and the file brings the exported history back.
    for model in django_apps.get_app_config("timeline").get_models():
        if model.__name__.startswith("Historical"):
            model.objects.all().delete()
    from importlib import import_module

    # migrate's own rows have no history (migrations use historical models).
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        import_module("timeline.migrations.0002_default_categories").add_categories(django_apps, None)


def test_export_import_round_trip_loses_nothing(timeline, tmp_path):
    # A time a few microseconds past a second (the export keeps milliseconds).
    Event.objects.filter(pk=Event.objects.order_by("pk")[0].pk).update(
        updated_at=datetime.datetime(2024, 5, 1, 9, 30, 12, 400, tzinfo=datetime.UTC)
    )
    before = exported(tmp_path, "timeline.json.gz")
    counts = {m: m.objects.count() for m in (Article, Event, Mention, Actor, Category, User, Group)}
    assert counts[Event] > 300 and counts[Mention] >= counts[Event] - 3
    empty_the_database()

    call_command("import_timeline", str(before), verbosity=0)

    assert {m: m.objects.count() for m in counts} == counts
    assert canonical(exported(tmp_path, "again.json.gz")) == canonical(before)
    launch = Event.objects.get(title="Missile launch")
    assert (launch.status, launch.category.slug, launch.created_by.username) == ("confirmed", "sanctions", "editor")
    assert sorted(a.name for a in launch.actors.all()) == ["North Korea", "Seoul"]
    assert launch.mentions.get().article.imported_by.username == "editor"
    assert User.objects.get(username="editor").check_password("pw-editor-123")
    assert User.objects.get(username="editor").has_perm("timeline.change_event")
    # The search index follows the imported rows, and new rows get fresh ids.
    assert launch in Event.objects.search("missile")
    Event.objects.create(title="After the import", date=D(2024, 1, 1))


def test_import_refuses_a_database_that_is_not_empty(timeline, tmp_path):
    path = exported(tmp_path, "timeline.json")
    with pytest.raises(CommandError, match="only fills an empty database"):
        call_command("import_timeline", str(path), verbosity=0)


def test_a_damaged_file_imports_nothing(timeline, tmp_path):
    path = exported(tmp_path, "timeline.json")
    records = json.loads(path.read_text())
    mention = next(r for r in reversed(records) if r["model"] == "timeline.mention")
    mention["fields"]["event"] = 10**9  # a mention of an event that does not exist
    path.write_text(json.dumps(records))
    empty_the_database()
    with pytest.raises(Exception):  # noqa: B017  (IntegrityError or DeserializationError, by database)
        call_command("import_timeline", str(path), verbosity=0)
    assert not Article.objects.exists() and not Event.objects.exists() and not User.objects.exists()
    assert Category.objects.count() == 10
