"""Signals for the layers above the gradebook (the gradebook never imports them).

The audit log lives in consent, above the gradebook; releasing grades and the regrade
round-trip are audit events, so the gradebook sends these signals and consent records them
(consent/apps.py connects the receivers). They are sent inside the service's transaction:
the audit event is written with the change, or neither is.

- ``grades_released``: ``assignment``, ``user`` (who released).
- ``regrade_requested``: ``request`` (a RegradeRequest; the student acted through their link).
- ``regrade_answered``: ``request``, ``user`` (who answered).
"""
from django.dispatch import Signal

grades_released = Signal()
regrade_requested = Signal()
regrade_answered = Signal()
