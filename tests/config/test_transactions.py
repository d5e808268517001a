"""A write request that fails saves nothing: the middleware's one transaction per write."""

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory
from rest_framework.exceptions import ValidationError
from rest_framework.views import APIView

from config.transactions import AtomicWritesMiddleware
from gradebook.models import Course

pytestmark = pytest.mark.django_db(transaction=True)


def _run(view, method="post"):
    request = getattr(RequestFactory(), method)("/")
    middleware = AtomicWritesMiddleware(lambda r: HttpResponse())
    return middleware.process_view(request, view, (), {})


def _half_then_fail(request):
    Course.objects.create(code="HALF", title="Written before the failure")
    raise RuntimeError("the second write failed")


class HalfThenRefuse(APIView):
    authentication_classes, permission_classes = [], []

    def post(self, request):
        Course.objects.create(code="HALF", title="Written before the refusal")
        raise ValidationError({"title": ["Refused after the first write."]})


def test_a_view_that_raises_after_a_write_leaves_nothing():
    with pytest.raises(RuntimeError):
        _run(_half_then_fail)
    assert not Course.objects.exists()


def test_an_api_error_after_a_write_answers_400_and_leaves_nothing():
    response = _run(HalfThenRefuse.as_view())
    assert response.status_code == 400
    assert not Course.objects.exists()


def test_reads_and_views_that_opt_out_are_left_to_django_outside_a_transaction():
    def write(request):
        raise AssertionError("the middleware must not call this view")

    class Streaming(APIView):
        atomic_writes = False

    assert _run(write, method="get") is None
    assert _run(transaction.non_atomic_requests(write)) is None
    assert _run(Streaming.as_view()) is None
