"""Signals for the layers above training (training never imports them).

``version_created`` is sent once a new model version (a candidate) is saved and committed,
with ``version`` (the ModelVersion). The evaluation app listens: it evaluates the candidate
against the active version and the baselines, for the promotion gate.
"""

from django.dispatch import Signal

version_created = Signal()
