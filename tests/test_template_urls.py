"""{% fixed_url %} (timeline/templatetags/timeline_urls.py): {% url %}, reversed once per process."""
import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.urls import NoReverseMatch


def render(text, **context):
    return Template("{% load timeline_urls %}" + text).render(Context(context))


@pytest.mark.parametrize("arguments", [
    "'timeline:index'", "'timeline:export' 'csv'", "'timeline:facets'", "'login'", "'admin:index'",
])
def test_fixed_url_is_what_url_gives(arguments):
    for _ in range(2):  # reversed, then from the cache
        assert render(f"{{% fixed_url {arguments} %}}") == render(f"{{% url {arguments} %}}")
        assert render(f"{{% fixed_url {arguments} as link %}}[{{{{ link }}}}]") == render(
            f"{{% url {arguments} as link %}}[{{{{ link }}}}]"
        )


def test_a_view_not_installed_fails_as_url_does():
    with pytest.raises(NoReverseMatch):
        render("{% fixed_url 'timeline:nothing' %}")
    assert render("{% fixed_url 'timeline:nothing' as link %}[{{ link }}]") == "[]"


def test_fixed_url_takes_literals_only():
    with pytest.raises(TemplateSyntaxError):
        render("{% fixed_url 'timeline:export' kind %}", kind="csv")
    with pytest.raises(TemplateSyntaxError):
        render("{% fixed_url 'timeline:export' kind='csv' %}")


def test_fixed_url_follows_the_script_prefix():
    from django.urls import set_script_prefix

    try:
        set_script_prefix("/under/")
        assert render("{% fixed_url 'timeline:facets' %}") == render("{% url 'timeline:facets' %}")
        assert render("{% fixed_url 'timeline:facets' %}").startswith("/under/")
    finally:
        set_script_prefix("/")
