"""Template filters for showing scores."""

from django import template

register = template.Library()


@register.filter
def score(value):
    """50.0 -> '50', 12.25 -> '12.25'; empty values stay empty."""
    if value is None or value == "":
        return ""
    return f"{float(value):.4f}".rstrip("0").rstrip(".")
