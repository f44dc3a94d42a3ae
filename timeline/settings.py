"""Settings for the timeline project.

Everything that differs between a laptop and a server comes from the
environment; the defaults are safe for a local run (SQLite, DEBUG on only
when asked for, a development secret key that is refused when DEBUG is off).
"""
import datetime
import os
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from pythonjsonlogger.core import RESERVED_ATTRS as RESERVED_LOG_ATTRS

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

# The fallback key is only fit for a local run. Management commands may use
# it (they sign nothing), but the web application refuses to start with it
# when DEBUG is off (timeline/wsgi.py), and `check --deploy` reports it as an
# error (timeline/checks.py): with a known key anyone can forge sessions and
# messages cookies.
DEVELOPMENT_SECRET_KEY = "django-insecure-local-development-only"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or DEVELOPMENT_SECRET_KEY

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "simple_history",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files straight after the HTTPS redirect: they skip everything below.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole reading pages for readers without a session, until the next
    # write (timeline/response_cache.py): a hit skips everything below.
    "timeline.response_cache.response_cache_middleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Records who made each change kept in the history (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    # TIMELINE_PUBLIC off: reading needs an account with the viewer role.
    "timeline.middleware.private_site_middleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "timeline.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "timeline.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (postgres://...) selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while an import writes; IMMEDIATE transactions
    # take the write lock when they begin, so a writer waits out another
    # (up to the busy timeout, in seconds) instead of failing at once with
    # "database is locked" when it upgrades from reading to writing.
    # synchronous=NORMAL is safe in WAL mode (a power cut may lose the last
    # commits, never corrupt the file) and saves an fsync per commit.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No parallel workers: the timeline's queries walk an index and stop at
    # a LIMIT, and where PostgreSQL started workers for them (the samples of
    # facets and the overview at a million events) the three follow-ups of
    # a page view fought over a few cores: 207-568 ms for the overview of a
    # search against 81-83 ms in one process (bench/page_view.py;
    # docs/benchmarks/pages-and-load.md, "Page views").
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c max_parallel_workers_per_gather=0")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# whitenoise serves the collected files (bin/serve runs collectstatic) with
# compressed copies and, through the manifest, names that change with their
# content, so browsers may cache them for a year. The manifest needs
# collectstatic first: development and tests keep the plain storage.
STATIC_MANIFEST = env_bool("DJANGO_STATIC_MANIFEST", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "timeline:index"

# Caches. Several gunicorn workers (let alone several servers) must share
# the cache, or one worker would keep showing what another has changed:
# "db" (a table made by createcachetable; no server to run) is what
# bin/serve uses, "redis://host:6379/0" scales further, and the default
# "locmem" suits one process. Every shared backend degrades: a cache read
# or write that fails (a locked or missing table, Redis down) is logged
# and the request goes on uncached (timeline/cache_backends.py).
CACHE_URL = os.environ.get("DJANGO_CACHE_URL", "locmem")
if CACHE_URL == "db":
    # Room for the cached responses of a few thousand filter combinations
    # (Django's default of 300 entries made it cull constantly under load);
    # a response is ~50 KB, an export up to 2 MB (timeline/response_cache.py),
    # and expired rows go only when the table is culled, so not more.
    CACHES = {"default": {"BACKEND": "timeline.cache_backends.DatabaseCache", "LOCATION": "timeline_cache",
                          "OPTIONS": {"MAX_ENTRIES": 5000}}}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and DATABASES["default"]["NAME"] not in (
        "", ":memory:"
    ):
        # On SQLite the cache table lives in a file of its own beside the
        # database (db.sqlite3 -> db-cache.sqlite3; created by
        # createcachetable, which bin/serve runs), through the "cache"
        # alias (timeline.cache_backends.CacheRouter). In the main file a
        # cache miss's write would wait for SQLite's one write lock, held
        # by a bulk import's batch for a second or more; here cache writers
        # wait only for each other (a few ms), and not longer than
        # DJANGO_CACHE_SQLITE_TIMEOUT (2 s): past it the response goes out uncached.
        main_file = Path(DATABASES["default"]["NAME"])
        DATABASES["cache"] = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(main_file.with_name(f"{main_file.stem}-cache.sqlite3")),
            "CONN_MAX_AGE": DATABASES["default"].get("CONN_MAX_AGE", 0),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": float(os.environ.get("DJANGO_CACHE_SQLITE_TIMEOUT", "2")),
            },
        }
        DATABASE_ROUTERS = ["timeline.cache_backends.CacheRouter"]
elif CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "timeline.cache_backends.RedisCache", "LOCATION": CACHE_URL,
                          # Redis down or slow: fail within a second, then go on uncached.
                          "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}}
elif CACHE_URL == "locmem":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    raise ImproperlyConfigured(f"DJANGO_CACHE_URL={CACHE_URL!r}: use locmem, db or a redis:// URL.")
# Rendered timeline rows, keyed by the data version (timeline/templatetags/
# timeline_rows.py): correct in each process without sharing, and a hit must
# cost less than rendering the row (~0.2 ms), which a round trip would not.
CACHES["rows"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "timeline-rows",
                  "OPTIONS": {"MAX_ENTRIES": 5000}}
# Sessions live in the database (Django's default), which every server
# shares; "cached_db" reads them through the cache when it is shared.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if CACHE_URL != "locmem" else (
    "django.contrib.sessions.backends.db"
)

# Messages live in the session, on the server, never in a cookie: a client
# cannot forge one (with a leaked key, a signed messages cookie could claim
# to carry safe HTML), while the admin's own messages keep their links.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Security headers and cookies.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# DJANGO_HTTPS=1 declares that the site is served over HTTPS, normally by a
# proxy in front of gunicorn that terminates TLS and sets X-Forwarded-Proto
# (it must overwrite any such header a client sends). Then plain HTTP is
# redirected, cookies are sent over HTTPS only, and HSTS tells browsers to
# never use HTTP again.
HTTPS = env_bool("DJANGO_HTTPS", False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    # Preloading is a promise to browser vendors that is slow to undo: only
    # when the operator asks for it (check --deploy's W021 says so otherwise).
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Content Security Policy (django-csp): scripts and styles from our own
# origin only, never inline, so injected markup cannot run or restyle the
# page. htmx's own indicator <style> is turned off (base.html's htmx-config
# meta tag) and its rules live in site.css.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords
# for one username from one address, that pair is refused (429) for the
# cool-off time; a successful login resets the count. Behind a proxy every
# client shares the proxy's address, so the lock falls on the username.
AUTHENTICATION_BACKENDS = [
    "timeline.auth.WebLoginThrottle",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

# Mail. Without DJANGO_EMAIL_HOST nothing can be mailed, so password reset
# is switched off (its pages answer 404 and the login page does not offer it).
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_EMAIL_FROM", "timeline@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
PASSWORD_RESET_ENABLED = bool(EMAIL_HOST)
# "Name <address>, Other <address>": they are mailed each server error's traceback.
ADMINS = [parseaddr(item) for item in env_list("DJANGO_ADMINS")]

# Logging: one JSON object per line on stdout (what container platforms and
# journald collect), tracebacks included; DJANGO_LOG_FORMAT=text for reading.
# WARNING by default: management commands print their results on stdout too
# (extract_events --format json), and must not find log lines among them.
LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "{asctime}{levelname}{name}{message}",
            "style": "{",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "reserved_attrs": [*RESERVED_LOG_ATTRS, "request"],
        },
        "text": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": os.environ.get("DJANGO_LOG_FORMAT", "text" if DEBUG else "json"),
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        # Server errors with their traceback; mailed too when ADMINS and mail are set.
        "django.request": {
            "handlers": ["stdout", *(["mail_admins"] if ADMINS and EMAIL_HOST else [])],
            "level": "WARNING",
            "propagate": False,
        },
        "django.server": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        # Its start-up banner is INFO; lockouts are WARNING.
        "axes": {"level": "WARNING"},
    },
}

# A public site lets anyone read the timeline; a private one (TIMELINE_PUBLIC=0)
# only people with the permission "Can view event" (the viewer role and up).
TIMELINE_PUBLIC = env_bool("TIMELINE_PUBLIC", True)

# One date format everywhere, the admin included: ISO 8601 or "6 Apr 2023",
# never 06/03/2023, which reads differently either side of the Atlantic.
FORMAT_MODULE_PATH = ["timeline.formats"]

# Largest article accepted by the import form and command (characters).
TIMELINE_MAX_ARTICLE_CHARS = 1_000_000

# Background jobs (bulk imports, re-extraction, feed polls) are stored in the
# database and run by `manage.py db_worker` (bin/worker): no other server is needed.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Fetching articles and feeds from the web (timeline/fetching.py). Private,
# loopback, link-local and other non-public addresses are refused unless
# TIMELINE_FETCH_ALLOW_PRIVATE is on: a server that fetches URLs for its users
# must not become their way into its own network.
TIMELINE_FETCH_ALLOW_PRIVATE = env_bool("TIMELINE_FETCH_ALLOW_PRIVATE", False)
TIMELINE_FETCH_TIMEOUT = float(os.environ.get("TIMELINE_FETCH_TIMEOUT", "15"))  # seconds, connect and each read
TIMELINE_FETCH_MAX_BYTES = int(os.environ.get("TIMELINE_FETCH_MAX_BYTES", str(5 * 1024 * 1024)))  # after decompression
TIMELINE_FETCH_MAX_REDIRECTS = 5
TIMELINE_FETCH_USER_AGENT = "TimelineImporter/1.0 (news timeline; article import)"
# The import review page: at most this many proposed events (happenings) on
# one page, each posting 8 fields (keep, title, date, category, actors, place,
# "same as", the statements' offsets). Django's default of 1,000 fields would
# refuse a page of about 120; the limit is raised for the review page's worst
# case, deliberately (tests/test_views_importing.py saves 1,000 proposals).
TIMELINE_MAX_PROPOSALS = 2000
DATA_UPLOAD_MAX_NUMBER_FIELDS = TIMELINE_MAX_PROPOSALS * 8 + 100

# htmx's timeline fragments are cached until the next write (views/browse.py);
# 0 turns that off (the browse benchmark times them uncached).
TIMELINE_FRAGMENT_CACHE = env_bool("TIMELINE_FRAGMENT_CACHE", True)
# A bulk import's batches bump the data version (and so renew every cached
# page) at most once in this many seconds; its last batch, and every other
# write, at once (models.DataVersion.held_for_batch; README, "Background jobs").
# For as long after such a bump (not the last batch's), a reader's page not yet
# rendered anew may be the one before it (response_cache.page_before_renewal).
TIMELINE_BULK_VERSION_SECONDS = float(os.environ.get("TIMELINE_BULK_VERSION_SECONDS", "15"))
