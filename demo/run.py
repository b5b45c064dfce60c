"""`make demo`: the whole loop on sample data, with the real Airflow, in one command.

Starts a local feed server (demo/data/feeds) and the SendGrid test double (writing to
var/demo/sendgrid-outbox), prepares the outreach store (schema, sample roster, feed sources), starts
``airflow standalone`` with this project's dags/ and plugins/ (SQLite, LocalExecutor, login admin/admin),
unpauses and triggers the fetch DAGs, waits until drafts await review, prints where to look, and then
keeps everything running until Ctrl-C, which stops every process it started.

The pieces (environment, process groups, a small REST client) are also what tests/e2e uses.
Each run starts from a clean var/demo/ unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "demo" / "data"
USERNAME = PASSWORD = "admin"
FEEDS = (("demo-obituaries", "obituaries.rss", "obituary"), ("demo-nws-wisconsin", "nws-alerts.atom", "weather"),
         ("demo-local-news", "news.rss", "news"))
FETCH_DAGS = tuple(f"outreach_fetch_{kind}" for _, _, kind in FEEDS)
MATCH_DAG = "outreach_match_and_draft"
RECONCILE_DAG = "outreach_reconcile"
DEMO_APPROVERS = "admin:Demo Approver:approvals@lakeside-wealth.example"
DEMO_SENDGRID_KEY = "SG.demo-not-a-real-key"
DEMO_REVIEWERS = {"jdoe": "jdoe", "mlee": "mlee"}  # Jane Doe's and Marcus Lee's logins (demo/data/advisers.toml)
# The account the deliver and reconcile tasks read Airflow's record of the reviews with (REST API).
SERVICE_USER = "outreach-service"


# --- configuration --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StackConfig:
    """Where everything lives and listens; the demo uses fixed ports, the e2e test free ones."""

    home: Path  # demo state: Airflow home, outreach store, outbox, logs
    api_port: int = 8080
    feed_port: int = 8026
    sendgrid_port: int = 8025
    airflow_db_url: str | None = None  # None: SQLite in the Airflow home
    outreach_db_url: str | None = None  # None: SQLite in home
    approvers: str = DEMO_APPROVERS
    # login -> password
    users: Mapping[str, str] = field(default_factory=lambda: {USERNAME: PASSWORD, **DEMO_REVIEWERS})
    sendgrid_key: str = DEMO_SENDGRID_KEY
    review_timeout_hours: float = 72.0
    reconcile_minutes: float = 5.0
    roster: Path = DATA / "roster.csv"
    advisers: Path = DATA / "advisers.toml"
    feeds_dir: Path = DATA / "feeds"
    extra_env: Mapping[str, str] = field(default_factory=dict)

    @property
    def airflow_home(self) -> Path:
        return self.home / "airflow"

    @property
    def outbox(self) -> Path:
        return self.home / "sendgrid-outbox"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def feed_url(self) -> str:
        return f"http://127.0.0.1:{self.feed_port}"

    @property
    def sendgrid_url(self) -> str:
        return f"http://127.0.0.1:{self.sendgrid_port}"

    @property
    def store_url(self) -> str:
        return self.outreach_db_url or f"sqlite:///{self.home / 'outreach.sqlite'}"

    @property
    def service_password(self) -> str:
        """A password for the service account, made once per home (never a fixed, guessable one)."""
        path = self.airflow_home / "service-password"
        if not path.exists():
            import secrets

            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(24), encoding="utf-8")
        return path.read_text(encoding="utf-8").strip()

    @property
    def all_users(self) -> dict[str, str]:
        return {**self.users, SERVICE_USER: self.service_password}


def outreach_environment(cfg: StackConfig) -> dict[str, str]:
    """Environment for the `outreach` command and, through Airflow, for every task."""
    return {
        "OUTREACH_HOME": str(cfg.home),
        "OUTREACH_DATABASE_URL": cfg.store_url,
        "OUTREACH_ADVISERS_FILE": str(cfg.advisers),
        "OUTREACH_APPROVERS": cfg.approvers,
        "OUTREACH_REVIEW_TIMEOUT_HOURS": str(cfg.review_timeout_hours),
        "OUTREACH_RECONCILE_MINUTES": str(cfg.reconcile_minutes),
    }


def airflow_environment(cfg: StackConfig) -> dict[str, str]:
    """The full environment for `airflow standalone` (and its children, and so the tasks)."""
    bin_dir = str(Path(sys.executable).parent)  # standalone starts its children as `airflow` from PATH
    passwords = cfg.airflow_home / "passwords.json"
    env = dict(os.environ)
    env.update(outreach_environment(cfg))
    env.update({
        "PATH": bin_dir + os.pathsep + env.get("PATH", ""),
        "AIRFLOW_HOME": str(cfg.airflow_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": ",".join(f"{user}:admin" for user in cfg.all_users),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__API__PORT": str(cfg.api_port),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__BASE_URL": cfg.api_url,
        # Pick up the DAG files quickly on a fresh start.
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "10",
        "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "10",
        # The SendGrid connection: password = API key, host = base URL (here the local double).
        "AIRFLOW_CONN_OUTREACH_SENDGRID": json.dumps(
            {"conn_type": "http", "host": cfg.sendgrid_url, "password": cfg.sendgrid_key}),
        # Airflow's own REST API, for the record of each review's answer (deliver and reconcile tasks).
        "AIRFLOW_CONN_OUTREACH_AIRFLOW_API": json.dumps(
            {"conn_type": "http", "host": cfg.api_url, "login": SERVICE_USER, "password": cfg.service_password}),
        "PYTHONUNBUFFERED": "1",
    })
    if cfg.airflow_db_url:
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = cfg.airflow_db_url
        if cfg.airflow_db_url.startswith("postgresql+psycopg:"):
            # Airflow derives its async URL as postgresql+asyncpg (not installed); psycopg 3 does async too.
            env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC"] = cfg.airflow_db_url
    env.update(cfg.extra_env)
    return env


def prepare_home(cfg: StackConfig, *, fresh: bool) -> None:
    """Create the state folders (wiped first when ``fresh``) and the fixed admin/admin password file."""
    if fresh and cfg.home.exists():
        shutil.rmtree(cfg.home)
    for folder in (cfg.home, cfg.airflow_home, cfg.outbox, cfg.logs):
        folder.mkdir(parents=True, exist_ok=True)
    (cfg.airflow_home / "passwords.json").write_text(json.dumps(cfg.all_users), encoding="utf-8")


# --- processes ------------------------------------------------------------------------------------------

class ProcessGroup:
    """Child processes, each in its own session (process group), stopped together in reverse order."""

    def __init__(self) -> None:
        self.children: list[tuple[str, subprocess.Popen[bytes], Any]] = []

    def start(self, name: str, argv: list[str], *, env: Mapping[str, str], log_path: Path,
              cwd: Path = ROOT) -> subprocess.Popen[bytes]:
        log_file = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        proc = subprocess.Popen(argv, cwd=cwd, env=dict(env), stdout=log_file, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        self.children.append((name, proc, log_file))
        return proc

    def check_alive(self) -> None:
        """Raise when a child died: the demo would otherwise wait for nothing."""
        for name, proc, _ in self.children:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with code {proc.returncode}")

    def stop(self, *, grace_s: float = 8.0) -> None:
        """SIGINT, then SIGTERM, then SIGKILL to each child's whole process group.

        SIGINT first is what a terminal's Ctrl-C would do; `airflow standalone` sometimes lets its
        components go but does not exit itself, hence the short grace before SIGTERM.
        """
        for _name, proc, log_file in reversed(self.children):
            for sig, wait_s in ((signal.SIGINT, grace_s), (signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
                if not _group_alive(proc.pid):
                    break
                try:
                    os.killpg(proc.pid, sig)
                except ProcessLookupError:
                    break
                deadline = time.monotonic() + wait_s
                while time.monotonic() < deadline and _group_alive(proc.pid):
                    proc.poll()  # reap the leader so it does not linger as a zombie
                    time.sleep(0.2)
            proc.poll()
            log_file.close()
        self.children.clear()


def _group_alive(pgid: int) -> bool:
    """True while any process of the group is alive (a zombie leader counts as gone)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return any(not _is_zombie(pid) for pid in _pids_of_group(pgid))


def _pids_of_group(pgid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    pids.append(int(entry.name))
            except (ProcessLookupError, PermissionError):
                continue
    return pids


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def free_port() -> int:
    """An unused local TCP port (for tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, check: Callable[[], Any], *, timeout_s: float, every_s: float = 1.0,
             alive: Callable[[], None] | None = None, state: Callable[[], str] | None = None) -> Any:
    """Poll ``check`` until it returns something truthy; TimeoutError naming ``what`` otherwise.

    ``state`` describes where things stand; its text ends the TimeoutError, so a timeout says what stalled.
    """
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if alive is not None:
            alive()
        try:
            result = check()
            if result:
                return result
        except (httpx.HTTPError, OSError, KeyError, ValueError) as exc:
            last_error = exc
        time.sleep(every_s)
    raise TimeoutError(f"timed out after {timeout_s:.0f}s waiting for {what}"
                       + (f" (last error: {type(last_error).__name__}: {last_error})" if last_error else "")
                       + (f"; {_described(state)}" if state is not None else ""))


def _described(state: Callable[[], str]) -> str:
    """``state()``, or why it could not be read (the timeout must still be raised)."""
    try:
        return state()
    except Exception as exc:  # noqa: BLE001 - a diagnostic must never hide the timeout it explains
        return f"state unreadable: {type(exc).__name__}: {exc}"


def start_services(cfg: StackConfig, procs: ProcessGroup) -> None:
    """The feed server and the SendGrid double, as separate processes, waited for until they answer."""
    python = sys.executable
    procs.start("feed-server", [python, "-m", "demo.feed_server", "--port", str(cfg.feed_port),
                                "--dir", str(cfg.feeds_dir)],
                env=os.environ, log_path=cfg.logs / "feed-server.log")
    procs.start("sendgrid-double", [python, "-m", "demo.sendgrid_double", "--port", str(cfg.sendgrid_port),
                                    "--out", str(cfg.outbox), "--api-key", cfg.sendgrid_key],
                env=os.environ, log_path=cfg.logs / "sendgrid-double.log")
    first = min(p.name for p in cfg.feeds_dir.iterdir() if p.is_file())
    wait_for("the feed server", lambda: httpx.head(f"{cfg.feed_url}/{first}").status_code == 200,
             timeout_s=30, every_s=0.3, alive=procs.check_alive)
    wait_for("the SendGrid double", lambda: httpx.get(f"{cfg.sendgrid_url}/health").status_code == 200,
             timeout_s=30, every_s=0.3, alive=procs.check_alive)


def prepare_store(cfg: StackConfig, feeds: tuple[tuple[str, str, str], ...] = FEEDS) -> None:
    """Schema, the roster and the feed sources (name, file, kind), through the `outreach` command."""
    env = {**os.environ, **outreach_environment(cfg)}
    steps = [["db", "upgrade"], ["roster", "import", str(cfg.roster)]]
    steps += [["feeds", "add", name, f"{cfg.feed_url}/{file}", "--kind", kind] for name, file, kind in feeds]
    for step in steps:
        done = subprocess.run([sys.executable, "-m", "outreach", *step], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"`outreach {' '.join(step[:2])}` failed ({done.returncode}): {done.stderr.strip()}")
        last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "ok"
        print(f"  outreach {' '.join(step[:2])}: {last}")


def start_airflow(cfg: StackConfig, procs: ProcessGroup) -> subprocess.Popen[bytes]:
    """`airflow standalone` (scheduler, dag-processor, triggerer, api-server) with this project's folders."""
    airflow = str(Path(sys.executable).parent / "airflow")
    return procs.start("airflow", [airflow, "standalone"], env=airflow_environment(cfg),
                       log_path=cfg.logs / "airflow-standalone.log")


# --- REST ----------------------------------------------------------------------------------------------

class AirflowAPI:
    """The few Airflow 3 REST calls the demo and the e2e test need (token auth, simple auth manager)."""

    def __init__(self, base_url: str, username: str = USERNAME, password: str = PASSWORD) -> None:
        self.base_url = base_url.rstrip("/")
        self.username, self.password = username, password
        self.http = httpx.Client(base_url=self.base_url, timeout=30.0)
        self._token: str | None = None

    def close(self) -> None:
        self.http.close()

    def login(self) -> str:
        resp = self.http.post("/auth/token", json={"username": self.username, "password": self.password})
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        if self._token is None:
            self.login()
        resp = self.http.request(method, path, headers={"Authorization": f"Bearer {self._token}"}, **kw)
        if resp.status_code == 401:  # token expired: once more with a fresh one
            self.login()
            resp = self.http.request(method, path, headers={"Authorization": f"Bearer {self._token}"}, **kw)
        return resp

    def _ok(self, resp: httpx.Response) -> Any:
        if resp.status_code >= 400:
            raise httpx.HTTPStatusError(f"{resp.request.method} {resp.request.url.path}: {resp.status_code} "
                                        f"{resp.text[:500]}", request=resp.request, response=resp)
        return resp.json() if resp.content else None

    def dag(self, dag_id: str) -> dict[str, Any]:
        return self._ok(self.request("GET", f"/api/v2/dags/{dag_id}"))

    def unpause(self, dag_id: str) -> None:
        self._ok(self.request("PATCH", f"/api/v2/dags/{dag_id}", json={"is_paused": False}))

    def trigger(self, dag_id: str, conf: Mapping[str, Any] | None = None) -> str:
        body: dict[str, Any] = {"logical_date": None, **({"conf": dict(conf)} if conf else {})}
        return self._ok(self.request("POST", f"/api/v2/dags/{dag_id}/dagRuns", json=body))["dag_run_id"]

    def _all(self, path: str, key: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every page of a list endpoint (the API cuts each page at [api] maximum_page_limit, 100)."""
        items: list[dict[str, Any]] = []
        while True:
            body = self._ok(self.request("GET", path, params={**(params or {}), "limit": 100, "offset": len(items)}))
            items += body[key]
            if not body[key] or len(items) >= body["total_entries"]:
                return items

    def dag_runs(self, dag_id: str) -> list[dict[str, Any]]:
        return self._all(f"/api/v2/dags/{dag_id}/dagRuns", "dag_runs")

    def task_instances(self, dag_id: str, run_id: str) -> list[dict[str, Any]]:
        return self._all(f"/api/v2/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}/taskInstances", "task_instances")

    def pending_reviews(self) -> list[dict[str, Any]]:
        """HITL requests nobody has answered yet, across all DAGs, that this user may see."""
        return self._all("/api/v2/dags/~/dagRuns/~/hitlDetails", "hitl_details", {"response_received": "false"})

    def respond(self, detail: Mapping[str, Any], option: str, params_input: Mapping[str, Any]) -> dict[str, Any]:
        """Answer one HITL request (a ``pending_reviews()`` entry) as the logged-in user."""
        ti = detail["task_instance"]
        path = (f"/api/v2/dags/{ti['dag_id']}/dagRuns/{quote(ti['dag_run_id'], safe='')}/taskInstances/"
                f"{ti['task_id']}/{ti['map_index']}/hitlDetails")
        return self._ok(self.request("PATCH", path, json={"chosen_options": [option],
                                                          "params_input": dict(params_input)}))


def wait_for_dags(api: AirflowAPI, dag_ids: list[str], *, timeout_s: float, alive: Callable[[], None]) -> None:
    def all_known() -> bool:
        return all(api.request("GET", f"/api/v2/dags/{dag_id}").status_code == 200 for dag_id in dag_ids)

    wait_for(f"the DAGs {', '.join(dag_ids)} to be parsed", all_known, timeout_s=timeout_s, every_s=2, alive=alive)


def channel_figures(store_url: str) -> str:
    """Drafts awaiting review by the channel the firm's policy proposed, e.g. "email 9, card 3, call 2"."""
    import sqlalchemy as sa

    from outreach.states import Channel, DraftStatus
    from outreach.store.db import session_scope
    from outreach.store.models import DraftRow

    with session_scope(store_url) as session:
        counts = dict(session.execute(sa.select(DraftRow.channel, sa.func.count()).where(
            DraftRow.status == DraftStatus.PENDING_REVIEW).group_by(DraftRow.channel)).tuples().all())
    return "drafts awaiting review by proposed channel: " + ", ".join(f"{c.label} {counts.get(c, 0)}" for c in Channel)


def start_pipeline(api: AirflowAPI, fetch_dags: tuple[str, ...] = FETCH_DAGS) -> list[str]:
    """Unpause the matching and reconcile DAGs first (the match DAG must be live to be triggered by asset
    events), then trigger the fetch DAGs."""
    api.unpause(MATCH_DAG)
    api.unpause(RECONCILE_DAG)
    runs = []
    for dag_id in fetch_dags:
        api.unpause(dag_id)
        runs.append(api.trigger(dag_id))
    return runs


# --- the demo --------------------------------------------------------------------------------------------

def _stop_on_signals() -> None:
    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="demo.run", description=__doc__.splitlines()[0])
    parser.add_argument("--home", default=str(ROOT / "var" / "demo"), help="demo state folder (wiped unless --keep)")
    parser.add_argument("--keep", action="store_true", help="keep the state of the previous demo run")
    parser.add_argument("--port", type=int, default=8080, help="Airflow UI/API port")
    parser.add_argument("--feed-port", type=int, default=8026, help="port of the sample feed server")
    parser.add_argument("--sendgrid-port", type=int, default=8025, help="port of the SendGrid test double")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for drafts to await review")
    args = parser.parse_args(argv)

    cfg = StackConfig(home=Path(args.home).resolve(), api_port=args.port, feed_port=args.feed_port,
                      sendgrid_port=args.sendgrid_port)
    busy = [p for p in (cfg.api_port, cfg.feed_port, cfg.sendgrid_port) if not port_free(p)]
    if busy:
        print(f"demo: port(s) {', '.join(map(str, busy))} already in use on 127.0.0.1; stop what uses them "
              "(a previous demo?) and retry", file=sys.stderr)
        return 2

    print("=" * 72)
    print(f" outreach demo: Airflow UI at {cfg.api_url}   login: {USERNAME} / {PASSWORD}")
    print("=" * 72, flush=True)
    _stop_on_signals()
    procs = ProcessGroup()
    api = AirflowAPI(cfg.api_url)
    try:
        prepare_home(cfg, fresh=not args.keep)
        print(f"state in {cfg.home} (logs in {cfg.logs})")
        start_services(cfg, procs)
        print(f"feed server {cfg.feed_url}, SendGrid double {cfg.sendgrid_url} -> {cfg.outbox}")
        prepare_store(cfg)
        start_airflow(cfg, procs)
        print("starting airflow standalone (about 30 s)...", flush=True)
        wait_for("the Airflow API", api.login, timeout_s=240, every_s=2, alive=procs.check_alive)
        wait_for_dags(api, [MATCH_DAG, RECONCILE_DAG, *FETCH_DAGS], timeout_s=240, alive=procs.check_alive)
        start_pipeline(api)
        print("fetch DAGs triggered; matching and drafting...", flush=True)
        pending = wait_for("reviews awaiting a person", api.pending_reviews, timeout_s=args.timeout, every_s=3,
                           alive=procs.check_alive)
        time.sleep(10)  # the other mapped reviews of the same run open within seconds
        pending = api.pending_reviews() or pending
        print()
        print(f"{len(pending)} Required Action(s) await review: {cfg.api_url}/required_actions  "
              f"(login {USERNAME}/{PASSWORD} sees all; jdoe/jdoe and mlee/mlee see their adviser's)")
        print(channel_figures(cfg.store_url))
        print(f"approved e-mails land in {cfg.outbox}; each reviewer's digest e-mail lands there too; approved cards "
              f"in {cfg.home / 'cards'} (print an adviser's batch: outreach cards print --adviser EMAIL); approved "
              "calls open a call-outcome Required Action")
        print("Ctrl-C stops everything.", flush=True)
        seen = len(list(cfg.outbox.glob("*.json")))
        while True:
            procs.check_alive()
            now = len(list(cfg.outbox.glob("*.json")))
            if now != seen:
                print(f"SendGrid double: {now} message(s) in {cfg.outbox}", flush=True)
                seen = now
            time.sleep(2)
    except KeyboardInterrupt:
        print("\nstopping...", flush=True)
        return 0
    except (RuntimeError, TimeoutError) as exc:
        print(f"demo: {exc}; see the logs in {cfg.logs}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
        api.close()
        procs.stop()
        print("all demo processes stopped.")


if __name__ == "__main__":
    sys.exit(main())
