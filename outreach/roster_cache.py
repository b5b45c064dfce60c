"""The roster index kept between runs: built once per roster version, not once per 15-minute batch.

For a million clients, reading the roster and building ``RosterIndex`` takes most of a minute, while the
roster itself changes once a day at most (a CRM import) and otherwise only when a client is found to have
died. ``roster_index(session)`` therefore keeps the built index in ``$OUTREACH_HOME/cache`` as a pickle and
reuses it while the roster is the same:

- **Version.** ``roster_version``: the number of living clients (``deceased_at`` unset), the latest
  ``updated_at`` among them, the set of client ids flagged deceased, and the clients' other places
  (``client_locations``: count, highest id, latest ``updated_at``; a locations import deletes and inserts
  rather than updates, and ids are never reused); three cheap queries. A roster import stamps
  ``updated_at`` on every row it inserts or changes (the ORM's onupdate) and leaves identical rows alone, so an
  unchanged re-import keeps the cache. A change made without SQLAlchemy that leaves ``updated_at`` as it was,
  or a writer whose clock runs behind the cache's, is not seen: after such a change, delete the cache file (or
  set ``OUTREACH_INDEX_CACHE=off``).
- **Deaths do not rebuild.** When the only change since the cache was written is clients newly flagged
  deceased (the living count fell by exactly that many, nobody living changed, nobody was un-flagged),
  the loaded index takes them out in place (``RosterIndex.without``, which answers as a fresh build
  without them would; milliseconds for a few clients). The file is rewritten only once
  ``REWRITE_AFTER`` clients have been taken out since it was written (writing a million-client index
  costs several seconds; taking out the same few clients at each load costs nothing). Anything else
  rebuilds from the database.
- **Safety.** The file is written to a temporary name in the same folder and renamed over the old one,
  so a reader sees the old or the new file, never half of one; concurrent writers each rename a whole
  file. A file that cannot be read (truncated, corrupt, another format or engine version, another
  database) is never trusted: a warning, a rebuild, a new file. The engine's code and library versions
  are part of the key, so an upgrade rebuilds. Unpickling runs code, so a file not owned by this user or
  writable by others is refused; the folder is created private (0700).
- **When.** Only for rosters of ``OUTREACH_INDEX_CACHE_MIN_CLIENTS`` living clients or more (default
  10,000; below that a build takes well under a second); ``OUTREACH_INDEX_CACHE=off`` turns it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.client import Client
from outreach.config import load_settings
from outreach.match.index import RosterIndex
from outreach.store.locations import load_locations
from outreach.store.models import ClientLocationRow, ClientRow

log = logging.getLogger(__name__)

FORMAT = 2  # 2: the index holds the clients' other places (RosterIndex.sites) and the version counts them
ENV_CACHE = "OUTREACH_INDEX_CACHE"  # read through outreach.config.Settings (index_cache, index_cache_min_clients)
REWRITE_AFTER = 1_000  # clients taken out of a loaded index (flagged deceased) before the file is rewritten
_FIELDS = tuple(Client.__dataclass_fields__)
_SETTERS = tuple(getattr(Client, name).__set__ for name in _FIELDS)
_ENGINE_SOURCES = ("match", "client.py")  # under outreach/: what decides an index's contents (sites.py, Location too)
_ENGINE_PACKAGES = ("pyahocorasick", "numpy", "nicknames")


@dataclass(frozen=True)
class RosterVersion:
    """What the cached index must agree with: the living clients' count and latest change, and the dead."""

    living: int
    updated: datetime | None
    deceased: frozenset[str] = field(default_factory=frozenset)
    locations: tuple[int, int, datetime | None] = (0, 0, None)  # count, highest id, latest updated_at


@dataclass
class IndexReport:
    """How ``roster_index`` got its index, for logs and the benchmark: ``source`` is ``hit`` (cache as is),
    ``updated`` (cache minus newly deceased clients), ``built`` (from the database, cache written),
    ``uncached`` (built, caching off or roster below the size) or ``empty`` (no living client)."""

    source: str = "empty"
    clients: int = 0
    dropped: int = 0  # clients taken out of a cached index (``updated``)
    seconds: dict[str, float] = field(default_factory=dict)  # version, load, build, write


def roster_version(session: Session) -> RosterVersion:
    """The roster's version (two queries, one pass over the clients table each)."""
    living, updated = session.execute(
        sa.select(sa.func.count(), sa.func.max(ClientRow.updated_at)).where(ClientRow.deceased_at.is_(None))).one()
    deceased = frozenset(session.scalars(sa.select(ClientRow.client_id).where(ClientRow.deceased_at.is_not(None))))
    count, top, changed = session.execute(sa.select(
        sa.func.count(), sa.func.max(ClientLocationRow.id), sa.func.max(ClientLocationRow.updated_at))).one()
    return RosterVersion(int(living), updated, deceased, (int(count), int(top or 0), changed))


def load_living_clients(session: Session) -> list[Client]:
    """Every client not flagged deceased, by client_id, as Clients: one Core query (no ORM rows), the
    Clients filled field by field (a million in ~2 s instead of ~10 s through ClientRow)."""
    table = ClientRow.__table__
    rows = session.execute(sa.select(*(table.c[name] for name in _FIELDS))
                           .where(table.c.deceased_at.is_(None)).order_by(table.c.client_id)).all()
    with _gc_paused():
        clients = list(map(object.__new__, repeat(Client, len(rows))))
        for setter, values in zip(_SETTERS, zip(*rows, strict=True) if rows else (), strict=False):
            deque(map(setter, clients, values), maxlen=0)
    return clients


def roster_index(session: Session, *, cache_dir: Path | None = None, min_clients: int | None = None,
                 report: IndexReport | None = None) -> RosterIndex | None:
    """The RosterIndex of the living clients (None when there are none), from the cache when it is current.

    ``cache_dir`` defaults to ``$OUTREACH_HOME/cache``; ``min_clients`` to ``$OUTREACH_INDEX_CACHE_MIN_CLIENTS``.
    """
    report = report if report is not None else IndexReport()
    t0 = time.perf_counter()
    version = roster_version(session)
    report.seconds["version"] = time.perf_counter() - t0
    report.clients = version.living
    if not version.living:
        report.source = "empty"
        return None
    path = _cache_path(session, cache_dir, min_clients, version)
    if path is not None:
        t0 = time.perf_counter()
        index = _load(path, version, report)
        report.seconds["load"] = time.perf_counter() - t0
        if index is not None:
            if report.dropped >= REWRITE_AFTER:
                _write(path, version, index, report)
            log.info("roster index: %s from %s (%d clients, %d taken out) in %.1f s", report.source, path,
                     version.living, report.dropped, sum(report.seconds.values()))
            return index
    t0 = time.perf_counter()
    index = RosterIndex(load_living_clients(session), load_locations(session))
    report.seconds["build"] = time.perf_counter() - t0
    report.source = "built" if path is not None else "uncached"
    if path is not None:
        _write(path, version, index, report)
    log.info("roster index: %s, %d clients in %.1f s", report.source, version.living, sum(report.seconds.values()))
    return index


# --- the file -------------------------------------------------------------------------------------------

def _cache_path(session: Session, cache_dir: Path | None, min_clients: int | None,
                version: RosterVersion) -> Path | None:
    settings = load_settings()
    if not settings.index_cache:
        return None
    if version.living < (settings.index_cache_min_clients if min_clients is None else min_clients):
        return None
    folder = Path(cache_dir) if cache_dir is not None else settings.home / "cache"
    return folder / f"roster-index-{_database_key(session)[:20]}.pickle"


def _database_key(session: Session) -> str:
    """One cache file per database (the URL without its password, schema options included)."""
    url = session.get_bind().engine.url.render_as_string(hide_password=True)
    return hashlib.sha256(url.encode()).hexdigest()


_engine_key: str | None = None


def engine_key() -> str:
    """A digest of the code and library versions an index's contents depend on: a change rebuilds."""
    global _engine_key
    if _engine_key is None:
        from importlib.metadata import PackageNotFoundError, version

        root = Path(__file__).resolve().parent
        digest = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
        for name in _ENGINE_SOURCES:
            for path in sorted((root / name).rglob("*.py")) if (root / name).is_dir() else [root / name]:
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
        for package in _ENGINE_PACKAGES:
            try:
                digest.update(f"{package}={version(package)}".encode())
            except PackageNotFoundError:
                digest.update(f"{package}=?".encode())
        _engine_key = digest.hexdigest()
    return _engine_key


def _header(version: RosterVersion) -> dict[str, object]:
    return {"format": FORMAT, "engine": engine_key(), "living": version.living, "updated": version.updated,
            "deceased": version.deceased, "locations": version.locations}


def _load(path: Path, version: RosterVersion, report: IndexReport) -> RosterIndex | None:
    """The cached index made current for ``version``, or None (absent, stale or unusable: rebuild)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        log.info("roster index: no cache at %s yet", path)
        return None
    except OSError as exc:
        log.warning("roster index: cache %s unreadable (%s); rebuilding", path, exc)
        return None
    if st.st_uid != os.getuid() or st.st_mode & 0o022:
        log.warning("roster index: cache %s is not private to this user; not loaded, rebuilding", path)
        return None
    try:
        with open(path, "rb") as f:
            header = pickle.load(f)
            if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("engine") != engine_key():
                log.info("roster index: cache %s is from another format or engine version; rebuilding", path)
                return None
            cached = RosterVersion(header["living"], header["updated"], header["deceased"], header["locations"])
            newly = _newly_deceased(cached, version)
            if newly is None:
                log.info("roster index: roster changed since the cache was written; rebuilding")
                return None
            with _gc_paused():
                index = pickle.load(f)
    except Exception as exc:  # noqa: BLE001 - truncated, corrupt, unpicklable: never trusted
        log.warning("roster index: cache %s unusable (%s: %s); rebuilding", path, type(exc).__name__, exc)
        return None
    if not isinstance(index, RosterIndex) or len(index.by_id) != cached.living:
        log.warning("roster index: cache %s does not hold the roster its header describes; rebuilding", path)
        return None
    if newly:
        index.without(newly)
        report.dropped = len(newly)
        if len(index.by_id) != version.living:  # someone flagged deceased was not in the index
            log.info("roster index: the deceased clients do not match the cache; rebuilding")
            return None
    report.source = "updated" if newly else "hit"
    return index


def _newly_deceased(cached: RosterVersion, now: RosterVersion) -> frozenset[str] | None:
    """Clients to take out of the cached index to make it ``now``'s, or None when only a rebuild will do."""
    if cached == now:
        return frozenset()
    if cached.locations != now.locations:
        return None  # a locations import (a death leaves the table alone: `without` drops the client's places)
    newly = now.deceased - cached.deceased
    if not cached.deceased <= now.deceased or now.living != cached.living - len(newly):
        return None  # someone un-flagged, added or removed
    if now.updated is not None and (cached.updated is None or now.updated > cached.updated):
        return None  # a living client changed since
    return newly


def _write(path: Path, version: RosterVersion, index: RosterIndex, report: IndexReport) -> None:
    """Write the cache atomically (temporary file, fsync, rename); a failure is logged, never raised."""
    t0 = time.perf_counter()
    tmp: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".roster-index-", suffix=".tmp", dir=path.parent)  # mode 0600
        with os.fdopen(fd, "wb") as f:
            pickle.dump(_header(version), f, protocol=pickle.HIGHEST_PROTOCOL)
            with _gc_paused():
                pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be written costs the next run a build, no more
        log.warning("roster index: could not write the cache %s (%s: %s)", path, type(exc).__name__, exc)
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    report.seconds["write"] = time.perf_counter() - t0


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Millions of objects that form no cycles are created: the cyclic GC is not let loose on them meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
