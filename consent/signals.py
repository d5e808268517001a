"""Signals for the layers above consent (consent never imports them).

``consent_withdrawn`` is sent after a withdrawal is saved, with ``records`` (the withdrawn
ConsentRecords), ``student`` (a Student or None) and ``user`` (an instructor or None).
training listens to flag exports (and later model versions) that hold the withdrawn work.
"""

from django.dispatch import Signal

consent_withdrawn = Signal()
