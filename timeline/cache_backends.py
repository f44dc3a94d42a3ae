"""The shared cache's backends: Django's, made to degrade, and the router
that keeps the database cache in its own SQLite file.

A cache is an optimisation: when reading or writing it fails (SQLite's
cache file locked past its timeout, a missing table, Redis down or slow),
the request goes on as if the entry were absent: a read answers the
default, a write is dropped, and a warning is logged. A page is then
rendered uncached, never answered 500."""
import functools
import logging

from django.core.cache.backends import db, redis
from django.db import DatabaseError

logger = logging.getLogger("timeline.cache")

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - redis is a runtime requirement
    RedisError = DatabaseError

FAILURES = (DatabaseError, OSError, RedisError)
# What each operation answers when the cache cannot: a miss, a dropped write.
FALLBACKS = {
    "get": lambda *args, default=None, **kwargs: args[1] if len(args) > 1 else default,
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "add": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: None,
    "set_many": lambda *args, **kwargs: list(args[0]) if args else [],
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
}


def degrading(operation, method):
    fallback = FALLBACKS[operation]

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except FAILURES as error:
            logger.warning("cache %s failed, going on uncached: %s: %s", operation, type(error).__name__, error)
            return fallback(*args, **kwargs)

    return wrapper


def degrade(cls):
    for operation in FALLBACKS:
        setattr(cls, operation, degrading(operation, getattr(cls, operation)))
    return cls


@degrade
class DatabaseCache(db.DatabaseCache):
    """Django's database cache; on SQLite its table is in the "cache"
    database (settings.py, CacheRouter)."""


@degrade
class RedisCache(redis.RedisCache):
    """Django's Redis cache."""


class CacheRouter:
    """The database cache's table (Django's pseudo-app "django_cache") in
    the "cache" database, and nothing else there."""

    CACHE_APP = "django_cache"

    def db_for_read(self, model, **hints):
        return "cache" if model._meta.app_label == self.CACHE_APP else None

    db_for_write = db_for_read

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if app_label == self.CACHE_APP:
            return db == "cache"
        return False if db == "cache" else None
