"""A PostgreSQL cluster and a Redis server of the test's own, on free ports, that a fault test
may restart: the shared servers at 5432 and 6379 must never be restarted (other sessions use them)."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import environ
import psycopg
from django.db import connections
from django.db.utils import load_backend

PG_BIN = Path(shutil.which("pg_ctl") or "/usr/local/bin/pg_ctl").resolve().parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivatePostgres:
    """initdb into a temporary folder, trust authentication, 127.0.0.1 and a free port only.
    PostgreSQL refuses to run as root: as root, its programs run as the ``postgres`` user."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="faults-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        self.start()

    def _run(self, program, *args) -> None:
        command = [str(PG_BIN / program), *map(str, args)]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def _pg_ctl(self, action, *args) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", action, "-D", self.data, "-l", self.log, "-w", "-o", options, *args)

    def start(self) -> None:
        self._pg_ctl("start")

    def stop(self) -> None:
        self._pg_ctl("stop", "-m", "fast")

    def restart(self, down_for: float = 0) -> None:
        """Stop (ending every client connection, as a real restart does), wait, start again."""
        self.stop()
        time.sleep(down_for)
        self.start()

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(sql)

    def close(self) -> None:
        try:
            self._pg_ctl("stop", "-m", "immediate")
        except subprocess.CalledProcessError:  # already down
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def default_database(url: str):
    """Point Django's default connection (this thread's) at ``url`` for the block, whatever
    DATABASE_URL the suite runs on, then give the suite's own connection back."""
    config = connections.configure_settings({"default": environ.Env.db_url_config(url)})["default"]
    own = connections["default"]
    wrapper = load_backend(config["ENGINE"]).DatabaseWrapper(config, "default")
    connections._connections.default = wrapper
    try:
        yield wrapper
    finally:
        wrapper.close()
        connections._connections.default = own


class PrivateRedis:
    """redis-server on a free port, nothing kept on disk: a restart loses every queued message."""

    def __init__(self):
        self.port = free_port()
        self.process = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def restart(self) -> None:
        self.stop()
        self.start()
