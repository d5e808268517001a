"""Signals for the apps above the gradebook (the gradebook never imports them).

``submissions_arrived`` is sent once new submissions are committed (typed, uploaded, bulk,
API, imported), with ``assignment_id`` and ``submission_ids``. The grading app listens: it
precomputes suggestions for the ungraded ones, so the grading form has one when it opens.
"""
from django.dispatch import Signal

submissions_arrived = Signal()
