"""/v1/models and /v1/chat/completions on a live server, answered by the active model version
(a tiny random model), called with the real `openai` client through the project's provider."""

import openai
import pytest
from rest_framework.authtoken.models import Token

from llm.providers import local
from llm.providers.openai_compat import OpenAICompatProvider
from tests.gradebook.factories import make_instructor
from tests.llm.tasks import make_task
from tests.llm.tiny_model import build_base_model

from .helpers import activate

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory):
    return build_base_model(tmp_path_factory.mktemp("served-base"))


@pytest.fixture
def token():
    return Token.objects.create(user=make_instructor()).key


@pytest.fixture(autouse=True)
def no_loaded_models():
    local.release_all_except()
    yield
    local.release_all_except()


def client_for(live_server, key):
    return openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)


def test_the_provider_grades_through_the_served_active_model(live_server, token, tiny_base):
    activate("tiny-v1", tiny_base)
    provider = OpenAICompatProvider(f"{live_server.url}/v1", token, "tiny-v1", max_tokens=12, max_retries=0)
    replies = provider.grade([make_task(), make_task("Light.")])

    assert [r.error for r in replies] == ["", ""]
    assert all(r.text and r.prompt_tokens > 0 and 0 < r.completion_tokens <= 12 for r in replies)
    assert replies[0].text == provider.grade([make_task()])[0].text  # greedy: the same answer again


def test_the_completion_has_openai_s_shape(live_server, token, tiny_base):
    activate("tiny-v1", tiny_base)
    completion = client_for(live_server, token).chat.completions.create(
        model="tiny-v1", messages=[{"role": "user", "content": [{"type": "text", "text": "Hello"}]}], max_tokens=4
    )
    assert completion.object == "chat.completion" and completion.model == "tiny-v1"
    [choice] = completion.choices
    assert choice.message.role == "assistant" and choice.finish_reason in ("stop", "length")
    usage = completion.usage
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens and usage.completion_tokens <= 4


def test_models_lists_the_active_version_only(live_server, token, tiny_base):
    client = client_for(live_server, token)
    assert client.models.list().data == []
    activate("tiny-v1", tiny_base)
    activate("tiny-v2", tiny_base)
    assert [m.id for m in client.models.list().data] == ["tiny-v2"]


def test_without_an_active_version_the_answer_is_503(live_server, token):
    with pytest.raises(openai.InternalServerError) as caught:
        client_for(live_server, token).chat.completions.create(model="x", messages=[{"role": "user", "content": "Hi"}])
    assert caught.value.status_code == 503 and "No model version is active" in caught.value.message


def test_a_token_is_required(live_server, tiny_base):
    activate("tiny-v1", tiny_base)
    with pytest.raises(openai.AuthenticationError):
        client_for(live_server, "not-a-token").models.list()


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": [{"role": "user", "content": "Hi"}]}, "model"),
        ({"model": "tiny-v1", "messages": []}, "messages"),
        ({"model": "tiny-v1", "messages": [{"role": "robot", "content": "Hi"}]}, "messages[0].role"),
        (
            {"model": "tiny-v1", "messages": [{"role": "user", "content": [{"type": "image_url"}]}]},
            "messages[0].content",
        ),
        ({"model": "tiny-v1", "messages": [{"role": "user", "content": "Hi"}], "stream": True}, "stream"),
        ({"model": "tiny-v1", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 100000}, "max_tokens"),
        ({"model": "tiny-v1", "messages": [{"role": "user", "content": "Hi"}], "n": 2}, "n"),
    ],
)
def test_a_bad_body_is_a_400_naming_the_field(client, token, tiny_base, body, param):
    activate("tiny-v1", tiny_base)
    response = client.post(
        "/v1/chat/completions", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["type"], error["param"]) == ("invalid_request_error", param) and error["message"]


def test_a_body_that_is_not_json_is_a_400(client, token, tiny_base):
    activate("tiny-v1", tiny_base)
    response = client.post(
        "/v1/chat/completions", "{not json", content_type="application/json", HTTP_AUTHORIZATION=f"Token {token}"
    )
    assert response.status_code == 400 and "JSON parse error" in response.json()["error"]["message"]


def test_an_unknown_model_is_a_404_naming_the_served_one(live_server, token, tiny_base):
    activate("tiny-v1", tiny_base)
    with pytest.raises(openai.NotFoundError) as caught:
        client_for(live_server, token).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "Hi"}]
        )
    assert "tiny-v1" in caught.value.message
