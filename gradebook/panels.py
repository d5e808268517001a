"""Panels that apps above the gradebook add to its pages: the gradebook's extension point.

A page has named slots:

- ``"grade_form"``: above the grading form; context ``submission`` and ``suggestion`` (the
  suggestion the form was filled from, or None);
- ``"assignment_actions"``: under an assignment's actions; context ``assignment`` and
  ``has_ungraded``;
- ``"course_students"``: above a course's student list; context ``course``;
- ``"answer_group"``: beside an answer group's representative; context ``group`` and
  ``suggestion`` (the model's suggestion for the representative the form was filled from, or None).

An app registers a renderer for a slot in its ``AppConfig.ready()`` with
``register(slot, render)``; ``render(request, **context)`` returns HTML. The gradebook's
templates show every panel of a slot with ``{% load panels %}{% panels "grade_form" ... %}``,
so the gradebook never imports the apps that provide them (see README, Layout).
"""

from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

SLOTS = ("grade_form", "assignment_actions", "course_students", "answer_group")

_renderers: dict[str, list[Callable[..., str]]] = {slot: [] for slot in SLOTS}


def register(slot: str, render: Callable[..., str]) -> None:
    if slot not in _renderers:
        raise ValueError(f"No panel slot {slot!r}; the gradebook has {', '.join(SLOTS)}.")
    if render not in _renderers[slot]:
        _renderers[slot].append(render)


def render(slot: str, request, **context) -> SafeString:
    return mark_safe("".join(panel(request, **context) for panel in _renderers[slot]))
