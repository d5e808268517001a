"""Loaded by pytest before Django starts (see pytest.ini): development defaults for a test
run, unless the caller chose otherwise."""

import os

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
