"""The shared cache under bin/serve's settings (DJANGO_CACHE_URL=db): on
SQLite in a file of its own, so that a reader never waits for the write
lock a bulk import's batch holds on the database, and a cache that fails
means an uncached page, never a 500."""
import sqlite3
import time

import pytest
from test_production import (
    ROOT,
    fetch,
    free_port,
    production_env,
    run_python,
    start_gunicorn,
    stop,
    wait_until_answering,
)

from timeline.cache_backends import RedisCache


@pytest.fixture
def gunicorn_db_cache(tmp_path):
    """gunicorn with two workers, bin/serve's cache and its own SQLite
    database, set up by the commands bin/serve runs; yields (base URL,
    database file, cache file)."""

    def start(**extra):
        env = production_env(tmp_path, DJANGO_CACHE_URL="db", WEB_CONCURRENCY="2", GUNICORN_ACCESS_LOG="0", **extra)
        for command in (["migrate", "--noinput"], ["createcachetable"]):
            result = run_python(["manage.py", *command], env, timeout=300)
            assert result.returncode == 0, result.stderr
        port = free_port()
        log = open(tmp_path / "gunicorn.log", "w+")
        server = start_gunicorn(env, port, log)
        started.append((server, log))
        base = f"http://127.0.0.1:{port}"
        wait_until_answering([base], [server], log, 120, "gunicorn")
        return base, env, tmp_path / "serve.sqlite3", tmp_path / "serve-cache.sqlite3"

    started = []
    yield start
    for server, log in started:
        stop(server)
        log.close()


def answers_while_locked(base, locked_file, urls):
    """Hold `locked_file`'s write lock (as a batch or a stuck process would)
    while each of `urls` is fetched: each answers 200 within 5 seconds."""
    holder = sqlite3.connect(locked_file, timeout=1, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        for url in urls:
            began = time.monotonic()
            status = fetch(base + url)[0]
            seconds = time.monotonic() - began
            assert status == 200, url
            assert seconds < 5, (url, seconds)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_reader_does_not_wait_for_a_held_write_lock(gunicorn_db_cache):
    """A bulk import's batch holds SQLite's write lock for a second or more.
    A reader's cache miss stores the response in the shared cache; with the
    cache table in the database itself that write waited for the lock (up to
    the 20-second busy timeout). Fails before the cache had a file of its
    own: each request below took 20 s."""
    base, env, database, cache_file = gunicorn_db_cache()
    # The import's batch, holding the database's write lock.
    answers_while_locked(base, database, ["/?q=held-lock", "/?q=held-lock-2", "/?date_from=2020-01-01"])
    # The responses were stored in the cache file, which every worker and
    # every process on this database shares, and not in the database.
    stored = sqlite3.connect(cache_file).execute("SELECT count(*) FROM timeline_cache").fetchone()[0]
    assert stored >= 1
    assert not sqlite3.connect(database).execute(
        "SELECT name FROM sqlite_master WHERE name = 'timeline_cache'"
    ).fetchall()


def test_workers_and_processes_share_the_cache(gunicorn_db_cache):
    """Two gunicorn workers and a management command see one cache: what a
    command stores, every worker answers (the outlets list, whichever
    worker takes the request)."""
    base, env, database, cache_file = gunicorn_db_cache()
    stored = run_python(["manage.py", "shell", "-c",
                         "from django.core.cache import cache; "
                         "from timeline.models import SOURCES_CACHE_KEY; "
                         "cache.set(SOURCES_CACHE_KEY, ['Cached Only Wire'], 300)"], env)
    assert stored.returncode == 0, stored.stderr
    # Several requests, so that both workers answer some.
    for _ in range(6):
        status, _, body = fetch(base + "/suggest/source/?q=Cached")
        assert status == 200 and b"Cached Only Wire" in body


def test_a_locked_cache_file_means_an_uncached_page_not_an_error(gunicorn_db_cache):
    """The cache file's own lock held (by a stuck process) past the cache's
    timeout: reads still answer, writes are dropped, the page is 200."""
    base, env, database, cache_file = gunicorn_db_cache(DJANGO_CACHE_SQLITE_TIMEOUT="0.5")
    answers_while_locked(base, cache_file, ["/?q=locked-cache", "/?q=locked-cache-2"])


def test_redis_down_means_a_miss_and_a_dropped_write():
    cache = RedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}})
    assert cache.get("key") is None
    assert cache.get("key", "fallback") == "fallback"
    assert cache.set("key", "value") is None
    assert cache.add("key", "value") is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.delete("key") is False
    cache.delete_many(["a"])


def test_bin_serve_sets_up_the_cache_file_itself(tmp_path):
    """From a fresh clone no step is manual: bin/serve's own commands
    (migrate, createcachetable) make the cache file and its table."""
    assert "manage.py createcachetable" in (ROOT / "bin" / "serve").read_text()
    env = production_env(tmp_path, DJANGO_CACHE_URL="db")
    result = run_python(["manage.py", "createcachetable"], env)
    assert result.returncode == 0, result.stderr
    tables = sqlite3.connect(tmp_path / "serve-cache.sqlite3").execute("SELECT name FROM sqlite_master").fetchall()
    assert ("timeline_cache",) in tables


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("backend", [
    {"BACKEND": "timeline.cache_backends.DatabaseCache", "LOCATION": "no_such_cache_table"},
    {"BACKEND": "timeline.cache_backends.RedisCache", "LOCATION": "redis://127.0.0.1:1/0",
     "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}},
], ids=["db-table-missing", "redis-down"])
def test_a_failing_shared_cache_gives_uncached_pages_not_500(client, settings, backend):
    """Fails before the degrading backends: Django's raise, and the reader
    got a 500."""
    settings.CACHES = {**settings.CACHES, "default": backend}
    for url in ("/", "/?q=anything", "/suggest/source/?q=Wire"):
        assert client.get(url).status_code == 200, url
    assert client.get("/", HTTP_HX_REQUEST="true").status_code == 200
