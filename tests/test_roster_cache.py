"""The roster index cache (outreach.roster_cache): reused while the roster is unchanged, brought up to date
when clients are flagged deceased, rebuilt on any other change, and never trusted when unreadable."""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

import pytest
import sqlalchemy as sa

from bench import synth
from outreach import roster_cache
from outreach.client import Client
from outreach.match.index import RosterIndex
from outreach.roster_cache import IndexReport, load_living_clients, roster_index, roster_version
from outreach.store.clients import upsert_clients
from outreach.store.db import dispose_engines, session_scope, upgrade
from outreach.store.models import ClientRow, utcnow
from tests.match.test_index_without import structure

CLIENTS = synth.roster(400)


@pytest.fixture
def db(database_url):
    upgrade(database_url)
    with session_scope(database_url) as s:
        upsert_clients(s, CLIENTS)
    yield database_url
    dispose_engines()


def get(db_url: str, cache_dir) -> tuple[RosterIndex | None, IndexReport]:
    report = IndexReport()
    with session_scope(db_url) as s:
        return roster_index(s, cache_dir=cache_dir, min_clients=0, report=report), report


def fresh(db_url: str) -> RosterIndex:
    with session_scope(db_url) as s:
        return RosterIndex(load_living_clients(s))


def flag_deceased(db_url: str, *client_ids: str) -> None:
    with session_scope(db_url) as s:
        s.execute(sa.update(ClientRow).where(ClientRow.client_id.in_(client_ids)).values(deceased_at=utcnow()))


def cache_file(cache_dir) -> str:
    [name] = os.listdir(cache_dir)  # and no temporary file left behind
    return os.path.join(cache_dir, name)


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


def test_built_once_then_reused_while_the_roster_is_unchanged(db, cache):
    first, report = get(db, cache)
    assert report.source == "built" and report.clients == len(CLIENTS)
    second, report = get(db, cache)
    assert report.source == "hit" and "build" not in report.seconds
    assert second is not first and structure(second) == structure(first)
    with session_scope(db) as s:  # an unchanged re-import changes nothing
        assert upsert_clients(s, CLIENTS).updated == 0
    assert get(db, cache)[1].source == "hit"
    assert os.stat(cache_file(cache)).st_mode & 0o077 == 0


def test_clients_loaded_for_a_build_are_the_living_ones_by_id(db):
    flag_deceased(db, CLIENTS[3].client_id)
    with session_scope(db) as s:
        loaded = load_living_clients(s)
    assert loaded == sorted((c for c in CLIENTS if c.client_id != CLIENTS[3].client_id), key=lambda c: c.client_id)


def test_newly_deceased_clients_are_taken_out_of_the_cached_index(db, cache, monkeypatch):
    get(db, cache)
    dead = [CLIENTS[5].client_id, CLIENTS[6].client_id, CLIENTS[300].client_id]
    flag_deceased(db, *dead[:2])
    index, report = get(db, cache)
    assert (report.source, report.dropped) == ("updated", 2) and {"build", "write"}.isdisjoint(report.seconds)
    assert structure(index) == structure(fresh(db))
    assert get(db, cache)[1].dropped == 2  # not rewritten for two clients: they are taken out at each load
    flag_deceased(db, dead[2])
    monkeypatch.setattr(roster_cache, "REWRITE_AFTER", 3)
    index, report = get(db, cache)
    assert (report.source, report.dropped) == ("updated", 3) and "write" in report.seconds
    assert structure(index) == structure(fresh(db)) and not set(dead) & set(index.by_id)
    index, report = get(db, cache)  # the rewritten file has them out already
    assert report.source == "hit" and structure(index) == structure(fresh(db))


@pytest.mark.parametrize("change", ["import_update", "new_client", "undeceased", "deleted"])
def test_any_other_roster_change_rebuilds(db, cache, change):
    if change == "undeceased":
        flag_deceased(db, CLIENTS[1].client_id)
    get(db, cache)
    with session_scope(db) as s:
        if change == "import_update":
            c = CLIENTS[7]
            upsert_clients(s, [Client(**{**{f: getattr(c, f) for f in c.__dataclass_fields__}, "city": "Madison"})])
        elif change == "new_client":
            upsert_clients(s, [Client("new-1", "Ann", "Lee", city="Madison", state="WI")])
        elif change == "undeceased":
            s.execute(sa.update(ClientRow).where(ClientRow.client_id == CLIENTS[1].client_id).values(deceased_at=None))
        else:
            s.execute(sa.delete(ClientRow).where(ClientRow.client_id == CLIENTS[9].client_id))
    index, report = get(db, cache)
    assert report.source == "built"
    assert structure(index) == structure(fresh(db))


def test_a_death_together_with_another_change_rebuilds(db, cache):
    get(db, cache)
    flag_deceased(db, CLIENTS[2].client_id)
    with session_scope(db) as s:
        upsert_clients(s, [Client("new-1", "Ann", "Lee", city="Madison", state="WI")])
    assert get(db, cache)[1].source == "built"


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "not_an_index", "wrong_size"])
def test_an_unusable_cache_is_rebuilt_with_a_warning(db, cache, caplog, damage):
    get(db, cache)
    path = cache_file(cache)
    data = Path(path).read_bytes()
    with open(path, "wb") as f:
        if damage == "truncated":
            f.write(data[: len(data) // 2])
        elif damage == "garbage":
            f.write(b"\x80\x05not a pickle at all" * 10)
        elif damage == "not_an_index":
            pickle.dump(pickle.loads(data), f)  # the header, then not an index
            pickle.dump({"clients": []}, f)
        elif damage == "wrong_size":
            header = pickle.loads(data)
            pickle.dump(header, f)
            pickle.dump(RosterIndex(CLIENTS[:10]), f)
    with caplog.at_level(logging.WARNING, logger="outreach.roster_cache"):
        index, report = get(db, cache)
    assert report.source == "built" and "rebuilding" in caplog.text
    assert structure(index) == structure(fresh(db))
    assert get(db, cache)[1].source == "hit"  # and the rebuilt cache is good


def test_a_cache_others_can_write_is_not_loaded(db, cache, caplog):
    get(db, cache)
    os.chmod(cache_file(cache), 0o666)
    with caplog.at_level(logging.WARNING, logger="outreach.roster_cache"):
        assert get(db, cache)[1].source == "built"
    assert "not private" in caplog.text


def test_another_engine_version_rebuilds(db, cache, monkeypatch):
    get(db, cache)
    monkeypatch.setattr(roster_cache, "_engine_key", "another engine")
    assert get(db, cache)[1].source == "built"


def test_small_rosters_and_cache_off_are_not_cached(db, cache, monkeypatch):
    report = IndexReport()
    with session_scope(db) as s:
        roster_index(s, cache_dir=cache, min_clients=len(CLIENTS) + 1, report=report)
    assert report.source == "uncached" and not cache.exists()
    monkeypatch.setenv(roster_cache.ENV_CACHE, "off")
    assert get(db, cache)[1].source == "uncached" and not cache.exists()


def test_an_unwritable_cache_folder_costs_a_build_not_the_run(db, tmp_path, caplog):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    with caplog.at_level(logging.WARNING, logger="outreach.roster_cache"):
        index, report = get(db, blocked / "cache")
    assert report.source == "built" and index is not None and "could not write" in caplog.text


def test_no_living_client_is_no_index(database_url, cache):
    upgrade(database_url)
    index, report = get(database_url, cache)
    assert index is None and (report.source, report.clients) == ("empty", 0) and not cache.exists()
    dispose_engines()


def test_version_counts_the_living_and_lists_the_dead(db):
    flag_deceased(db, CLIENTS[0].client_id)
    with session_scope(db) as s:
        v = roster_version(s)
    assert (v.living, v.deceased) == (len(CLIENTS) - 1, frozenset({CLIENTS[0].client_id}))
    assert v.updated is not None
