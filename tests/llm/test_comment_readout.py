"""A comment rewritten when the score read off the model gives another credit than the greedy one."""

import pytest

from llm.prompts import target_json
from llm.providers import local
from llm.providers.comment_readout import MARK, agreeing_comments
from tests.llm.tasks import RUBRIC
from tests.llm.tiny_model import build_base_model


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    model = local.load(build_base_model(tmp_path_factory.mktemp("base")))
    yield model
    local.release_all_except()


def render(scores):
    return target_json(scores) + "<|im_end|>\n"


def readout(loaded, greedy, read):
    prompt_ids = loaded.tokenizer("Student answer: plants make sugar", add_special_tokens=False).input_ids
    return agreeing_comments(loaded.model, loaded.tokenizer, prompt_ids, render, RUBRIC, greedy, read, max_new_tokens=6)


def test_a_comment_is_kept_while_the_read_score_gives_the_same_credit(loaded):
    greedy = {"Content": {"score": 8, "comment": "Right idea."}, "Clarity": {"score": 4}}
    read = {"Content": {"score": 6.5, "comment": "Right idea."}, "Clarity": {"score": 5}}
    assert readout(loaded, greedy, read) == read, "partial stays partial; Clarity had no comment to agree"


def test_a_comment_is_written_again_after_the_score_when_the_credit_changes(loaded):
    greedy = {"Content": {"score": 8, "comment": "Right idea."}, "Clarity": {"score": 4}}
    read = {"Content": {"score": 10, "comment": "Right idea."}, "Clarity": {"score": 4}}
    out = readout(loaded, greedy, read)
    assert out["Content"]["score"] == 10 and out["Clarity"] == {"score": 4}
    assert out["Content"]["comment"] != "Right idea." and MARK not in out["Content"]["comment"]
    assert read["Content"]["comment"] == "Right idea.", "the caller's scores are left as they were"
