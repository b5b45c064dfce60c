"""The pieces of `make demo`: environment, store preparation, process groups and Ctrl-C, waiting."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from demo.feed_server import FeedServer
from demo.run import (
    ROOT,
    ProcessGroup,
    StackConfig,
    _group_alive,
    airflow_environment,
    free_port,
    main,
    prepare_home,
    prepare_store,
    wait_for,
)


def test_airflow_environment_points_at_this_project(tmp_path):
    cfg = StackConfig(home=tmp_path, api_port=18080, sendgrid_port=18025)
    env = airflow_environment(cfg)
    assert env["PATH"].split(os.pathsep)[0] == str(Path(sys.executable).parent)  # standalone runs `airflow`
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(ROOT / "dags")
    assert env["AIRFLOW__CORE__PLUGINS_FOLDER"] == str(ROOT / "plugins")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"] == "admin:admin,jdoe:admin,mlee:admin,outreach-service:admin"
    api = json.loads(env["AIRFLOW_CONN_OUTREACH_AIRFLOW_API"])
    assert api["host"] == "http://127.0.0.1:18080" and api["login"] == "outreach-service"
    assert len(api["password"]) >= 24 and api["password"] == cfg.service_password, "made once per home, not fixed"
    assert env["AIRFLOW__API__BASE_URL"] == "http://127.0.0.1:18080"
    conn = json.loads(env["AIRFLOW_CONN_OUTREACH_SENDGRID"])
    assert conn["host"] == "http://127.0.0.1:18025" and conn["password"]
    assert env["OUTREACH_DATABASE_URL"] == f"sqlite:///{tmp_path / 'outreach.sqlite'}"
    assert env["OUTREACH_APPROVERS"].startswith("admin:")
    assert ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in env
            or env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"))


def test_postgres_metadata_gets_a_psycopg_async_url(tmp_path):
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/airflow_x"
    env = airflow_environment(StackConfig(home=tmp_path, airflow_db_url=url))
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC"] == url


def test_fixed_admin_password_file(tmp_path):
    cfg = StackConfig(home=tmp_path / "demo")
    prepare_home(cfg, fresh=True)
    assert json.loads((cfg.airflow_home / "passwords.json").read_text()) == {
        "admin": "admin", "jdoe": "jdoe", "mlee": "mlee", "outreach-service": cfg.service_password}


def test_fresh_home_forgets_the_previous_run_and_keep_does_not(tmp_path):
    cfg = StackConfig(home=tmp_path / "demo")
    prepare_home(cfg, fresh=True)
    (cfg.outbox / "old.json").write_text("{}")
    prepare_home(cfg, fresh=False)
    assert (cfg.outbox / "old.json").exists()
    prepare_home(cfg, fresh=True)
    assert not (cfg.outbox / "old.json").exists()


def test_store_is_prepared_through_the_outreach_command(tmp_path):
    with FeedServer() as feeds:
        port = int(feeds.url.rsplit(":", 1)[1])
        cfg = StackConfig(home=tmp_path / "demo", feed_port=port)
        prepare_home(cfg, fresh=True)
        prepare_store(cfg)
    engine = sa.create_engine(cfg.store_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from clients")).scalar() == 20
        sources = conn.execute(sa.text("select name, kind, url from feed_sources order by name")).all()
    engine.dispose()
    assert [(s.name, s.kind) for s in sources] == [
        ("demo-local-news", "news"), ("demo-nws-wisconsin", "weather"), ("demo-obituaries", "obituary")]
    assert all(s.url.startswith(f"http://127.0.0.1:{port}/") for s in sources)


def test_stopping_kills_the_whole_process_group_including_grandchildren(tmp_path):
    procs = ProcessGroup()
    # A child that ignores SIGINT and leaves a grandchild behind: what `airflow standalone` can look like.
    script = "trap '' INT; sleep 300 & sleep 300 & wait"
    proc = procs.start("stubborn", ["sh", "-c", script], env=os.environ, log_path=tmp_path / "stubborn.log")
    wait_for("the grandchildren", lambda: len([p for p in Path("/proc").iterdir() if p.name.isdigit()
                                                and _pgid(int(p.name)) == proc.pid]) >= 3, timeout_s=10, every_s=0.1)
    procs.stop(grace_s=1.0)
    assert not _group_alive(proc.pid)
    assert procs.children == []


def _pgid(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except (ProcessLookupError, PermissionError):
        return None


def test_a_dead_child_is_reported(tmp_path):
    procs = ProcessGroup()
    procs.start("quitter", [sys.executable, "-c", "raise SystemExit(3)"], env=os.environ,
                log_path=tmp_path / "quitter.log")
    with pytest.raises(RuntimeError, match="quitter exited with code 3"):
        wait_for("nothing", lambda: False, timeout_s=10, every_s=0.1, alive=procs.check_alive)
    procs.stop()


def test_wait_for_names_what_it_waited_for_and_the_last_error():
    def failing():
        raise ValueError("not yet")

    with pytest.raises(TimeoutError, match=r"waiting for the moon \(last error: ValueError: not yet\)"):
        wait_for("the moon", failing, timeout_s=0.3, every_s=0.1)


def test_demo_refuses_to_start_on_a_busy_port(tmp_path, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["--port", str(port), "--home", str(tmp_path / "demo")]) == 2
    assert f"port(s) {port}" in capsys.readouterr().err
    assert not (tmp_path / "demo").exists()  # nothing was started or written


@pytest.mark.e2e
def test_ctrl_c_during_startup_stops_what_was_started(tmp_path):
    """SIGINT while the demo waits for Airflow: every process it started (and theirs) is gone afterwards."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    ports = [str(free_port()) for _ in range(3)]
    demo = subprocess.Popen([sys.executable, "-m", "demo.run", "--port", ports[0], "--feed-port", ports[1],
                             "--sendgrid-port", ports[2], "--home", str(tmp_path / "demo")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        lines = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = demo.stdout.readline()
            lines.append(line)
            if "starting airflow standalone" in line:
                break
        assert any("starting airflow standalone" in x for x in lines), "".join(lines)
        # Wait until airflow standalone has started its own components, so they are checked too.
        def with_scheduler() -> list[int] | None:
            kids = _descendants(demo.pid)
            return kids if any(b"scheduler" in _cmdline(k) for k in kids) else None

        children = wait_for("the Airflow scheduler process", with_scheduler, timeout_s=90, every_s=0.5)
        demo.send_signal(signal.SIGINT)
        out, _ = demo.communicate(timeout=90)
        assert demo.returncode == 0, out
        assert "all demo processes stopped." in out
        alive = [pid for pid in children if Path(f"/proc/{pid}").exists() and not _zombie(pid)]
        assert alive == []
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)


def _descendants(pid: int) -> list[int]:
    """All processes whose parent chain leads to ``pid`` (they may be in other sessions)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        kids = [p for p, parent in parents.items() if parent == current]
        found.extend(kids)
        frontier.extend(kids)
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
