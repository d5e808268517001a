import pytest
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


def test_api_schema_is_valid_openapi_3(client):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/submissions/" in schema["paths"]
    upload = schema["paths"]["/api/v1/submissions/"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(upload)


def test_api_docs_page_is_served(client):
    assert client.get("/api/docs/").status_code == 200
