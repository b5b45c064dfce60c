"""Airflow's own record of the review tasks, read through its public REST API (connection ``outreach_airflow_api``).

A task in Airflow 3 cannot read another task's Human-in-the-loop detail through the Task SDK (the
execution API scopes it to the task itself), so the deliver step and the reconcile DAG read it the way
any client does: ``POST /auth/token`` with a service account, then the ``/api/v2`` endpoints, paginated
(the API caps every page at ``[api] maximum_page_limit``, 100 by default).

Connection fields: ``host`` = the API base URL (e.g. ``http://127.0.0.1:8080``), ``login`` / ``password``
= an Airflow user allowed to read the outreach DAG's task instances and HITL details.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
from airflow.sdk import BaseHook

from outreach.reviews import AirflowReview, Answer

PAGE = 100  # Airflow's default [api] maximum_page_limit: a larger limit is silently cut to it


class OutreachAirflowAPIHook(BaseHook):
    """Reads task instance states and HITL details of the review tasks."""

    conn_name_attr = "airflow_api_conn_id"
    default_conn_name = "outreach_airflow_api"
    conn_type = "http"
    hook_name = "Outreach Airflow API"

    def __init__(self, airflow_api_conn_id: str = default_conn_name, *, timeout_s: float = 30.0) -> None:
        super().__init__()
        self.airflow_api_conn_id = airflow_api_conn_id
        self.timeout_s = timeout_s
        self._http: httpx.Client | None = None

    def get_conn(self) -> httpx.Client:
        """An authenticated client (bearer token from ``/auth/token``)."""
        if self._http is None:
            conn = self.get_connection(self.airflow_api_conn_id)
            base = (conn.host or "").rstrip("/")
            if "://" not in base:
                base = f"http://{base}" + (f":{conn.port}" if conn.port else "")
            if not conn.login or not conn.password:
                raise ValueError(f"connection {self.airflow_api_conn_id!r} needs a login and a password")
            http = httpx.Client(base_url=base, timeout=self.timeout_s)
            resp = http.post("/auth/token", json={"username": conn.login, "password": conn.password})
            resp.raise_for_status()
            http.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"
            self._http = http
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _pages(self, method: str, path: str, key: str, **kw: Any) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            if method == "GET":
                resp = self.get_conn().get(path, params={**kw.get("params", {}), "limit": PAGE, "offset": offset})
            else:
                resp = self.get_conn().post(path, json={**kw.get("json", {}), "page_limit": PAGE,
                                                        "page_offset": offset})
            resp.raise_for_status()
            body = resp.json()
            items = body[key]
            yield from items
            offset += len(items)
            if not items or offset >= body["total_entries"]:
                return

    def task_states(self, dag_id: str, run_ids: Iterable[str], task_id: str) -> dict[tuple[str, int], str | None]:
        """(run id, map index) -> state of every mapped instance of ``task_id`` in these runs."""
        runs = sorted(set(run_ids))
        if not runs:
            return {}
        body = {"dag_ids": [dag_id], "dag_run_ids": runs, "task_ids": [task_id]}
        return {(ti["dag_run_id"], int(ti["map_index"])): ti["state"]
                for ti in self._pages("POST", "/api/v2/dags/~/dagRuns/~/taskInstances/list", "task_instances",
                                      json=body)}

    def answers(self, dag_id: str, run_id: str, task_id: str) -> dict[int, Answer]:
        """map index -> the answer Airflow holds, for the answered HITL requests of one run's task."""
        path = f"/api/v2/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}/hitlDetails"
        found = {}
        for detail in self._pages("GET", path, "hitl_details",
                                  params={"task_id": task_id, "response_received": "true"}):
            found[int(detail["task_instance"]["map_index"])] = _answer(detail)
        return found

    def answer(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Answer | None:
        """The answer Airflow holds for one mapped review task, or None (no request, or not answered)."""
        path = (f"/api/v2/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}/taskInstances/{task_id}/"
                f"{map_index}/hitlDetails")
        resp = self.get_conn().get(path)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        detail = resp.json()
        return _answer(detail) if detail.get("response_received") else None

    def observe(self, dag_id: str, run_ids: Iterable[str], task_id: str) -> dict[tuple[str, int], AirflowReview]:
        """What Airflow says about every review task of these runs: its state and any answer it holds."""
        runs = sorted(set(run_ids))
        states = self.task_states(dag_id, runs, task_id)
        seen = {key: AirflowReview(state) for key, state in states.items()}
        for run_id in runs:
            for map_index, answer in self.answers(dag_id, run_id, task_id).items():
                seen[(run_id, map_index)] = AirflowReview(states.get((run_id, map_index)), answer)
        return seen

def _answer(detail: dict[str, Any]) -> Answer:
    # The timeout sweep writes the defaults as the response with nobody as the responder.
    return Answer.from_hitl(detail, timed_out=not detail.get("responded_by_user"))
