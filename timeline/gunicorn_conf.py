"""gunicorn settings for bin/serve; each can be changed from the environment.

Workers: gunicorn's rule of thumb, two per core plus one. Threads: the
sync worker (one request at a time per process) unless GUNICORN_THREADS
asks for gthread. A request here is mostly Python (template rendering,
~17 ms for the results partial) and a few short PostgreSQL queries, so
threads, which share one interpreter lock, add little over processes; the
choice was not measured under load (the machine it was built on was shared),
so GUNICORN_THREADS lets an operator try it."""
import multiprocessing
import os

workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# A worker is replaced now and then, so a slow leak never grows for long.
max_requests = 5000
max_requests_jitter = 500
# The app is imported once, in the master, before the workers fork: they
# share its memory, and gc.freeze() keeps the garbage collector from
# scanning the ~100,000 objects Django, dateparser and pycountry load at
# start-up on every collection in every worker.
preload_app = True


def pre_fork(server, worker):
    import gc

    gc.freeze()


# The proxy in front (if any) is on this machine.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicorn's own logs as JSON lines on stdout, like Django's (settings.LOGGING).
# GUNICORN_ACCESS_LOG=0 turns the access log off: with a logconfig_dict
# gunicorn logs every request whatever `accesslog` says, so the level says it.
access_log = os.environ.get("GUNICORN_ACCESS_LOG", "1") == "1"
accesslog = "-" if access_log else None
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "{asctime}{levelname}{name}{message}",
            "style": "{",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO" if access_log else "WARNING", "propagate": False},
    },
}
