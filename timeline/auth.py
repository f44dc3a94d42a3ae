"""Login throttling for logins over the web only."""
from axes.backends import AxesStandaloneBackend


class WebLoginThrottle(AxesStandaloneBackend):
    """django-axes' check, for authentications that come with a request.

    Without a request (the test client's login(), a script calling
    authenticate()) there is no client to throttle; axes would raise, so
    such a call is passed on to the next backend instead."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
