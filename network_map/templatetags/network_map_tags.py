from urllib.parse import urlencode

from django import template

register = template.Library()


@register.filter
def query_string(values):
    """``{"departement": "07"}`` → ``"?departement=07"`` (``"?"`` alone when empty)."""
    return "?" + urlencode(values)
