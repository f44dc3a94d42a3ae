"""Messages as plain text, always.

Django's cookie and session storages remember whether a message was marked
safe and mark it safe again when reading it back. A messages cookie comes
from the client: anyone who can sign one (a leaked or default SECRET_KEY)
could then inject markup into the next page. These storages drop that
flag, both when a message is added and when it is read back, so the
template always escapes it."""
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.messages.storage.session import SessionStorage


def plain_text(message):
    # str.__str__ of a str subclass (SafeString) is a plain str copy.
    return str.__str__(str(message))


class PlainTextMixin:
    def add(self, level, message, extra_tags=""):
        super().add(level, plain_text(message) if message else message, extra_tags)

    def _get(self, *args, **kwargs):
        messages, all_retrieved = super()._get(*args, **kwargs)
        for message in messages or []:
            if isinstance(getattr(message, "message", None), str):
                message.message = plain_text(message.message)
        return messages, all_retrieved


class PlainTextCookieStorage(PlainTextMixin, CookieStorage):
    pass


class PlainTextSessionStorage(PlainTextMixin, SessionStorage):
    pass


class PlainTextFallbackStorage(PlainTextMixin, FallbackStorage):
    storage_classes = (PlainTextCookieStorage, PlainTextSessionStorage)
