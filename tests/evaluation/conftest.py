import pytest
import torch

from tests.evaluation.builders import tiny_models


@pytest.fixture(autouse=True)
def evaluation_settings(settings, tmp_path):
    """Files in the test's folder, TF-IDF similarity and few bootstrap samples (fast), one thread."""
    settings.EXPORT_DIR = tmp_path / "exports"
    settings.MLFLOW_TRACKING_URI = (tmp_path / "mlruns").as_uri()
    settings.SIMILARITY = "tfidf"
    settings.EVALUATION_BOOTSTRAP_SAMPLES = 50
    settings.EVALUATION_CHUNK_SIZE = 4
    settings.GRADING_THREADS = 1
    settings.OPENAI_BASE_URL = settings.OPENAI_MODEL = ""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield settings
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """(base model folder, adapter folder) of a tiny random Llama model."""
    return tiny_models(tmp_path_factory.mktemp("tiny"))
