"""Loaded by pytest before Django starts (see pytest.ini): development defaults for a test
run, unless the caller chose otherwise."""

import os
import tempfile

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
# No base model unless a test makes one: a developer's imported model (var/models, after
# `make run`) must not change what the suite does, e.g. start precomputing suggestions.
os.environ.setdefault("BASE_MODELS_DIR", tempfile.mkdtemp(prefix="gradeloop-test-models-"))
