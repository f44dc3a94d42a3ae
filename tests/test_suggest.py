"""Type-ahead for the actor and source filters (timeline/suggest.py)."""
from datetime import date as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from dom import element, elements, text

from timeline.models import Actor, Article
from timeline.suggest import actor_suggestions, find_actor, find_source, source_suggestions

pytestmark = pytest.mark.django_db


@pytest.fixture
def actors():
    for name in ["Kim Jong Un", "Kim Yo Jong", "Kimberly Process", "North Korea", "South Korea", "Jong Park",
                 "Ministry of Unification", "50% Club", 'The "Quoted" Group']:
        Actor.objects.create(name=name)


def test_names_starting_with_the_term_come_first_then_names_containing_it(actors):
    assert actor_suggestions("kim") == ["Kim Jong Un", "Kim Yo Jong", "Kimberly Process"]
    assert actor_suggestions("JONG") == ["Jong Park", "Kim Jong Un", "Kim Yo Jong"]
    assert actor_suggestions("korea") == ["North Korea", "South Korea"]


def test_short_terms_match_by_prefix_only_and_empty_ones_suggest_nothing(actors):
    assert actor_suggestions("so") == ["South Korea"]
    assert actor_suggestions("") == [] and actor_suggestions("   ") == []


def test_search_syntax_and_wildcards_are_plain_text(actors):
    assert actor_suggestions("50%") == ["50% Club"]
    assert actor_suggestions("%") == []
    assert actor_suggestions('"quoted"') == ['The "Quoted" Group']
    assert actor_suggestions("quoted\" OR \"") == []


def test_renamed_and_deleted_actors_leave_the_suggestions(actors):
    actor = Actor.objects.get(name="Kimberly Process")
    actor.name = "Diamond Certification"
    actor.save()
    assert actor_suggestions("berly") == []
    assert actor_suggestions("certif") == ["Diamond Certification"]
    actor.delete()
    assert actor_suggestions("certif") == []


def test_the_list_is_bounded(db):
    Actor.objects.bulk_create([Actor(name=f"Agency {i:03}", slug=f"agency-{i}") for i in range(40)])
    assert len(actor_suggestions("agency")) == 10
    assert len(actor_suggestions("agency", limit=25)) == 25


def test_find_actor_by_name_in_any_case_or_by_slug(actors):
    assert find_actor("north KOREA").name == "North Korea"
    assert find_actor("  north   korea ").name == "North Korea"
    assert find_actor("north-korea").name == "North Korea"
    assert find_actor("Nowhere") is None and find_actor("") is None


def test_the_lookups_take_one_to_three_queries(actors):
    # Names by prefix, aliases by prefix, names containing the term; each
    # is asked only when the ones before leave the list short.
    with CaptureQueriesContext(connection) as queries:
        actor_suggestions("jong")
    assert len(queries) == 3
    Actor.objects.bulk_create([Actor(name=f"Jong {i:03}", slug=f"jong-{i}") for i in range(10)])
    with CaptureQueriesContext(connection) as queries:
        actor_suggestions("jong")
    assert len(queries) == 1


def test_sources(db):
    for title, source in [("A", "Harbor Wire"), ("B", "Coast Gazette"), ("C", "The Harbor Times")]:
        Article.objects.create(title=title, source=source, published=D(2023, 4, 6), text=f"{title} text here.")
    assert source_suggestions("harb") == ["Harbor Wire", "The Harbor Times"]
    assert source_suggestions("gaz") == ["Coast Gazette"]
    assert find_source("harbor wire") == "Harbor Wire" and find_source("Nope") is None


def test_the_endpoint_answers_options_for_a_datalist(client, actors):
    response = client.get("/suggest/actor/", {"actor": "kim"})
    assert response.status_code == 200
    options = [option.get("value") for option in elements(response, "option")]
    assert options == ["Kim Jong Un", "Kim Yo Jong", "Kimberly Process"]
    assert [o.get("value") for o in elements(client.get("/suggest/actor/", {"q": "north"}), "option")] == ["North Korea"]
    assert client.get("/suggest/nothing/", {"q": "x"}).status_code == 404
    assert client.post("/suggest/actor/", {"q": "x"}).status_code == 405


def test_the_endpoint_escapes_names(client, db):
    Actor.objects.create(name="<script>alert(1)</script> Front")
    response = client.get("/suggest/actor/", {"q": "<script"})
    assert "<script>" not in response.content.decode()
    assert [o.get("value") for o in elements(response, "option")] == ["<script>alert(1)</script> Front"]
    assert not elements(response, "script")


def test_the_filter_input_asks_for_suggestions_and_works_without_javascript(client, actors):
    page = client.get("/", {"actor": "Kim Jong Un"})
    field = element(page, "input[name=actor]")
    assert element(page, f"datalist#{field.get('list')}").get("id") == "id_actor_options"
    assert (field.get("hx-get"), field.get("hx-push-url")) == ("/suggest/actor/", "false")
    assert field.value == "Kim Jong Un"
    assert element(page, f"label[for={field.get('id')}]") is not None and text(element(page, f"label[for={field.get('id')}]"))


def test_actors_are_found_by_their_aliases(actors):
    # "Pyongyang" and "DPRK" are other names of North Korea: typing either
    # suggests the actor under its name (what the filter takes), once.
    Actor.objects.get(name="North Korea").add_aliases(["DPRK", "Pyongyang", "Democratic People's Republic"])
    assert actor_suggestions("pyong") == ["North Korea"]
    assert actor_suggestions("D") == ["North Korea"]
    # Names starting with the term first, then aliases starting with it,
    # then names containing it.
    Actor.objects.get(name="Kim Jong Un").add_aliases(["Korean leader"])
    assert actor_suggestions("korea") == ["Kim Jong Un", "North Korea", "South Korea"]
    Actor.objects.create(name="Korean Air")
    assert actor_suggestions("korea") == ["Korean Air", "Kim Jong Un", "North Korea", "South Korea"]
    assert find_actor("pyongyang").name == "North Korea"
    assert find_actor("dprk").name == "North Korea"


def test_an_alias_of_an_actor_already_suggested_is_not_repeated(actors):
    Actor.objects.get(name="Kim Jong Un").add_aliases(["Kim Jong-un", "Kim Jongun"])
    assert actor_suggestions("kim jong") == ["Kim Jong Un"]
