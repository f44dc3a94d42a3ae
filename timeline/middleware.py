"""A private site (settings.TIMELINE_PUBLIC off): reading needs an account."""
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

# Reachable without an account on a private site: signing in, the admin
# (which has its own login) and static files.
OPEN_PREFIXES = ("/accounts/", "/admin/", "/static/")


def private_site_middleware(get_response):
    def middleware(request):
        if not settings.TIMELINE_PUBLIC and not request.path.startswith(OPEN_PREFIXES):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perm("timeline.view_event"):
                raise PermissionDenied("Reading this timeline needs the viewer role.")
        return get_response(request)

    return middleware
