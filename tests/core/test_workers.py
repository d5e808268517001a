"""A worker's outcome is written through a database that is briefly gone (the real restart is in
tests/integration/test_worker_faults.py)."""

import pytest
from django.db import OperationalError

from core.workers import write_outcome

pytestmark = pytest.mark.django_db


def write_failing(times: int):
    calls = []

    def write():
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError("the database system is starting up")

    return write, calls


def test_an_outcome_is_written_once_the_database_is_back():
    write, calls = write_failing(times=2)

    assert write_outcome(write, waits=(0, 0, 0)) is True
    assert len(calls) == 3


def test_an_outcome_the_database_never_takes_is_reported_unwritten():
    write, calls = write_failing(times=10)

    assert write_outcome(write, waits=(0, 0)) is False
    assert len(calls) == 2
