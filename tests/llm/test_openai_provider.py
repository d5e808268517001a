from llm.prompts import build_messages
from llm.providers.openai_compat import OpenAICompatProvider
from tests.llm.openai_server import OpenAIServer, ScriptedReply
from tests.llm.tasks import VALID, make_task, student_answer


def test_the_real_client_sends_the_built_prompt_and_returns_the_reply_with_usage():
    task = make_task()
    with OpenAIServer([VALID], model="served-model") as server:
        (reply,) = OpenAICompatProvider(server.base_url, server.api_key, "served-model", max_tokens=64).grade([task])
    assert reply.text == VALID and reply.error == ""
    assert reply.completion_tokens == len(VALID.split()) and reply.prompt_tokens > 0
    [request] = server.requests
    assert request["messages"] == build_messages(task)
    assert (request["model"], request["temperature"], request["max_tokens"]) == ("served-model", 0, 64)


def test_many_conversations_come_back_in_order_though_sent_concurrently():
    answers = [f"answer number {n}" for n in range(8)]
    with OpenAIServer(lambda body: f"reply to {student_answer(body)}") as server:
        replies = OpenAICompatProvider(server.base_url, server.api_key, "m", concurrency=4).grade(
            [make_task(a) for a in answers]
        )
    assert [r.text for r in replies] == [f"reply to {a}" for a in answers]


def test_a_server_error_becomes_the_reply_error():
    with OpenAIServer([ScriptedReply("model overloaded", status=500)]) as server:
        (reply,) = OpenAICompatProvider(server.base_url, server.api_key, "m", max_retries=0).grade([make_task()])
    assert reply.text == ""
    assert reply.error.startswith("InternalServerError") and "model overloaded" in reply.error


def test_a_wrong_api_key_becomes_the_reply_error():
    with OpenAIServer([VALID]) as server:
        (reply,) = OpenAICompatProvider(server.base_url, "wrong-key", "m", max_retries=0).grade([make_task()])
    assert reply.error.startswith("AuthenticationError")
    assert server.requests == []


def test_the_label_is_the_model_name():
    provider = OpenAICompatProvider("http://127.0.0.1:9/v1", "k", "deepseek-chat")
    assert (provider.name, provider.label) == ("openai", "deepseek-chat")
