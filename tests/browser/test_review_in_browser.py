"""A person reviews drafts in the real Airflow UI: Debian's Chromium, driven by Playwright.

The stack is the e2e test's (tests/e2e/test_airflow_e2e.py: feed server, SendGrid double and
``airflow standalone`` on PostgreSQL, the pipeline started). Once the drafts await review, the browser
logs in through SimpleAuthManager's form as Jane Doe's reviewer, opens Browse > Required Actions, opens one of
Jane's drafts (its preview keeps the message's line breaks), edits its subject and body and approves it, then
opens another and rejects it with a reason. An admin who reviews for nobody, and Marcus Lee's reviewer, are
refused by the same form. Then, through REST and the store: the decisions carry the
actor, and the SendGrid double holds the edited text exactly once and nothing for the rejected draft. Last, the
reviewer looks at a draft proposed as a card, approves Jane's storm list as calls and records the calls' outcomes in
the Required Action that follows (recorded once, as the reviewer's; nothing of it is e-mailed).

Screenshots of every step land in the test's tmp_path and in test-output/browser/ (see conftest.py).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from demo.run import MATCH_DAG, AirflowAPI, wait_for
from tests.e2e.stack import (
    CALL,
    DELIVER,
    DONE_STATES,
    client_messages,
    digests,
    recipient,
    running_stack,
    store_decisions,
    store_rows,
    text_of,
    wait_for_open_reviews,
)
from tests.e2e.test_airflow_e2e import JANE, draft_id

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.postgres]

EDITED_SUBJECT = "A personal note from your adviser (edited in the browser)"
MARKER = "EDITED-IN-BROWSER-4c1d"
# Typed into the body by the reviewer; '&' and '<...>' must reach the e-mail as text and be escaped in HTML.
EDIT_LINE = f"I will call you on Tuesday about the Smith & Sons <account>. ({MARKER})"
REJECT_REASON = "Not the right person: a namesake"
TIMEOUT_MS = 60_000  # a busy CI machine renders Airflow's UI slowly; every wait polls up to this long
VIEWPORT = {"width": 1400, "height": 1800}  # tall: a whole Required Action (text, form, buttons) per shot


class ReviewerPage:
    """One logged-in browser tab on the Airflow UI, with the few steps a reviewer takes."""

    def __init__(self, browser: Any, shots: Path, who: str) -> None:
        from playwright.sync_api import expect

        self.context = browser.new_context(viewport=VIEWPORT)
        self.context.set_default_timeout(TIMEOUT_MS)
        # Assertions poll as long as actions do: their own default is 5 s, and on a slow CI host the digest link's
        # page was still "Loading required actions..." after 5 s.
        expect.set_options(timeout=TIMEOUT_MS)
        self.page = self.context.new_page()
        self.shots, self.who = shots, who

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def save_failure(self) -> None:
        """The page as it was when something failed: a screenshot and its HTML."""
        with contextlib.suppress(Exception):
            self.page.screenshot(path=str(self.shots / f"FAILED-{self.who}.png"), full_page=True)
        with contextlib.suppress(Exception):
            (self.shots / f"FAILED-{self.who}.html").write_text(self.page.content(), encoding="utf-8")

    def login(self, username: str, password: str, *, shot: str | None = None) -> None:
        """SimpleAuthManager's sign-in form (every page redirects there first)."""
        from playwright.sync_api import expect

        expect(self.page).to_have_url(re.compile(r"/auth/login"))
        expect(self.page.get_by_role("heading", name="Sign into Airflow")).to_be_visible()
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(password)
        if shot:
            self.shot(shot)
        self.page.get_by_role("button", name="Sign in").click()
        expect(self.page).not_to_have_url(re.compile(r"/auth/login"))

    def open_required_actions(self) -> None:
        """Browse > Required Actions, as a person finds it from any page."""
        from playwright.sync_api import expect

        self.page.get_by_role("button", name="Browse").click()
        self.page.get_by_role("menuitem", name="Required Actions").click()
        expect(self.page).to_have_url(re.compile(r"/required_actions$"))
        expect(self.page.get_by_role("heading", name=re.compile(r"^\d+ Required Actions?$"))).to_be_visible()

    def action_link(self, subject: str) -> Any:
        return self.page.get_by_role("link", name=subject, exact=True)

    def field(self, label: str) -> Any:
        """The form field under ``label``. Airflow 3.3.2's form labels point at no input (``for`` and
        ``id`` differ), so the field is found through its labelled group instead of get_by_label."""
        label_re = re.compile(rf"^\s*{re.escape(label)}\b")
        return (self.page.get_by_role("group").filter(has=self.page.locator("label", has_text=label_re))
                .get_by_role("textbox"))

    def button(self, option: str) -> Any:
        return self.page.get_by_role("button", name=option, exact=True)

    def wait_for_form(self, subject: str) -> None:
        from playwright.sync_api import expect

        expect(self.page.get_by_text(subject, exact=True).first).to_be_visible()
        expect(self.field("Message")).to_be_editable()

    def choose(self, option: str) -> None:
        """Press an option button and wait until Airflow confirms the response."""
        from playwright.sync_api import expect

        expect(self.button(option)).to_be_enabled()
        self.button(option).click()
        # .first: an earlier answer's toast may still be on screen; the lines below are this page's own.
        expect(self.page.get_by_role("status").filter(has_text="response successful").first).to_be_visible()
        expect(self.page.get_by_text(re.compile(r"Response received at"))).to_be_visible()
        expect(self.field("Message")).to_be_disabled()

    def close(self) -> None:
        self.context.close()


@contextlib.contextmanager
def failure_capture(pages: list[ReviewerPage]) -> Iterator[None]:
    """On any failure inside, save every open page's screenshot and HTML before the stack goes."""
    try:
        yield
    except BaseException:
        for page in pages:
            page.save_failure()
        raise


def _answered(api: AirflowAPI, detail: dict[str, Any]) -> dict[str, Any] | None:
    """The HITL detail of ``detail``'s task instance once it has a response, else None."""
    ti = detail["task_instance"]
    found = api._all("/api/v2/dags/~/dagRuns/~/hitlDetails", "hitl_details", {"response_received": "true"})
    return next((d for d in found if d["task_instance"]["dag_run_id"] == ti["dag_run_id"]
                 and d["task_instance"]["task_id"] == ti["task_id"]
                 and d["task_instance"]["map_index"] == ti["map_index"]), None)


def test_reviewer_edits_approves_and_rejects_in_the_airflow_ui(
        tmp_path: Path, postgres_database: str, postgres_schema_url: str, browser: Any, screenshots: Path):
    from playwright.sync_api import expect

    # "mallory" may log in (an Airflow admin) but reviews for nobody; "mlee" reviews for Marcus Lee only.
    users = {"admin": "admin", "jdoe": "jdoe", "mlee": "mlee", "mallory": "mallory-pass"}
    with running_stack(tmp_path, postgres_database, postgres_schema_url, users=users) as (cfg, api, procs):
        pending = wait_for_open_reviews(api, procs)
        client_drafts = sorted((d for d in pending if "adviser notice" not in d["subject"]
                                and "review #" not in d["subject"]
                                and [u["id"] for u in d["assigned_users"]] == JANE), key=draft_id)
        assert len(client_drafts) >= 2, [d["subject"] for d in pending]
        # The approval is checked in the e-mail double: one of Jane's drafts the policy proposes as an e-mail.
        approve = next(d for d in client_drafts if d["params"]["channel"]["value"] == "email")
        card = next(d for d in client_drafts if d["params"]["channel"]["value"] == "card")
        reject = next(d for d in client_drafts if d is not approve and d is not card)
        storm = next(d for d in pending
                      if "review #" in d["subject"] and [u["id"] for u in d["assigned_users"]] == JANE)
        original = {k: v["value"] for k, v in approve["params"].items()}
        assert "\n\n" in original["body"], "the drafted body has paragraphs"
        expected_body = original["body"].replace("\n\n", f"\n\n{EDIT_LINE}\n\n", 1)

        admin = ReviewerPage(browser, screenshots, "jdoe")
        pages = [admin]
        with failure_capture(pages):
            # 1. Any page needs Airflow's login first.
            admin.page.goto(cfg.api_url + "/")
            admin.login("jdoe", "jdoe", shot="01-login")
            expect(admin.page.get_by_role("heading", name="Welcome")).to_be_visible()
            admin.shot("02-home")

            # 2. Browse > Required Actions lists every draft awaiting review, by its subject.
            admin.open_required_actions()
            for detail in pending:
                expect(admin.action_link(detail["subject"]).first).to_be_visible()
            admin.shot("03-required-actions")
            # 2b. The link in Jane's digest e-mail opens the run's Required Actions, hers among them.
            # (Each run sends its own digest: the link names its run, and the page counts that run's open reviews as
            # they are now; another asset event may have started a run after `pending` was read.)
            digest = next(m for m in digests(cfg) if recipient(m) == "jane.doe@lakeside-wealth.example")
            link = re.search(r"http\S+/runs/([^/\s]+)/required_actions", text_of(digest))
            assert link is not None, text_of(digest)
            admin.page.goto(link.group(0))
            heading = admin.page.get_by_text(re.compile(r"Pending required actions \(\d+\)"))
            expect(heading).to_be_visible()
            run_id = unquote(link.group(1))
            run_pending = sum(d["task_instance"]["dag_run_id"] == run_id for d in api.pending_reviews())
            assert run_pending >= 1
            expect(admin.page.get_by_text(f"Pending required actions ({run_pending})")).to_be_visible()
            admin.shot("03b-digest-link")
            admin.page.goto(cfg.api_url + "/")
            admin.open_required_actions()
            approve_url = admin.action_link(approve["subject"]).first.get_attribute("href")
            assert approve_url and approve_url.endswith(
                f"/tasks/review.ask/mapped/{approve['task_instance']['map_index']}/required_actions")

            # 3. Someone who does not review for Jane opens the same draft: the answer is refused.
            for who, password in (("mallory", "mallory-pass"), ("mlee", "mlee")):
                other = ReviewerPage(browser, screenshots, who)
                pages.append(other)
                other.page.goto(cfg.api_url + approve_url)
                other.login(who, password)
                other.wait_for_form(approve["subject"])
                other.field("Reason").fill("looks fine to me")
                other.button("Approve").click()
                expect(other.page.get_by_role("status").filter(has_text="Access Denied")).to_be_visible()
                other.shot(f"04-{who}-denied")
                other.close()
                pages.remove(other)
                assert _answered(api, approve) is None, f"{who}'s click must not answer Jane's review"

            # 4. Jane's reviewer opens the draft: the preview keeps the message's line breaks (a quote with
            # a break per line, not one run-on code line); they edit subject and body, and approve.
            admin.action_link(approve["subject"]).first.click()
            admin.wait_for_form(approve["subject"])
            preview = admin.page.locator("blockquote").filter(has_text="Dear")
            expect(preview.first).to_be_visible()
            assert preview.first.locator("p").count() >= 3, "paragraphs of the draft stay paragraphs"
            assert "\n" in preview.first.inner_text().strip(), "lines stay lines"
            admin.shot("04b-readable-preview")
            body = admin.field("Message")
            assert body.input_value() == original["body"], "the form shows the drafted body"
            assert admin.field("Subject").input_value() == original["subject"]
            admin.field("Subject").fill(EDITED_SUBJECT)
            # A person's edit: after the greeting line, a new paragraph typed on the keyboard.
            body.click()
            body.press("Control+Home")
            body.press("End")
            admin.page.keyboard.type(f"\n\n{EDIT_LINE}")
            assert body.input_value() == expected_body
            # The reason is optional (its type admits null): Approve works with it left empty.
            assert admin.field("Reason").input_value() == ""
            admin.shot("05-draft-edited")
            admin.choose("Approve")
            assert admin.field("Message").input_value() == expected_body
            admin.shot("06-approved")

            # 5. Back to the list; the second draft is rejected with a reason.
            admin.open_required_actions()
            admin.action_link(reject["subject"]).first.click()
            admin.wait_for_form(reject["subject"])
            admin.field("Reason").fill(REJECT_REASON)
            admin.shot("07-reject-with-reason")
            admin.choose("Reject")
            admin.shot("08-rejected")

            # 6. A bereavement the firm's policy sends as a signed card: the channel is shown and can be switched.
            admin.open_required_actions()
            admin.action_link(card["subject"]).first.click()
            admin.wait_for_form(card["subject"])
            expect(admin.page.get_by_text("Channel proposed: Card", exact=False).first).to_be_visible()
            admin.shot("09-card-review")

            # 7. The storm list for Jane's clients, proposed as calls; approved as it stands.
            admin.open_required_actions()
            admin.action_link(storm["subject"]).first.click()
            admin.wait_for_form(storm["subject"])
            proposed = admin.page.get_by_text("Channel proposed for the list: phone call", exact=False)
            expect(proposed.first).to_be_visible()
            admin.shot("10-storm-call-review")
            admin.choose("Approve")

            # 8. The approved calls come back as one Required Action: who to call, the number, talking points.
            outcome = wait_for("the call-outcome request", lambda: [
                d for d in api.pending_reviews() if d["task_instance"]["task_id"] == CALL
                and d["task_instance"]["dag_run_id"] == storm["task_instance"]["dag_run_id"]
                and d["task_instance"]["map_index"] == storm["task_instance"]["map_index"]],
                timeout_s=180, every_s=1, alive=procs.check_alive)[0]
            admin.open_required_actions()
            admin.action_link(outcome["subject"]).first.click()
            expect(admin.page.get_by_text(outcome["subject"], exact=True).first).to_be_visible()
            expect(admin.button("Record outcomes")).to_be_enabled()
            admin.shot("11-call-outcomes")
            admin.button("Record outcomes").click()  # each outcome as prefilled: no answer
            expect(admin.page.get_by_text(re.compile(r"Response received at"))).to_be_visible()
            admin.shot("12-call-outcomes-recorded")
        admin.close()

        # 6. Airflow recorded both answers as the approver's, with the edited text.
        approved_detail = wait_for("the approval in Airflow", lambda: _answered(api, approve), timeout_s=60)
        rejected_detail = wait_for("the rejection in Airflow", lambda: _answered(api, reject), timeout_s=60)
        assert approved_detail["chosen_options"] == ["Approve"]
        assert approved_detail["responded_by_user"]["id"] == "jdoe"
        assert approved_detail["params_input"]["body"] == expected_body
        assert approved_detail["params_input"]["subject"] == EDITED_SUBJECT
        assert rejected_detail["chosen_options"] == ["Reject"]
        assert rejected_detail["responded_by_user"]["id"] == "jdoe"

        # 7. Both deliver tasks finish; the double holds the edited text once and nothing for the reject.
        answered = {(d["task_instance"]["dag_run_id"], d["task_instance"]["map_index"]) for d in (approve, reject)}

        def deliver_states() -> dict[tuple[str, int], str]:
            return {(run, ti["map_index"]): ti["state"] for run in {r for r, _ in answered}
                    for ti in api.task_instances(MATCH_DAG, run)
                    if ti["task_id"] == DELIVER and (run, ti["map_index"]) in answered}

        wait_for("the two deliver tasks", lambda: len(deliver_states()) == 2
                 and set(deliver_states().values()) <= DONE_STATES, timeout_s=240, every_s=2, alive=procs.check_alive)
        assert set(deliver_states().values()) == {"success"}, deliver_states()

        ids = {"approve": draft_id(approve), "reject": draft_id(reject)}
        wait_for("the approved message", lambda: client_messages(cfg), timeout_s=120, alive=procs.check_alive)
        messages = client_messages(cfg)
        sent = [m for m in messages if int(m["custom_args"]["draft_id"]) == ids["approve"]]
        assert len(sent) == 1, f"the approved draft must be sent exactly once, got {len(sent)}"
        (message,) = sent
        assert message["subject"] == EDITED_SUBJECT
        assert text_of(message).strip() == expected_body.strip(), "the e-mail carries the reviewer's text exactly"
        html = next(c["value"] for c in message["content"] if c["type"] == "text/html")
        assert "Smith &amp; Sons &lt;account&gt;" in html, "the reviewer's text is escaped in the HTML part"
        assert not [m for m in messages if int(m["custom_args"]["draft_id"]) == ids["reject"]]
        assert len(messages) == 1, "only the approved draft reaches a client"

        # 8. The store's audit trail names the approver for both decisions.
        rows = {r.draft_id: r for r in store_decisions(cfg)}
        assert set(rows) >= set(ids.values()) and draft_id(card) not in rows, "the card was only looked at"
        assert rows[ids["approve"]].action == "approve" and rows[ids["approve"]].actor == "jdoe"
        assert rows[ids["approve"]].final_subject == EDITED_SUBJECT
        assert rows[ids["reject"]].action == "reject" and rows[ids["reject"]].actor == "jdoe"
        assert rows[ids["reject"]].reason == REJECT_REASON

        # 9. The calls' outcomes are recorded once, as the reviewer's; nothing of the storm was e-mailed.
        call_ids = [int(k.removeprefix("outcome_")) for k in outcome["params"] if k.startswith("outcome_")]

        def calls() -> list[Any]:
            return store_rows(cfg, "select state, call_outcome, outcome_by from deliveries "
                                   f"where draft_id in ({', '.join(map(str, call_ids))})")

        wait_for("the recorded call outcomes", lambda: all(r.state == "called" for r in calls()), timeout_s=120,
                 alive=procs.check_alive)
        assert {tuple(r) for r in calls()} == {("called", "no_answer", "jdoe")}
        assert not {int(m["custom_args"]["draft_id"]) for m in client_messages(cfg)} & set(call_ids)
