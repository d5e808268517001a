"""Addresses that must not change when code moves between apps."""

import pytest

from tests.consent.helpers import make_superuser

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/admin/training/export/", "/admin/exports/export/"),
        ("/admin/training/export/3/change/?x=1", "/admin/exports/export/3/change/?x=1"),
        ("/admin/training/gradingbatch/", "/admin/grading/gradingbatch/"),
    ],
)
def test_admin_pages_of_models_that_left_training_redirect_to_their_new_address(client, old, new):
    client.force_login(make_superuser())

    response = client.get(old)

    assert response.status_code == 301 and response["Location"] == new
    assert client.get(new.split("?")[0]).status_code in (200, 302)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/exports/",
        "/api/v1/training/jobs/",
        "/api/v1/model-versions/",
        "/api/v1/grading-batches/",
        "/api/v1/suggestions/",
    ],
)
def test_api_paths_are_the_same_after_the_split(client, path):
    client.force_login(make_superuser())

    assert client.get(path).status_code == 200
