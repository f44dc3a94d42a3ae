"""Import matching across dates (issue 14): a report joins the event it
reports when its date is finer or coarser than the event's (a plan "in May",
a launch "on 12 May"), or a few days from it when the wording says it is the
same happening (then the sources' dates are a dispute); distinct happenings
on nearby days, and a month's summary beside its items, stay apart.
All texts are written for these tests."""
import datetime

import pytest
from dom import element, elements, text

from timeline.importing import import_article
from timeline.models import Event, Stage

D = datetime.date

# One launch, dated Wednesday 5 April by one outlet and Tuesday 4 April by another.
WEDNESDAY = (
    "SEOUL, April 6 (Harbor Wire) — North Korea fired a ballistic missile into the sea off its east coast on "
    "Wednesday, South Korea's military said."
)
TUESDAY = (
    "TOKYO (Coastline Daily) — North Korea fired a ballistic missile into the sea off its east coast on Tuesday, "
    "Japan's defence ministry said."
)
# Two launches, each reported the day it happened: Monday 3 and Wednesday 5 April.
MONDAY_LAUNCH = (
    "SEOUL, April 3 (Harbor Wire) — North Korea fired a ballistic missile into the sea off its east coast on "
    "Monday, South Korea's military said."
)
WEDNESDAY_LAUNCH = WEDNESDAY.replace("April 6", "April 5")
# Written after both, naming both days.
SECOND_LAUNCH = (
    "North Korea fired a ballistic missile into the sea off its east coast on Wednesday, two days after it fired "
    "one on Monday, South Korea's military said."
)
PLAN = "North Korea plans to launch a military reconnaissance satellite in May, state media said."
LAUNCHED = "North Korea launched a military reconnaissance satellite on Friday, state media said."
SUMMARY = (
    "SEOUL, April 2 (Harbor Wire) - In March alone, North Korea fired nearly 20 ballistic missiles in seven "
    "launch events, according to South Korea's military."
)
LAUNCH = (
    "SEOUL, {day} (Harbor Wire) - North Korea fired a ballistic missile into the sea on {weekday}, "
    "the South Korean military said."
)


def report(text, published, source="Harbor Wire", title=None):
    return import_article(title=title or text[:40], source=source, published=published, text=text)[0]


def launch_in_march(day):
    date = D(2023, 3, day)
    text = LAUNCH.format(day=f"March {day + 1}", weekday=date.strftime("%A"))
    return report(text, date + datetime.timedelta(days=1))


@pytest.mark.django_db
def test_two_articles_dating_one_launch_a_day_apart_make_one_disputed_event(client):
    report(WEDNESDAY, D(2023, 4, 6))
    report(TUESDAY, D(2023, 4, 7), source="Coastline Daily")

    event = Event.objects.get()
    assert event.mentions.count() == 2
    assert event.disputed
    assert event.date == D(2023, 4, 5)  # the first source's date stays until an editor chooses
    assert sorted(event.mentions.values_list("date", flat=True)) == [D(2023, 4, 4), D(2023, 4, 5)]
    rows = elements(element(client.get(event.get_absolute_url()), "#claims table"), "tbody tr")
    dates = sorted(text(row.cssselect("td")[0]) for row in rows)
    assert dates[0].startswith("4 April 2023") and "Disputed" in dates[0]
    assert dates[1].startswith("5 April 2023") and "Disputed" in dates[1]


@pytest.mark.django_db
def test_launches_on_nearby_days_reported_as_they_happened_stay_two_events():
    report(MONDAY_LAUNCH, D(2023, 4, 3))
    report(WEDNESDAY_LAUNCH, D(2023, 4, 5))

    assert sorted(Event.objects.values_list("date", flat=True)) == [D(2023, 4, 3), D(2023, 4, 5)]
    assert not Event.objects.filter(disputed=True).exists()


@pytest.mark.django_db
def test_an_article_naming_both_days_does_not_join_its_launch_to_the_other():
    # Reported first a day late, so that publication dates alone would not
    # keep the two apart: the article's own "on Monday" does.
    report(MONDAY_LAUNCH.replace("April 3", "April 4"), D(2023, 4, 4))
    report(SECOND_LAUNCH, D(2023, 4, 6))

    wednesday = Event.objects.get(date=D(2023, 4, 5))
    assert wednesday.mentions.count() == 1
    assert not wednesday.disputed
    assert not Event.objects.filter(disputed=True).exists()


@pytest.mark.django_db
def test_a_plan_for_a_month_and_the_report_of_its_day_are_one_occurred_event():
    plan = report(PLAN, D(2023, 4, 20), title="Satellite plan")
    assert Event.objects.get().stage == Stage.PLANNED
    report(LAUNCHED, D(2023, 5, 13), title="Satellite launched")

    event = Event.objects.get()
    assert (event.date, event.precision, event.stage) == (D(2023, 5, 12), "day", Stage.OCCURRED)
    assert event.announced_by.article == plan
    assert not event.disputed  # May holds 12 May
    assert not event.dated_by_person()  # the import moved it, not a person
    moved = event.history.filter(precision="day").order_by("history_date", "history_id").first()
    assert moved.history_change_reason.startswith("Refined by a report")
    # The record of the move holds the event as it was then, actors included.
    added = event.history.get(history_type="+")
    assert (moved.history_type, moved.date, moved.last_day) == ("~", D(2023, 5, 12), D(2023, 5, 12))
    assert {a.actor_id for a in moved.actors.all()} == {a.actor_id for a in added.actors.all()} != set()


@pytest.mark.django_db
def test_a_finer_report_does_not_move_a_date_a_person_confirmed():
    report(PLAN, D(2023, 4, 20))
    Event.objects.update(status=Event.Status.CONFIRMED)
    report(LAUNCHED, D(2023, 5, 13))

    event = Event.objects.get()
    assert (event.date, event.precision) == (D(2023, 5, 1), "month")
    assert event.mentions.filter(date=D(2023, 5, 12), precision="day").exists()  # the claim is kept
    assert not event.disputed


@pytest.mark.django_db
def test_a_later_month_report_joins_the_one_day_event_it_holds():
    report(LAUNCHED, D(2023, 5, 13))
    report(PLAN.replace("plans to launch", "launched"), D(2023, 6, 2))

    event = Event.objects.get()
    assert (event.date, event.precision) == (D(2023, 5, 12), "day")
    assert event.mentions.count() == 2


@pytest.mark.django_db
def test_a_month_summary_is_not_taken_for_one_of_its_launches():
    launch_in_march(9)
    report(SUMMARY, D(2023, 4, 2))
    launch_in_march(16)

    summary = Event.objects.get(summary_count__isnull=False)
    assert summary.mentions.count() == 1
    assert sorted(e.date.day for e in summary.items.all()) == [9, 16]
    assert all(e.mentions.count() == 1 for e in summary.items.all())
