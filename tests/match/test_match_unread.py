"""An obituary the engine cannot read is never silently dropped: it is recorded in EngineState.unread (and
`outreach match` reports it) so that a person looks at it. Hand-written texts."""

from __future__ import annotations

from outreach.commands import run_match
from outreach.match.engine import UNREAD_NOTHING, UNREAD_SURVIVORS_ONLY, EngineState, match_items
from tests.match.helpers import client, index, item


def unread(idx, title: str, text: str) -> tuple[list, dict]:
    state = EngineState()
    found = match_items(idx, [item("o1", title, text)], replay=True, state=state)
    return found, state.unread


BERG = client("C1", "Ann", "Berg", city="Altoona", state="WI")


def test_survivors_without_a_readable_deceased_are_recorded_as_unread():
    found, missed = unread(index(BERG), "Celebration of life",
                           "A celebration of life will be held Saturday at the Elks Lodge. Survived by his "
                           "daughter, Ann Berg of Altoona, and son Mark of Durand.")
    assert found == []
    assert list(missed.values()) == [UNREAD_SURVIVORS_ONLY]
    assert [key[1] for key in missed] == ["o1"]


def test_a_funeral_home_post_naming_a_client_but_nobody_who_died_is_recorded_as_unread():
    found, missed = unread(index(BERG), "Grief support group",
                           "The grief support group meets Tuesday at Adair Funeral Home. Call Ann Berg to "
                           "register.")
    assert found == [] and list(missed.values()) == [UNREAD_NOTHING]


def test_a_readable_obituary_is_not_unread_whether_or_not_it_finds_a_client():
    idx = index(BERG)
    found, missed = unread(idx, "Stanley Kowalski", "Stanley Kowalski, 80, of Eau Claire, died March 5. He is "
                           "survived by his daughter, Ann Berg of Altoona.")
    assert [(m.client_id, m.role) for m in found] == [("C1", "survivor")] and missed == {}
    found, missed = unread(idx, "Stanley Kowalski", "Stanley Kowalski, 80, of Eau Claire, died March 5. He is "
                           "survived by his daughter, Ann Kowalski of Altoona.")
    assert found == [] and missed == {}


def test_an_obituary_that_names_no_roster_surname_is_not_counted(tmp_path):
    _, missed = unread(index(BERG), "Celebration of life",
                       "A celebration of life will be held Saturday. Survived by his daughter, Ann Lund.")
    assert missed == {}


def test_outreach_match_reports_the_unread_obituary(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("client_id,first_name,last_name,city,state,email,advisor_email\n"
                      "C1,Ann,Berg,Altoona,WI,ann@mail.example,adv@firm.example\n")
    feed = tmp_path / "obits.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Adair Funeral Home Obituaries</title>'
        "<item><guid>cel-1</guid><title>Celebration of life</title><description>A celebration of life will be "
        "held Saturday at the Elks Lodge. Survived by his daughter, Ann Berg of Altoona.</description>"
        "<pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>")
    matches, problems, failed = run_match(str(roster), [str(feed)], replay=True)
    assert matches == [] and failed == []
    assert [p for p in problems if "cel-1" in p and "obituary not read" in p and UNREAD_SURVIVORS_ONLY in p]
