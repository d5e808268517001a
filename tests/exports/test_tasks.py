"""The exports app's scheduled task sends again the builds whose message was lost."""

import pytest
from django.core.management import call_command
from django_q.brokers import get_broker
from django_q.models import OrmQ, Schedule

from exports import services as exports
from exports import tasks
from exports.schedules import LOST_BUILDS
from tests.consent.helpers import make_superuser

pytestmark = pytest.mark.django_db


def test_an_approved_export_whose_message_was_lost_is_sent_again_once_the_queue_is_empty(settings):
    settings.WORKER_RESEND_QUEUED_AFTER_SECONDS = 0
    root = make_superuser()
    export = exports.request_export(root)
    exports.approve(export, root)  # the test's transaction never commits: its message is never sent
    waiting_behind = exports.request_export(root)
    broker = get_broker()
    broker.enqueue("another task's message")

    assert tasks.resend_lost_builds() == {"resent": 0}  # the queue holds work: nothing is lost yet
    OrmQ.objects.all().delete()
    assert tasks.resend_lost_builds() == {"resent": 1}
    assert broker.queue_size() == 1 and waiting_behind.status == "requested"
    assert tasks.resend_lost_builds() == {"resent": 0}  # sent once: it is in the queue now


def test_an_export_approved_a_moment_ago_is_not_sent_again(settings):
    settings.WORKER_RESEND_QUEUED_AFTER_SECONDS = 300
    root = make_superuser()
    exports.approve(exports.request_export(root), root)

    assert tasks.resend_lost_builds() == {"resent": 0}


def test_setup_schedules_looks_for_lost_builds_every_minute():
    call_command("setup_schedules")

    schedule = Schedule.objects.get(name=LOST_BUILDS)
    assert (schedule.func, schedule.minutes, schedule.repeats) == ("exports.tasks.resend_lost_builds", 1, -1)
