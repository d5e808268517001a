"""A service's Conflict is a 409 with its message in every API, without a view catching it."""

import pytest
from rest_framework.test import APIClient

from tests.consent.helpers import make_superuser
from tests.gradebook.factories import make_instructor
from tests.training.builders import ready_export
from training.models import TrainingJob

pytestmark = pytest.mark.django_db


def test_approving_an_export_twice_is_a_409_that_says_why():
    root = make_superuser()
    export = ready_export(root)
    api = APIClient()
    api.force_authenticate(root)

    response = api.post(f"/api/v1/exports/{export.pk}/approve/")

    assert response.status_code == 409
    assert response.json() == {"detail": f"Export #{export.pk} is ready, not awaiting a decision."}


def test_a_staff_member_who_is_not_a_super_admin_is_refused_with_the_reason():
    export = ready_export()
    staff = make_instructor()
    staff.is_staff = True
    staff.save()
    api = APIClient()
    api.force_authenticate(staff)

    response = api.post("/api/v1/training/jobs/", {"export": export.pk}, format="json")

    assert response.status_code == 403
    assert not TrainingJob.objects.exists()
