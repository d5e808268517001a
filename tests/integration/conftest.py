"""A real django-q2 cluster (`manage.py qcluster` in its own process group) against the test database,
and a PostgreSQL server of the tests' own that a fault test may restart."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from .private_servers import PrivatePostgres, default_database

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Cluster:
    """One qcluster process group; `name` picks an ALT_CLUSTERS entry (e.g. "training")."""

    def __init__(self, folder: Path, name: str | None, env: dict):
        self.folder, self.name = folder, name
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "EXPORT_DIR": str(settings.EXPORT_DIR),
            "Q_WORKERS": "1",
            "DEBUG": "1",
            "SECRET_KEY": settings.SECRET_KEY,
            "PSEUDONYM_KEY": settings.PSEUDONYM_KEY,
        }
        self.env.pop("REDIS_URL", None)  # the ORM broker, unless the test gives a Redis of its own
        self.env.update(env)
        if name:
            self.env["Q_CLUSTER_NAME"] = name
        self.process = None
        self.starts = 0

    @property
    def log_path(self) -> Path:
        return self.folder / f"qcluster-{self.name or 'default'}-{self.starts}.log"

    def start(self) -> "Cluster":
        self.starts += 1
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def kill(self) -> None:
        """SIGKILL the whole process group: the sentinel, the pusher, the monitor and the workers."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:  # the group has already exited
            pass
        self.process.wait()
        self.log.close()
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        self.kill()

    def logs(self) -> str:
        return "".join(path.read_text(errors="replace")[-3000:] for path in sorted(self.folder.glob("qcluster-*.log")))


@pytest.fixture
def start_cluster(tmp_path, settings):
    """start_cluster(name=None, **env) -> a running Cluster; every cluster is stopped after the test.
    Exports go to a folder of the test's own (settings.EXPORT_DIR, shared with the cluster)."""
    settings.EXPORT_DIR = tmp_path / "exports"
    clusters = []

    def start(name=None, **env):
        cluster = Cluster(tmp_path, name, {key: str(value) for key, value in env.items()})
        clusters.append(cluster)
        return cluster.start()

    yield start
    for cluster in clusters:
        cluster.stop()


@pytest.fixture
def start_grading_cluster(start_cluster):
    """start_grading_cluster(server) -> a running cluster that grades one answer per task through
    the OpenAI-compatible ``server`` (tests.llm.openai_server.OpenAIServer)."""

    def start(server):
        return start_cluster(
            GRADING_CHAIN="openai",
            GRADING_BATCH_SIZE=1,
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY=server.api_key,
            OPENAI_MODEL=server.model,
        )

    return start


@pytest.fixture(scope="module")
def private_postgres(django_db_blocker):
    """A PostgreSQL server of this module's tests, with a migrated template database."""
    server = PrivatePostgres()
    try:
        server.execute("CREATE DATABASE gradeloop_template")
        with django_db_blocker.unblock(), default_database(server.url("gradeloop_template")):
            call_command("migrate", verbosity=0)
        yield server
    finally:
        server.close()


@pytest.fixture
def on_private_postgres(private_postgres, transactional_db, request):
    """The test's ORM (and every cluster it starts) on a fresh database of the private server,
    whatever DATABASE_URL the suite runs on; the suite's own database is given back after."""
    name = f"faults_{request.node.name[:40]}".lower()
    private_postgres.execute(f'CREATE DATABASE "{name}" TEMPLATE gradeloop_template')
    with default_database(private_postgres.url(name)):
        yield private_postgres
