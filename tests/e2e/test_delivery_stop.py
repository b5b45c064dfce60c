"""A delivery task Airflow stops (SIGTERM, then SIGKILL 5 s later) ends between two messages, none in doubt.

Airflow's supervisor stops a task it no longer owns: one a person marked failed or cleared, or one reset after
a scheduler crash while an orphaned worker still ran it. A SIGKILL between a message's claim and SendGrid's
answer would leave that message ``unknown``, for a person to check; ``stop_signal`` lets the loop finish the
message in flight and start no other, so the retry or the reconcile DAG delivers the rest, once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from outreach_review import stop_signal

from outreach.match.model import Match
from outreach.pipeline import deliver_approved, record_decision
from tests.test_delivery import ADVISERS, delivery_row, seed

ROOT = Path(__file__).resolve().parents[2]

# What the review's deliver task does, in a process of its own that the test can signal.
DELIVER_TASK = textwrap.dedent("""
    import json, sys
    from outreach_review import stop_signal
    from outreach.advisers import AdviserDirectory
    from outreach.delivery import make_sendgrid_client
    from outreach.pipeline import deliver_approved
    db_url, host, ids = sys.argv[1], sys.argv[2], [int(i) for i in sys.argv[3:]]
    with stop_signal() as stop:
        outcomes = deliver_approved(db_url, ids, make_sendgrid_client("SG.test-key", host=host),
                                    advisers=AdviserDirectory(), stop=stop)
    print(json.dumps([o.status for o in outcomes]))
""")


def _two_approved_drafts(db_url: str) -> list[int]:
    matches = [Match(client_id, "obit-1", "bereavement", "survivor", 0.93, "his daughter Susan Halvorsen",
                     {"event_key": "obit:miller", "outreach_key": f"{client_id}|obit:miller",
                      "deceased": "Robert J. Miller", "relation": "child"})
               for client_id in ("c-100", "c-200")]
    draft_ids = seed(db_url, matches)
    for draft_id in draft_ids:
        record_decision(db_url, draft_id, "approve", "alice")
    return draft_ids


def test_sigterm_mid_delivery_finishes_the_message_in_flight_and_leaves_the_rest_for_the_retry(
        database_url, double, sg):
    first, second = _two_approved_drafts(database_url)
    double.slow_next(3.0)  # SendGrid has the first message and answers 3 s later: the SIGTERM lands meanwhile
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "plugins")])}
    proc = subprocess.Popen([sys.executable, "-c", DELIVER_TASK, database_url, double.url, str(first), str(second)],
                            env=env, stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not double.messages():  # as soon as the first message is with SendGrid, Airflow stops the task
            assert proc.poll() is None, "the deliver task exited before sending"
            assert time.monotonic() < deadline, "the deliver task never reached SendGrid"
            time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, "the task ends on its own, before Airflow's SIGKILL"
    assert json.loads(out.splitlines()[-1]) == ["sent", "stopped"]
    assert delivery_row(database_url, first).state == "sent"
    assert delivery_row(database_url, second) is None, "the second message was never claimed"
    # The retry (or the reconcile DAG) delivers what is left, and nothing twice.
    assert [o.status for o in deliver_approved(database_url, [first, second], sg, advisers=ADVISERS)] == \
        ["already_sent", "sent"]
    assert len(double.messages()) == 2


def test_stop_signal_turns_sigint_and_sigterm_into_the_event_and_keeps_airflows_sigterm_handler():
    seen: list[int] = []
    before_int = signal.getsignal(signal.SIGINT)
    before_term = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))  # Airflow's on_kill
    try:
        with stop_signal() as stop:
            assert stop is not None and not stop.is_set()
            os.kill(os.getpid(), signal.SIGINT)  # no KeyboardInterrupt in the middle of a send
            assert stop.is_set()
            os.kill(os.getpid(), signal.SIGTERM)
        assert seen == [signal.SIGTERM]
        assert signal.getsignal(signal.SIGINT) is before_int
    finally:
        signal.signal(signal.SIGTERM, before_term)
