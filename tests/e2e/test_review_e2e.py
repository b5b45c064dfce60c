"""Review at the speed and volume users have, through the real Airflow (standalone, metadata on PostgreSQL).

- Fifty obituary reviews, each answered the moment it appears (as fast as a script can: no waiting for the
  worker that parked it): every approval is delivered exactly once, whatever Airflow did to the review task.
  An assistant cannot answer another adviser's draft (403).
- A storm over 1,500 clients of five advisers: one weather Required Action per adviser, one digest per
  reviewer. Approving all but three sends 1,497 messages, once each, even though the scheduler is killed
  while they are being delivered and started again.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from demo.run import MATCH_DAG, RECONCILE_DAG, AirflowAPI, wait_for
from tests.e2e.fixtures_gen import write_obituary_batch, write_storm
from tests.e2e.stack import (
    ASK,
    DONE_STATES,
    all_tis,
    client_messages,
    digests,
    form_values,
    kill_scheduler,
    pipeline_state,
    recipient,
    review_ids_of,
    running_stack,
    start_scheduler,
    store_decisions,
    store_rows,
    text_of,
    wait_for_open_reviews,
)

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

FIRM = "test-wealth.example"


def advisers_file(path: Path, advisers: dict[str, list[str]]) -> Path:
    """An advisers file: each adviser (by e-mail) with their reviewers, every reviewer with a digest address."""
    lines = ['[firm]', 'name = "Test Wealth"', f'from_email = "outreach@{FIRM}"', ""]
    for email, reviewers in advisers.items():
        lines += [f'[advisers."{email}"]', f'name = "{email.split("@")[0].title()}"',
                  f"reviewers = {reviewers!r}".replace("'", '"'), ""]
    for reviewers in advisers.values():
        for rid in reviewers:
            lines += [f"[reviewers.{rid}]", f'name = "{rid.title()}"', f'email = "{rid}@{FIRM}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def logins(team: dict[str, list[str]]) -> dict[str, str]:
    """Airflow logins: admin, and every reviewer of the team with a password of their own."""
    return {"admin": "admin", **{rid: f"{rid}-pw" for ids in team.values() for rid in ids}}


def team_stack(tmp_path: Path, airflow_db: str, store_url: str, team: dict[str, list[str]], roster: Path,
               feed: tuple[str, str, str]) -> Any:
    """The stack with this team's advisers file and logins, no fallback approvers, one feed in tmp_path/feeds."""
    return running_stack(tmp_path, airflow_db, store_url, users=logins(team), roster=roster,
                         advisers=advisers_file(tmp_path / "advisers.toml", team), approvers="",
                         feeds_dir=tmp_path / "feeds", feeds=(feed,))


def pending(api: AirflowAPI) -> list[dict[str, Any]]:
    return [d for d in api.pending_reviews() if d["task_instance"]["dag_id"] == MATCH_DAG]


def wait_for_reconcile_success(api: AirflowAPI, procs: Any, after: float) -> None:
    """A reconcile run that started after ``after`` (epoch seconds) finished green: nothing left stuck."""
    def green() -> bool:
        runs = [r for r in api.dag_runs(RECONCILE_DAG) if r.get("start_date")]
        fresh = [r for r in runs if _epoch(r["start_date"]) > after]
        if any(r["state"] == "failed" for r in fresh):
            raise AssertionError(f"reconcile failed: {fresh}")
        return any(r["state"] == "success" for r in fresh)

    wait_for("a green reconcile run", green, timeout_s=240, every_s=3, alive=procs.check_alive,
             state=lambda: "reconcile runs " + ", ".join(str(r["state"]) for r in api.dag_runs(RECONCILE_DAG)))


def _epoch(iso: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(iso).timestamp()


def review_figures(cfg: Any) -> dict[str, int]:
    """Where each answer was recorded from: the resumed task, its deliver step, or the reconcile DAG."""
    rows = store_rows(cfg, "select recorded_from, count(*) from reviews where status = 'answered' "
                           "group by recorded_from")
    return {str(k): int(n) for k, n in rows}


def test_fifty_reviews_answered_at_once_are_each_delivered_once_and_routed_per_adviser(
        tmp_path: Path, postgres_database: str, postgres_schema_url: str):
    team = {f"jane@{FIRM}": ["jane", "amy"], f"raj@{FIRM}": ["raj", "ravi"]}
    users = logins(team)
    roster, _ = write_obituary_batch(tmp_path / "feeds", 50, list(team))
    with team_stack(tmp_path, postgres_database, postgres_schema_url, team, roster,
                    ("quick-obits", "obituaries.rss", "obituary")) as (cfg, api, procs):
        apis = {u: AirflowAPI(cfg.api_url, u, p) for u, p in users.items()}
        seen_at: dict[tuple[str, int], float] = {}
        latency: list[float] = []
        answered: dict[tuple[str, int], str] = {}
        intruder_refused = False
        deadline = time.monotonic() + 600
        while len(answered) < 50:
            assert time.monotonic() < deadline, f"only {len(answered)} of 50 reviews appeared"
            procs.check_alive()
            for detail in pending(api):
                key = review_ids_of(detail)
                if key in answered:
                    continue
                seen_at.setdefault(key, time.monotonic())
                assigned = [u["id"] for u in detail["assigned_users"]]
                assert len(assigned) == 2 and (assigned in team.values()), assigned
                if not intruder_refused:
                    other = next(rid for ids in team.values() if ids != assigned for rid in ids)
                    with pytest.raises(httpx.HTTPStatusError, match="403"):
                        apis[other].respond(detail, "Approve", form_values(detail))
                    intruder_refused = True
                # The adviser or the assistant, in turn within each team (the listing order mixes teams).
                who = assigned[sum(1 for w in answered.values() if w in assigned) % 2]
                apis[who].respond(detail, "Approve", form_values(detail))
                latency.append(time.monotonic() - seen_at[key])
                answered[key] = who
            time.sleep(0.2)
        assert intruder_refused

        # Every approval reaches its client exactly once, whatever became of the 50 review tasks.
        wait_for("50 delivered messages", lambda: len(client_messages(cfg)) >= 50, timeout_s=420, every_s=2,
                 alive=procs.check_alive, state=lambda: pipeline_state(cfg, api))
        done = time.time()
        wait_for_reconcile_success(api, procs, after=done)
        messages = client_messages(cfg)
        by_draft: dict[int, int] = {}
        for m in messages:
            by_draft[int(m["custom_args"]["draft_id"])] = by_draft.get(int(m["custom_args"]["draft_id"]), 0) + 1
        assert len(by_draft) == 50 and set(by_draft.values()) == {1}, by_draft
        assert sorted(recipient(m) for m in messages) == sorted(f"q{i:03d}@example.com" for i in range(50))
        decisions = store_decisions(cfg)
        assert len(decisions) == 50 and {d.action for d in decisions} == {"approve"}
        assert {d.actor for d in decisions} == set(users) - {"admin"}
        # One digest per reviewer for the run that opened their 25 reviews; never a client's name.
        mails = digests(cfg)
        assert sorted(recipient(m) for m in mails) == sorted(f"{rid}@{FIRM}" for ids in team.values() for rid in ids)
        assert all("25 condolence review(s)" in text_of(m) and "Harold" not in text_of(m) for m in mails)
        ask_states: dict[str, int] = {}
        for ti in all_tis(api, ASK):
            ask_states[ti["state"]] = ask_states.get(ti["state"], 0) + 1
        print(f"\nquick answers: delivered {len(by_draft)} / answered {len(answered)}; "
              f"answer latency max {max(latency):.2f} s, median {sorted(latency)[len(latency) // 2]:.2f} s; "
              f"review task states {ask_states}; answers recorded from {review_figures(cfg)}")
        for a in apis.values():
            a.close()


def test_storm_over_1500_clients_is_one_review_per_adviser_and_survives_a_scheduler_kill(
        tmp_path: Path, postgres_database: str, postgres_schema_url: str):
    team = {f"adviser{i}@{FIRM}": [f"adv{i}", f"asst{i}"] for i in range(1, 6)}
    users = logins(team)
    roster, _ = write_storm(tmp_path / "feeds", 1500, list(team))
    with team_stack(tmp_path, postgres_database, postgres_schema_url, team, roster,
                    ("storm-nws", "nws-alerts.atom", "weather")) as (cfg, api, procs):
        reviews = wait_for_open_reviews(api, procs)
        assert len(reviews) == 5, [d["subject"] for d in reviews]
        assert sorted(tuple(u["id"] for u in d["assigned_users"]) for d in reviews) == \
            sorted(tuple(ids) for ids in team.values())
        assert all("300 client(s)" in d["subject"] and len(form_values(d)["clients"]) == 300 for d in reviews)
        assert all("| Client | Town | Why | Last outreach |" in d["body"] for d in reviews)
        wait_for("a digest per reviewer", lambda: len(digests(cfg)) >= 10, timeout_s=120, every_s=2,
                 alive=procs.check_alive)
        assert sorted(recipient(m) for m in digests(cfg)) == sorted(f"{r}@{FIRM}" for ids in team.values() for r in ids)
        assert not client_messages(cfg), "nothing reaches a client before an approval"

        apis = {u: AirflowAPI(cfg.api_url, u, p) for u, p in users.items()}
        left_out = form_values(reviews[0])["clients"][:3]

        def approve(detail: dict[str, Any]) -> None:
            values = form_values(detail)
            if detail is reviews[0]:
                values["clients"] = [c for c in values["clients"] if c not in left_out]
            apis[detail["assigned_users"][1]["id"]].respond(detail, "Approve", values)  # the assistant

        approve(reviews[0])
        approve(reviews[1])
        wait_for("deliveries under way", lambda: len(client_messages(cfg)) >= 100, timeout_s=300, every_s=0.5,
                 alive=procs.check_alive, state=lambda: pipeline_state(cfg, api))
        killed = kill_scheduler()
        assert killed, "no scheduler process found to kill"
        for detail in reviews[2:]:
            approve(detail)  # answered while no scheduler runs: Airflow keeps the answers
        start_scheduler(cfg, procs)

        wait_for("1,497 delivered messages", lambda: len(client_messages(cfg)) >= 1497, timeout_s=900, every_s=3,
                 alive=procs.check_alive, state=lambda: pipeline_state(cfg, api))
        wait_for_reconcile_success(api, procs, after=time.time())
        messages = client_messages(cfg)
        to = [recipient(m) for m in messages]
        assert len(to) == len(set(to)) == 1497, "each included client exactly once"
        assert not {f"{c.lower()}@example.com" for c in left_out} & set(to), "the left-out clients get nothing"
        rejected = [d for d in store_decisions(cfg) if d.action == "reject"]
        assert len(rejected) == 3 and {d.reason for d in rejected} == {"left out of the storm message by the reviewer"}
        import csv

        first_names = {f"{r['client_id'].lower()}@example.com": r["first_name"]
                       for r in csv.DictReader(roster.open(encoding="utf-8"))}
        assert all(text_of(m).split("\n", 1)[0] == f"Dear {first_names[recipient(m)]}," for m in messages)
        ask_states = {ti["state"] for ti in all_tis(api, ASK)}
        print(f"\nstorm: required actions {len(reviews)}, digests {len(digests(cfg))}, delivered {len(messages)}, "
              f"left out {len(rejected)}; killed scheduler pid(s) {killed}; review task states {ask_states}; "
              f"answers recorded from {review_figures(cfg)}")
        assert ask_states <= DONE_STATES
        for a in apis.values():
            a.close()
