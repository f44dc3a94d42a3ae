import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
application = get_wsgi_application()

# Serving (gunicorn, runserver) with DEBUG off needs a real secret key.
from timeline.checks import refuse_insecure_serving  # noqa: E402

refuse_insecure_serving()
