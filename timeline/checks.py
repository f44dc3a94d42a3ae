"""Refusing to serve with a secret key everyone knows.

The settings fall back to a development key so that management commands
run without configuration; serving the site with it and DEBUG off would let
anyone forge session and messages cookies. The WSGI application refuses to
start (timeline/wsgi.py) and `check --deploy` reports an error."""
from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

MIN_SECRET_KEY_LENGTH = 50


def secret_key_problem(conf=settings):
    """Why the secret key is unfit to serve with, or None."""
    key = conf.SECRET_KEY
    if not key or key == conf.DEVELOPMENT_SECRET_KEY or key.startswith("django-insecure"):
        return "DJANGO_SECRET_KEY is not set (the development key is refused when DEBUG is off)."
    if len(key) < MIN_SECRET_KEY_LENGTH or len(set(key)) < 5:
        return f"DJANGO_SECRET_KEY is too weak: use at least {MIN_SECRET_KEY_LENGTH} random characters."
    return None


def refuse_insecure_serving(conf=settings):
    """Raise ImproperlyConfigured when serving with DEBUG off and an unfit key."""
    if conf.DEBUG:
        return
    problem = secret_key_problem(conf)
    if problem:
        raise ImproperlyConfigured(
            problem + " Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )


@register("security", deploy=True)
def check_secret_key(app_configs, **kwargs):
    problem = secret_key_problem()
    if problem is None:
        return []
    return [Error(problem, hint="Set DJANGO_SECRET_KEY in the environment.", id="timeline.E001")]
