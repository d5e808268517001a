"""Fixtures of the tests that load a tiny random model: the model (one per test module) and an
emptied cache of loaded models around each test that asks for it."""

import pytest

from tests.llm.tiny_model import build_base_model


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return build_base_model(tmp_path_factory.mktemp("base"))


@pytest.fixture
def empty_cache():
    """No model loaded by an earlier test is reused (``llm.providers.local`` keeps them)."""
    from llm.providers import local

    local.release_all_except()
    yield
    local.release_all_except()
