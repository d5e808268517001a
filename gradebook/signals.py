"""Signals for the apps above the gradebook (the gradebook never imports them).

- ``submissions_arrived``: ``assignment_id``, ``submission_ids``, sent once new submissions are
  committed (typed, uploaded, bulk, API, imported). The grading app listens: it precomputes
  suggestions for the ungraded ones, so the grading form has one when it opens.
- ``grades_released``: ``assignment``, ``user`` (who released).
- ``regrade_requested``: ``request`` (a RegradeRequest; the student acted through their link).
- ``regrade_answered``: ``request``, ``user`` (who answered).

The audit log lives in consent, above the gradebook; releasing grades and the regrade
round-trip are audit events, so consent records the last three (consent/apps.py connects the
receivers). They are sent inside the service's transaction: the audit event is written with
the change, or neither is.
"""

from django.dispatch import Signal

submissions_arrived = Signal()
grades_released = Signal()
regrade_requested = Signal()
regrade_answered = Signal()
