"""``{% panels "slot" key=value ... %}``: the panels other apps registered for a slot (gradebook.panels)."""

from django import template

from .. import panels as registry

register = template.Library()


@register.simple_tag(takes_context=True)
def panels(context, slot, **values):
    return registry.render(slot, context.get("request"), **values)
