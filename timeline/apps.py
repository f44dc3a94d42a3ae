from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Timeline"

    def ready(self):
        from timeline import checks, signals  # noqa: F401  (registers the checks and signal handlers)
