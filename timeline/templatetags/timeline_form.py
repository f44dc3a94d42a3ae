"""The notes beside each filter field, written in Python.

The page writes them beside every field of the filter form, and each
results partial again out of band (index.html): as a template partial,
twelve renders of it cost more than the rest of the partial's template
around the rows."""
from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag(takes_context=True)
def filter_notes(context, field, note):
    """{% filter_notes field note %}: what the filter was read as (`note`,
    EventFilter.fields_with_notes) and its errors, each in an element of its
    own, swapped in out of band when the context says `oob`."""
    oob = ' hx-swap-oob="true"' if context.get("oob") else ""
    auto_id = conditional_escape(field.auto_id)
    errors = "".join(f"{conditional_escape(error)} " for error in field.errors)
    # The whitespace is the template partial's, whose HTML this keeps byte for byte.
    return SafeString(
        f'\n  \n  <small class="resolved" id="{auto_id}_resolved"{oob}>{conditional_escape(note)}</small>'
        f'\n  <span class="field-error" id="{auto_id}_error"{oob}>{errors}</span>\n'
    )
