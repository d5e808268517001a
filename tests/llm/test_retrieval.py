import pytest

from llm.grading import grade
from llm.prompts import build_messages, prompt_hash, target_json
from llm.providers import similarity
from llm.providers.openai_compat import OpenAICompatProvider
from llm.providers.retrieval import GradedExample, NearestMeanScorer, RetrievalProvider, nearest
from llm.providers.similarity import MiniLMSimilarity, TfidfSimilarity, default_similarity
from llm.rubric import check_scores
from tests.llm.openai_server import OpenAIServer
from tests.llm.tasks import RUBRIC, VALID, make_task


def graded(answer: str, content: float, clarity: float) -> GradedExample:
    return GradedExample(answer, check_scores(RUBRIC, {"Content": content, "Clarity": clarity})[0])


POOL = [
    graded("Mitochondria release energy from glucose by cellular respiration.", 2, 3),
    graded("Photosynthesis uses light energy to make glucose from water and carbon dioxide.", 9, 4),
    graded("Evaporation, condensation and rain make up the water cycle.", 0, 5),
    graded("Plants make glucose from light in their leaves.", 7, 3),
]


@pytest.fixture(scope="module")
def minilm():
    return MiniLMSimilarity()


def test_tfidf_finds_the_answers_sharing_the_most_words():
    found = nearest("Light energy makes glucose in photosynthesis.", POOL, 2, TfidfSimilarity())
    assert [example.answer for example, _ in found] == [POOL[1].answer, POOL[3].answer]
    assert found[0][1] > found[1][1] > 0


def test_minilm_finds_the_answer_with_the_same_meaning_in_other_words(minilm):
    query = "Green leaves capture sunshine to build sugar."
    assert [example.answer for example, _ in nearest(query, POOL, 2, minilm)] == [POOL[3].answer, POOL[1].answer]
    assert nearest(query, POOL, 1, TfidfSimilarity())[0][1] < 0.2, "few shared words: TF-IDF barely sees it"


def test_minilm_is_the_default_and_tfidf_stands_in_when_its_package_is_absent(monkeypatch):
    assert isinstance(default_similarity(), MiniLMSimilarity)
    monkeypatch.setattr(similarity, "MINILM_PACKAGE", "package_that_is_not_installed")
    assert isinstance(default_similarity(), TfidfSimilarity)


def test_nothing_is_found_in_an_empty_pool(minilm):
    assert nearest("anything", [], 3, minilm) == []
    assert nearest("!!!", POOL, 2, TfidfSimilarity())[0][1] == 0


def test_the_nearest_graded_answers_become_the_prompts_examples_closest_last():
    with OpenAIServer([VALID]) as server:
        inner = OpenAICompatProvider(server.base_url, server.api_key, "model-a", max_retries=0)
        provider = RetrievalProvider(inner, lambda task: POOL, k=2, similarity=TfidfSimilarity())
        task = make_task("Light energy makes glucose in photosynthesis.")
        outcome = grade(task, [provider])
    examples_in_prompt = make_task(
        task.answer, examples=((POOL[3].answer, POOL[3].scores), (POOL[1].answer, POOL[1].scores))
    )
    [request] = server.requests
    assert request["messages"] == build_messages(examples_in_prompt)
    assert request["messages"][-2] == {"role": "assistant", "content": target_json(POOL[1].scores)}
    assert (outcome.provider, outcome.model_label) == ("retrieval+openai", "model-a")
    assert outcome.prompt_hash == prompt_hash(build_messages(examples_in_prompt))


def test_the_baseline_scores_the_similarity_weighted_mean_of_the_nearest(minilm):
    scorer = NearestMeanScorer(lambda task: POOL, k=2, similarity=minilm)
    task = make_task("Green leaves capture sunshine to build sugar.")
    (first, s1), (second, s2) = nearest(task.answer, POOL, 2, minilm)
    scores, total = scorer.score(task)
    expected = round((7 * s1 + 9 * s2) / (s1 + s2), 2)
    assert scores["Content"]["score"] == pytest.approx(expected, abs=0.01)
    assert scores["Clarity"]["score"] == pytest.approx(round((3 * s1 + 4 * s2) / (s1 + s2), 2), abs=0.01)
    assert total == pytest.approx(scores["Content"]["score"] + scores["Clarity"]["score"])


def test_the_baseline_has_no_score_before_anything_is_graded():
    assert NearestMeanScorer(lambda task: [], similarity=TfidfSimilarity()).score(make_task()) is None
