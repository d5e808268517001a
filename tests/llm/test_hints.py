"""Grading hints from graded answers: the nearest ones' scores and the reference similarity."""
from llm.prompts import HINTS_MARK, GradingTask, build_messages
from llm.providers.hints import HintedProvider, with_hints
from llm.providers.openai_compat import OpenAICompatProvider
from llm.providers.retrieval import GradedExample
from llm.providers.similarity import TfidfSimilarity

RUBRIC = [{"name": "Score", "max_score": 5, "criteria": []}]
POOL = [
    GradedExample("a queue is first in first out", {"Score": {"score": 1}}),
    GradedExample("a stack is last in first out with push and pop", {"Score": {"score": 5}}),
    GradedExample("a stack is a pile, last in first out", {"Score": {"score": 4}}),
]
TASK = GradingTask(rubric=RUBRIC, question="What is a stack?", answer="a stack is last in first out",
                   reference_answer="last in first out, push and pop")


def test_hints_hold_the_k_most_similar_graded_answers_scores_and_the_reference_similarity():
    similarity = TfidfSimilarity()
    hinted = with_hints(TASK, POOL, 2, similarity)
    expected = similarity.scores(TASK.answer, [example.answer for example in POOL])
    best_two = sorted(range(3), key=lambda i: -expected[i])[:2]
    assert hinted.neighbours == tuple((round(float(expected[i]), 2), {"Score": POOL[i].scores["Score"]["score"]})
                                      for i in best_two)
    assert {scores["Score"] for _, scores in hinted.neighbours} == {5, 4}
    assert hinted.reference_similarity == round(float(similarity.scores(TASK.answer, [TASK.reference_answer])[0]), 2)


def test_hints_hold_the_questions_mean_score_and_the_neighbours_similarity_weighted_mean():
    similarity = TfidfSimilarity()
    hinted = with_hints(TASK, POOL, 2, similarity)
    (first, first_scores), (second, second_scores) = hinted.neighbours
    assert hinted.question_means == {"Score": round((1 + 5 + 4) / 3, 2)}
    expected = (first_scores["Score"] * first + second_scores["Score"] * second) / (first + second)
    assert abs(hinted.neighbour_means["Score"] - expected) <= 0.011
    assert min(first_scores["Score"], second_scores["Score"]) <= hinted.neighbour_means["Score"] <= 5


def test_without_a_reference_or_graded_answers_there_is_nothing_to_hint():
    hinted = with_hints(GradingTask(rubric=RUBRIC, question="q", answer="a"), [], 3, TfidfSimilarity())
    assert hinted.reference_similarity is None and hinted.neighbours == ()
    assert hinted.question_means == {} and hinted.neighbour_means == {}


def test_the_hinted_provider_asks_its_model_with_hints_from_the_pool_it_is_given():
    asked = []
    provider = HintedProvider(OpenAICompatProvider("http://127.0.0.1:9/v1", "key", "model"),
                              lambda task: asked.append(task.question) or POOL, k=1, similarity=TfidfSimilarity())
    messages = provider.prompt(TASK)
    assert asked == ["What is a stack?"]
    assert messages == build_messages(with_hints(TASK, POOL, 1, TfidfSimilarity()))
    assert HINTS_MARK + "Similarity to the reference answer: " in messages[-1]["content"]


def test_each_neighbours_scores_follow_the_rubric_order_whatever_order_they_were_stored_in():
    rubric = [{"name": "Content", "max_score": 10, "criteria": []}, {"name": "Clarity", "max_score": 5, "criteria": []}]
    stored = GradedExample("an answer", {"Clarity": {"score": 3}, "Content": {"score": 6}})
    hinted = with_hints(GradingTask(rubric=rubric, question="q", answer="an answer"), [stored], 1, TfidfSimilarity())
    assert list(hinted.neighbours[0][1].items()) == [("Content", 6), ("Clarity", 3)]
