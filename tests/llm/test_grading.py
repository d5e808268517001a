import socket

from llm.grading import RETRY_INSTRUCTION, grade, grade_many
from llm.prompts import build_messages, prompt_hash
from llm.providers.openai_compat import OpenAICompatProvider
from llm.providers.retrieval import RetrievalProvider
from llm.providers.similarity import TfidfSimilarity
from tests.llm.openai_server import OpenAIServer
from tests.llm.tasks import MISSING_CLARITY, VALID, make_task, student_answer


def provider(server: OpenAIServer, model: str) -> OpenAICompatProvider:
    return OpenAICompatProvider(server.base_url, server.api_key, model, max_retries=0)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def test_valid_first_reply_is_the_suggestion_with_its_provenance():
    task = make_task()
    with OpenAIServer([VALID]) as server:
        outcome = grade(task, [provider(server, "model-a")])
    assert outcome.ok
    assert outcome.total == 12
    assert outcome.scores["Content"] == {"score": 8, "max_score": 10, "comment": "Right idea.", "criteria": []}
    assert (outcome.provider, outcome.model_label, outcome.attempts) == ("openai", "model-a", 1)
    assert outcome.prompt_hash == prompt_hash(build_messages(task))
    assert outcome.latency_ms > 0
    assert outcome.prompt_tokens > 0 and outcome.completion_tokens == len(VALID.split())
    assert outcome.failures == ()


def test_invalid_reply_is_retried_once_with_the_error_stated():
    task = make_task()
    with OpenAIServer([MISSING_CLARITY, VALID]) as server:
        outcome = grade(task, [provider(server, "model-a")])
    assert outcome.ok and outcome.attempts == 2
    retry = server.requests[1]["messages"]
    assert retry[:-2] == build_messages(task)
    assert retry[-2] == {"role": "assistant", "content": MISSING_CLARITY}
    assert retry[-1] == {"role": "user", "content": RETRY_INSTRUCTION.format(error="Section 'Clarity' has no score.")}
    assert outcome.prompt_hash == prompt_hash(build_messages(task)), "the hash is of the prompt, not the retry"
    assert outcome.completion_tokens == len(MISSING_CLARITY.split()) + len(VALID.split())


def test_after_the_retry_fails_the_next_provider_in_the_chain_grades():
    with OpenAIServer(["I think it is fine."]) as first, OpenAIServer([VALID]) as second:
        outcome = grade(make_task(), [provider(first, "model-a"), provider(second, "model-b")])
    assert len(first.requests) == 2 and len(second.requests) == 1
    assert outcome.ok and outcome.model_label == "model-b" and outcome.attempts == 1
    assert outcome.failures == (
        ("openai", "model-a", "invalid reply (attempt 2): The reply is not JSON: no JSON object was found."),
    )


def test_an_unreachable_provider_is_not_retried_and_the_chain_moves_on():
    down = OpenAICompatProvider(closed_port_url(), "key", "model-down", max_retries=0, timeout_s=5)
    with OpenAIServer([VALID]) as server:
        outcome = grade(make_task(), [down, provider(server, "model-b")])
    assert outcome.ok and outcome.model_label == "model-b"
    [(name, label, reason)] = outcome.failures
    assert (name, label) == ("openai", "model-down") and reason.startswith("APIConnectionError")


def test_when_every_provider_fails_there_is_no_suggestion_and_each_reason_is_given():
    with OpenAIServer([MISSING_CLARITY]) as first, OpenAIServer(['{"Content": 11, "Clarity": 1}']) as second:
        outcome = grade(make_task(), [provider(first, "model-a"), provider(second, "model-b")])
    assert not outcome.ok
    assert outcome.scores is None and outcome.total is None and outcome.provider == ""
    assert outcome.reason == (
        "openai (model-a): invalid reply (attempt 2): Section 'Clarity' has no score.; "
        "openai (model-b): invalid reply (attempt 2): Content.score: The score 11 is above the maximum of 10."
    )


def test_without_retries_one_bad_reply_moves_to_the_next_provider():
    with OpenAIServer([MISSING_CLARITY]) as first, OpenAIServer([VALID]) as second:
        outcome = grade(make_task(), [provider(first, "model-a"), provider(second, "model-b")], retries=0)
    assert len(first.requests) == 1 and outcome.model_label == "model-b"


def test_a_batch_retries_only_its_failures_and_falls_back_only_for_what_is_left():
    answers = ["Light becomes sugar.", "No idea.", "Plants eat sunlight.", "Chlorophyll absorbs light."]

    def first_replies(body):
        return MISSING_CLARITY if student_answer(body) == "No idea." else VALID

    with OpenAIServer(first_replies) as first, OpenAIServer([VALID]) as second:
        outcomes = grade_many(
            [make_task(a) for a in answers], [provider(first, "model-a"), provider(second, "model-b")]
        )
    assert [o.model_label for o in outcomes] == ["model-a", "model-b", "model-a", "model-a"]
    assert sorted(student_answer(r) for r in first.requests) == sorted([*answers, "No idea."])
    assert [student_answer(r) for r in second.requests] == ["No idea."]
    assert [o.attempts for o in outcomes] == [1, 1, 1, 1]
    assert outcomes[1].failures[0][:2] == ("openai", "model-a")


def test_a_provider_that_cannot_build_its_prompt_gives_way_to_the_next():
    def pool_lookup_fails(task):
        raise LookupError("graded answers unavailable")

    with OpenAIServer([VALID]) as first, OpenAIServer([VALID]) as second:
        broken = RetrievalProvider(provider(first, "model-a"), pool_lookup_fails, similarity=TfidfSimilarity())
        outcome = grade(make_task(), [broken, provider(second, "model-b")])
    assert first.requests == [] and outcome.model_label == "model-b"
    assert outcome.failures == (
        ("retrieval+openai", "model-a", "could not build the prompt (LookupError: graded answers unavailable)"),
    )
