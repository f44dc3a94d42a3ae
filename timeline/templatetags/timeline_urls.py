"""{% fixed_url %}: {% url %} for links that are the same on every request.

Django's reverse() walks the URL patterns for each call (~50 µs), and the
timeline page holds some twenty links to other views (the menu, the
follow-up requests, the exports): reversing them was about a tenth of an
uncached page's CPU. Their arguments are written in the template, so each
is reversed once per process (per script prefix and URLconf)."""
import functools

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.defaulttags import URLNode, url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


@functools.lru_cache(maxsize=256)
def _reversed(viewname, args, script_prefix, urlconf):
    # script_prefix is in the key only: reverse() reads it itself.
    return reverse(viewname, args=args, urlconf=urlconf)


class FixedURLNode(URLNode):
    def render(self, context):
        # What URLNode.render does, but for the cached reverse() (and with
        # no current_app: the site's namespaces have one instance each).
        args = tuple(arg.resolve(context) for arg in self.args)
        try:
            link = _reversed(self.view_name.resolve(context), args, get_script_prefix(), get_urlconf())
        except NoReverseMatch:
            if self.asvar is None:
                raise
            link = ""  # "as" is how a template asks for a view that may not be installed
        if self.asvar:
            context[self.asvar] = link
            return ""
        return conditional_escape(link) if context.autoescape else link


@register.tag
def fixed_url(parser, token):
    """{% fixed_url 'timeline:export' 'csv' [as name] %}: as {% url %}, for
    literal positional arguments (none taken from the request)."""
    node = url(parser, token)
    if node.kwargs or any(arg.is_var for arg in [node.view_name, *node.args]):
        raise template.TemplateSyntaxError("fixed_url takes the view's name and positional arguments as literals.")
    return FixedURLNode(node.view_name, node.args, node.kwargs, node.asvar)


@receiver(setting_changed)
def _forget_urls(setting, **kwargs):
    # As Django empties its own URL caches when a test changes the URLconf.
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()
