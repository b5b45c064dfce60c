"""`make bench-pipeline`: one 15-minute batch, from fetch to drafts ready for review, at 100,000 and 1,000,000
clients on PostgreSQL, through the product's own steps (`outreach.pipeline.ingest_kind`, `match_and_draft`).

Per roster size, on a database of its own (created here, dropped at the end):

1. **setup** (a child process, not timed as the batch): the schema, a synthetic roster (bench/synth.py)
   bulk-loaded with COPY, ~1 adviser per 500 clients, an advisers file, and three feed sources pointing at
   a local HTTP server this process runs (demo/feed_server.py);
2. **cold** (a fresh child process): the previous 15 minutes' batch - 300 obituaries, 30 NWS alerts with one
   storm over ~2 % of the clients, 600 news stories, served as RSS / CAP Atom documents - fetched with
   `ingest_kind` per kind, then `match_and_draft` over the new item ids with no roster index cache yet;
3. **measured** (a fresh child process): the next batch of the same shape with the cache the cold run left
   (warm), timed from the first fetch until the drafts are stored and `open_reviews` has planned their Required Actions.

Every child's peak RSS is its own (`ru_maxrss`). The last line printed is one JSON object per size, the
1,000,000-client one last (see bench/README.md, "make bench-pipeline").

    .venv/bin/python bench/pipeline.py                        # 100,000 and 1,000,000 clients
    .venv/bin/python bench/pipeline.py --sizes 20000          # one smaller size
    OUTREACH_BENCH_POSTGRES_URL=postgresql+psycopg://user@host/db .venv/bin/python bench/pipeline.py
"""

from __future__ import annotations

import argparse
import hashlib
import html
import inspect
import json
import logging
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Both after the sys.path tweak above, which makes the repository importable when run as a script.
from bench import synth  # noqa: E402
from outreach.feeds.item import FeedItem, WeatherAlert  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SIZES = (100_000, 1_000_000)
OBITUARIES, ALERTS, NEWS = 300, 30, 600
STORM_SHARE = 0.02
CLIENTS_PER_ADVISER = 500
TARGET_S = 60.0
WINDOW = timedelta(minutes=15)
# Storm centres (county FIPS): the previous batch's storm over Milwaukee, the measured one over Minneapolis.
STORM_CENTRES = {"A": "55079", "B": "27053"}
FEED_FILES = {"obituary": "obituaries.rss", "weather": "nws-alerts.atom", "news": "news.rss"}


# --- to be replaced by outreach.reviews.plan_reviews ------------------------------------------------------

def open_reviews(db_url: str, batch: str) -> tuple[int, int]:
    """The review step's share of the batch: plan its Required Actions as the match DAG does, run by run.

    ``outreach.reviews.plan_reviews`` with the firm's adviser directory (no reviewer file here: advisers are
    the roster's ``advisor_email``), at most ``MAX_REVIEWS_PER_RUN`` a run, the next run taking the rest, as
    ``ask_the_rest`` does in Airflow. Returns (Required Actions, DAG runs needed). What Airflow itself adds
    (writing each HITL request) is not in this figure.
    """
    from outreach.advisers import AdviserDirectory
    from outreach.reviews import RunRef, plan_reviews

    directory = AdviserDirectory()
    opened, runs, left = 0, 0, 1
    while left:
        plan = plan_reviews(db_url, RunRef("outreach_match_and_draft", f"bench-{batch}-{runs}"), directory)
        opened, runs, left = opened + len(plan.review_ids), runs + 1, plan.left_over
    return opened, runs


# --- roster -------------------------------------------------------------------------------------------

def adviser_email(i: int) -> str:
    return f"adviser{i:04d}@firm.example"


def bench_roster(n: int):
    """synth's roster (prefix-stable), with ~1 adviser per CLIENTS_PER_ADVISER clients assigned at random."""
    advisers = max(1, n // CLIENTS_PER_ADVISER)
    rng = random.Random(synth.SEED + n)
    for client in synth.iter_roster(n):
        yield replace(client, advisor_email=adviser_email(int(rng.random() * advisers)))


def write_advisers(path: Path, n: int) -> int:
    advisers = max(1, n // CLIENTS_PER_ADVISER)
    rng = random.Random(synth.SEED)
    nm = synth.names()
    lines = ['[firm]', 'name = "Lakeside Wealth Partners"', 'from_email = "outreach@firm.example"',
             'notice_email = "compliance@firm.example"', ""]
    for i in range(advisers):
        name = f"{nm.given(rng, 'F' if rng.random() < 0.5 else 'M')} {nm.surname(rng)}"
        lines += [f'[advisers."{adviser_email(i)}"]', f'name = "{name}"', 'title = "Wealth Adviser"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return advisers


def copy_roster(db_url: str, n: int) -> dict[str, int]:
    """COPY the roster into clients (not the CSV importer: loading is not what is measured); county counts."""
    import psycopg

    columns = ("client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name",
               "spouse_first_name", "spouse_last_name", "city", "state", "postal_code", "county_fips",
               "latitude", "longitude", "email", "advisor_email", "do_not_contact", "created_at", "updated_at")
    now = datetime.now(UTC)
    counties: dict[str, int] = {}
    with psycopg.connect(_libpq_url(db_url)) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY clients ({', '.join(columns)}) FROM STDIN") as copy:
            for c in bench_roster(n):
                copy.write_row((c.client_id, c.first_name, c.middle_name, c.last_name, c.nickname, c.maiden_name,
                                c.spouse_first_name, c.spouse_last_name, c.city, c.state, c.postal_code,
                                c.county_fips, c.latitude, c.longitude, c.email, c.advisor_email, c.do_not_contact,
                                now, now))
                if c.county_fips:
                    counties[c.county_fips] = counties.get(c.county_fips, 0) + 1
        cur.execute("ANALYZE clients")
    return counties


def _libpq_url(db_url: str) -> str:
    return re.sub(r"^postgresql\+\w+://", "postgresql://", db_url)


# --- feeds ----------------------------------------------------------------------------------------------

def storm_counties(counts: dict[str, int], n: int, centre: str, exclude: set[str]) -> list[str]:
    """Counties nearest to ``centre`` (by centroid), as many as bring the storm closest to STORM_SHARE of n."""
    cs = synth.counties()
    c0 = cs[centre]
    near = sorted((f for f in counts if f in cs and f not in exclude),
                  key=lambda f: (cs[f].lat - c0.lat) ** 2 + ((cs[f].lon - c0.lon) * 0.7) ** 2)
    target, total, best = STORM_SHARE * n, 0, (float("inf"), 0)
    for k, f in enumerate(near, start=1):
        total += counts[f]
        best = min(best, (abs(total - target), k))
        if total > target:
            break
    return near[: best[1]]


def storm_item(label: str, counties: list[str], when: datetime) -> FeedItem:
    cs = synth.counties()
    ident = f"urn:oid:2.49.0.1.840.0.bench{hashlib.sha1(label.encode()).hexdigest()[:24]}.001.1"
    etn = 950 + ord(label) - ord("A")
    end = when + timedelta(hours=18)
    alert = WeatherAlert(
        identifier=ident, event="Winter Storm Warning", severity="Severe", urgency="Expected", certainty="Likely",
        status="Actual", msg_type="Alert", sent=when, effective=when, onset=when + timedelta(hours=2), expires=end,
        ends=end, area_desc="; ".join(f"{cs[f].name}, {cs[f].state}" for f in counties),
        headline=f"Winter Storm Warning issued {when:%B %d at %I:%M%p} UTC by NWS",
        sender_name="NWS Twin Cities/Chanhassen MN",
        same=tuple(f"0{f}" for f in counties), ugc=tuple(f"{cs[f].state}C{f[2:]}" for f in counties),
        vtec=(f"/O.NEW.KMPX.WS.W.{etn:04d}.{when:%y%m%dT%H%MZ}-{end:%y%m%dT%H%MZ}/",))
    text = ("Heavy snow expected. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 45 mph. "
            "Travel could be very difficult to impossible. The hazardous conditions could impact the evening commute.")
    return FeedItem(source="bench-nws", item_id=f"https://api.weather.gov/alerts/{ident}", kind="weather",
                    title=alert.headline, text=text, link=f"https://api.weather.gov/alerts/{ident}", published=when,
                    alert=alert)


def batch_items(label: str, storm: list[str], end: datetime,
                counts: tuple[int, int, int] = (OBITUARIES, ALERTS, NEWS)) -> list[FeedItem]:
    """One 15-minute batch ending at ``end``: synth's obituaries, alerts and news (seeded by ``label``), their
    day squeezed into the window (order kept: Updates and Cancels still follow what they reference, every
    alert keeps its duration), ids made the batch's own; plus the storm."""
    core = synth.roster(synth.CORE)
    obituaries, alerts, news = counts
    day = synth.day_of_feeds(core, obituaries=obituaries, alerts=alerts - 1, news=news,
                             seed=synth.SEED + 100 + ord(label))
    start = end - WINDOW
    squeeze = (WINDOW - timedelta(minutes=2)) / (day.end - day.start)
    out: list[FeedItem] = []
    for item in day.items:
        when = (start + (item.published - day.start) * squeeze).replace(microsecond=0)  # feeds carry seconds
        if item.alert is not None:
            alert = _retimed_alert(item.alert, when, label)
            link = f"https://api.weather.gov/alerts/{alert.identifier}"
            out.append(replace(item, item_id=link, link=link, published=when, alert=alert))
        else:
            out.append(replace(item, item_id=f"{label}-{item.item_id}", published=when, link=f"{item.link}-{label}"))
    out.append(storm_item(label, storm, end - timedelta(minutes=1)))
    return out


def _shift(alert: WeatherAlert, delta: timedelta) -> WeatherAlert:
    def move(d: datetime | None) -> datetime | None:
        return d + delta if d is not None else None

    return replace(alert, sent=move(alert.sent), effective=move(alert.effective), onset=move(alert.onset),
                   expires=move(alert.expires), ends=move(alert.ends))


def _retimed_alert(alert: WeatherAlert, when: datetime, label: str) -> WeatherAlert:
    """Moved to ``when`` (every time by the same amount), identifiers (and references to them) per batch."""
    def rename(ident: str) -> str:
        return ident.replace(".001.1", f".{ord(label):03d}.1")

    refs = tuple(",".join(rename(p) if i == 1 else p for i, p in enumerate(r.split(","))) for r in alert.references)
    moved = _shift(alert, when - alert.sent)
    return replace(moved, identifier=rename(alert.identifier), references=refs)


def rss(items: list[FeedItem], title: str, base: str) -> bytes:
    """RSS 2.0 with each entry's text as HTML paragraphs in content:encoded, as funeral homes and papers do."""
    entries = []
    for i in items:
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in i.text.split("\n") if p.strip())
        entries.append(
            f"<item><title>{escape(i.title)}</title><link>{escape(i.link or '')}</link>"
            f'<guid isPermaLink="false">{escape(i.item_id)}</guid><pubDate>{format_datetime(i.published)}</pubDate>'
            f"<description>{escape(i.text.split(chr(10))[0][:300])}</description>"
            f"<content:encoded><![CDATA[{paras}]]></content:encoded></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>{escape(base)}</link><description>{escape(title)}</description>"
            + "".join(entries) + "</channel></rss>\n").encode()


def cap_atom(items: list[FeedItem]) -> bytes:
    """api.weather.gov's Atom shape: CAP 1.2 elements in each entry."""
    entries = []
    for i in items:
        a = i.alert
        geo = "".join(f"<cap:geocode><valueName>SAME</valueName><value>{s}</value></cap:geocode>" for s in a.same)
        geo += "".join(f"<cap:geocode><valueName>UGC</valueName><value>{u}</value></cap:geocode>" for u in a.ugc)
        poly = "".join("<cap:polygon>" + " ".join(f"{lat},{lon}" for lon, lat in ring) + "</cap:polygon>"
                       for ring in a.polygons)
        vtec = "".join(f"<cap:parameter><valueName>VTEC</valueName><value>{escape(v)}</value></cap:parameter>"
                       for v in a.vtec)
        refs = f"<cap:references>{escape(' '.join(a.references))}</cap:references>" if a.references else ""
        times = "".join(f"<cap:{k}>{getattr(a, k).isoformat()}</cap:{k}>" for k in ("sent", "effective", "onset",
                                                                                    "expires", "ends")
                        if getattr(a, k) is not None)
        entries.append(
            f"<entry><id>{escape(i.item_id)}</id><updated>{a.sent.isoformat()}</updated>"
            f"<published>{a.sent.isoformat()}</published><author><name>w-nws.webmaster@noaa.gov</name></author>"
            f"<title>{escape(a.headline)}</title><link href=\"{escape(i.link or i.item_id)}\"/>"
            f"<summary>{escape(i.text)}</summary><cap:identifier>{escape(a.identifier)}</cap:identifier>"
            f"<cap:event>{escape(a.event)}</cap:event>{times}<cap:status>{a.status}</cap:status>"
            f"<cap:msgType>{a.msg_type}</cap:msgType><cap:category>Met</cap:category>"
            f"<cap:urgency>{a.urgency}</cap:urgency><cap:severity>{a.severity}</cap:severity>"
            f"<cap:certainty>{a.certainty}</cap:certainty><cap:areaDesc>{escape(a.area_desc)}</cap:areaDesc>"
            f"<cap:senderName>{escape(a.sender_name)}</cap:senderName><cap:headline>{escape(a.headline)}</cap:headline>"
            f"<cap:description>{escape(i.text)}</cap:description>{poly}{geo}{vtec}{refs}</entry>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            'xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2" xml:lang="en-US">'
            "<id>https://api.weather.gov/alerts/active</id><title>Current watches, warnings, and advisories</title>"
            f"<updated>{datetime.now(UTC).isoformat()}</updated>" + "".join(entries) + "</feed>\n").encode()


def feed_documents(items: list[FeedItem], base: str) -> dict[str, bytes]:
    by_kind = {"bereavement": [], "weather": [], "news": []}
    for i in items:
        by_kind[i.kind].append(i)
    return {FEED_FILES["obituary"]: rss(by_kind["bereavement"], "Obituaries", base),
            FEED_FILES["weather"]: cap_atom(by_kind["weather"]),
            FEED_FILES["news"]: rss(by_kind["news"], "Local news", base)}


def serve(server, documents: dict[str, bytes]) -> None:
    """Replace what the feed server serves (new bytes, new ETag: the next conditional GET gets them)."""
    from demo.feed_server import CONTENT_TYPES

    for name, body in documents.items():
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        server.files[name] = (body, CONTENT_TYPES[Path(name).suffix], etag)


# --- children -------------------------------------------------------------------------------------------

def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_setup(db_url: str, n: int, home: str, feed_base: str) -> dict[str, Any]:
    from outreach.store.db import session_scope, upgrade
    from outreach.store.feeds import add_feed_source

    upgrade(db_url)
    t = time.perf_counter()
    counties = copy_roster(db_url, n)
    load_s = time.perf_counter() - t
    advisers = write_advisers(Path(home) / "advisers.toml", n)
    with session_scope(db_url) as s:
        for kind, name in FEED_FILES.items():
            add_feed_source(s, f"bench-{kind}", f"{feed_base}/{name}", kind)
    return {"roster_load_s": round(load_s, 1), "advisers": advisers, "counties": counties,
            "peak_rss_mb": round(_peak_mb())}


class _IndexSource(logging.Handler):
    """Picks up how match_and_draft got its roster index, from outreach.roster_cache's log line."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.source = "n/a"
        self.taken_out = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        m = re.match(r"roster index: (\w+)", message)
        if m and m.group(1) in ("hit", "updated", "built", "uncached"):
            self.source = m.group(1)
            taken = re.search(r"(\d+) taken out", message)
            self.taken_out = int(taken.group(1)) if taken else 0


def child_batch(db_url: str, storm_key: str) -> dict[str, Any]:
    """One batch through the product's steps, timed from the first fetch to the review count."""


    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    source = _IndexSource()
    cache_log = logging.getLogger("outreach.roster_cache")
    cache_log.addHandler(source)
    cache_log.setLevel(logging.INFO)
    try:
        return _timed_batch(db_url, storm_key, source)
    finally:
        cache_log.removeHandler(source)


def _timed_batch(db_url: str, storm_key: str, source: _IndexSource) -> dict[str, Any]:
    import sqlalchemy as sa

    from outreach import heap
    from outreach.pipeline import ingest_kind, match_and_draft
    from outreach.store.db import session_scope
    from outreach.store.models import EventRow, MatchRow

    heap.opt_in()  # as the Airflow task does

    kwargs: dict[str, Any] = {}
    steps: dict[str, float] = {}
    if "timings" in inspect.signature(match_and_draft).parameters:
        kwargs["timings"] = steps
    stages: dict[str, float] = {}
    new: dict[str, list[int]] = {}
    start = time.perf_counter()
    for kind in ("obituary", "weather", "news"):
        t = time.perf_counter()
        new[kind] = ingest_kind(db_url, kind)
        stages[f"fetch_{kind}"] = time.perf_counter() - t
    t = time.perf_counter()
    ids = sorted(i for kind_ids in new.values() for i in kind_ids)
    drafts = match_and_draft(db_url, ids, **kwargs)
    stages["match_and_draft"] = time.perf_counter() - t
    t = time.perf_counter()
    required, review_runs = open_reviews(db_url, f"{len(ids)}-{ids[0] if ids else 0}")
    stages["open_reviews"] = time.perf_counter() - t
    seconds = time.perf_counter() - start
    peak = _peak_mb()
    digest = content_digest(db_url)
    with session_scope(db_url) as s:
        by_kind = dict(s.execute(sa.select(EventRow.kind, sa.func.count())
                                 .join(MatchRow, MatchRow.event_id == EventRow.id)
                                 .where(MatchRow.details["feed_item_row_id"].as_integer().in_(ids))
                                 .group_by(EventRow.kind)).all())
        storm = s.scalar(sa.select(sa.func.count()).select_from(MatchRow)
                         .where(MatchRow.outreach_key.like(f"%|vtec:{storm_key}%")))
    return {"seconds_to_review": round(seconds, 2), "drafts": len(drafts), "required_actions": required,
            "review_runs": review_runs,
            "peak_rss_mb": round(peak), "stages": {k: round(v, 2) for k, v in stages.items()},
            "match_and_draft_steps": {k: round(v, 2) for k, v in steps.items()}, "index_cache": source.source,
            "index_taken_out": source.taken_out,
            "new_items": {k: len(v) for k, v in new.items()}, "matches_by_kind": by_kind, "storm_matches": storm,
            "content_digest": digest}


def content_digest(db_url: str) -> str:
    """A digest of everything stored for review (matches, their events' keys, drafts, deceased flags), ids and
    timestamps aside: two code revisions that must behave alike give the same digest for the same batches
    (run both with the same --batch-end)."""
    import sqlalchemy as sa

    from outreach.store.db import session_scope

    digest = hashlib.sha256()
    with session_scope(db_url) as s:
        for query in (
            ("SELECT m.client_id, m.outreach_key, m.role, m.score, m.evidence, m.details::text, e.kind, e.event_key,"
             " d.template, d.to_email, d.advisor_email, d.subject, d.body_text, d.body_html, d.status"
             " FROM matches m JOIN events e ON e.id = m.event_id LEFT JOIN drafts d ON d.match_id = m.id"
             " ORDER BY m.client_id, m.outreach_key"),
            "SELECT client_id, deceased_at FROM clients WHERE deceased_at IS NOT NULL ORDER BY client_id",
        ):
            for row in s.execute(sa.text(query)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()[:16]


def _child(mode: str, *args: str, env: dict[str, str], spawn: bool = True) -> dict[str, Any]:
    """Run one step in a fresh process (``spawn``), or in this one with ``env`` set meanwhile (tests)."""
    if not spawn:
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            out = child_setup(args[0], int(args[1]), args[2], args[3]) if mode == "setup" else child_batch(*args)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        return json.loads(json.dumps(out))
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", mode, *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
        raise SystemExit(f"bench-pipeline: the {mode} child failed (exit {proc.returncode})")
    problems = [line for line in proc.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    for line in problems[:10]:
        print(f"    child {mode}: {line[:200]}", file=sys.stderr)
    if len(problems) > 10:
        print(f"    child {mode}: ... {len(problems) - 10} more warnings", file=sys.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- the run --------------------------------------------------------------------------------------------

def _admin(url: str):
    import sqlalchemy as sa

    return sa.create_engine(url, isolation_level="AUTOCOMMIT")


def run_size(admin_url: str, n: int, *, keep: bool = False, batch_end: datetime | None = None, log=print,
             counts: tuple[int, int, int] = (OBITUARIES, ALERTS, NEWS), spawn: bool = True,
             env: dict[str, str] | None = None) -> dict[str, Any]:
    """Set up one roster size on a database of its own, run the cold and the measured batch, and return the
    size's summary (the JSON line). ``counts`` (obituaries, alerts, news) and ``spawn=False`` (steps in this
    process) are for the quick check in bench/test_pipeline_bench.py; ``env`` adds to the steps' environment."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    from demo.feed_server import FeedServer

    name = f"bench_pipeline_{n}_{os.getpid()}"
    db_url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    admin = _admin(admin_url)
    home = Path(tempfile.mkdtemp(prefix="outreach-bench-pipeline-"))
    feeds_dir = home / "feeds"
    feeds_dir.mkdir()
    for file in FEED_FILES.values():
        (feeds_dir / file).write_text("<rss/>")  # replaced below; FeedServer wants files to exist
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    server = FeedServer(feeds_dir).start()
    env = {"OUTREACH_HOME": str(home), "OUTREACH_ADVISERS_FILE": str(home / "advisers.toml"), **(env or {})}
    if spawn:
        env = {**os.environ, **env, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    try:
        t = time.perf_counter()
        setup = _child("setup", db_url, str(n), str(home), server.url, env=env, spawn=spawn)
        per_county = setup.pop("counties")
        log(f"  {n:,} clients: roster generated and loaded with COPY in {time.perf_counter() - t:.0f} s "
            f"({setup['advisers']:,} advisers)")
        results: dict[str, dict[str, Any]] = {}
        used: set[str] = set()
        for label in ("A", "B"):
            storm = storm_counties(per_county, n, STORM_CENTRES[label], used)
            used.update(storm)
            covered = sum(per_county[f] for f in storm)
            end = (batch_end + (timedelta(minutes=15) if label == "B" else timedelta(0)) if batch_end
                   else datetime.now(UTC))
            items = batch_items(label, storm, end, counts)
            serve(server, feed_documents(items, server.url))
            key = f"KMPX.WS.W.{950 + ord(label) - ord('A'):04d}"
            r = _child("batch", db_url, key, env=env, spawn=spawn)
            r["storm"] = {"counties": len(storm), "clients_in_area": covered, "coverage": round(covered / n, 4),
                          "proposals": r.pop("storm_matches")}
            results[label] = r
            what = "cold cache (previous batch)" if label == "A" else "warm cache (measured batch)"
            log(f"  {what}: {r['seconds_to_review']:.1f} s to review, {r['drafts']:,} drafts, "
                f"{r['required_actions']:,} required actions ({r['review_runs']} run(s)), "
                f"peak {r['peak_rss_mb']:,} MB, index {r['index_cache']}"
                + (f" ({r['index_taken_out']} clients flagged deceased since taken out)"
                   if r["index_taken_out"] else ""))
            log(f"    storm over {len(storm)} counties: {covered:,} clients in the area = {covered / n:.2%} of the "
                f"roster, {r['storm']['proposals']:,} in-area matches stored")
            log("    stages: " + ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items()))
            if r["match_and_draft_steps"]:
                log("    match_and_draft: " + ", ".join(f"{k} {v:.2f}" for k, v in r["match_and_draft_steps"].items()))
        cold, warm = results["A"], results["B"]
        return {"clients": n, "seconds_to_review": warm["seconds_to_review"], "drafts": warm["drafts"],
                "required_actions": warm["required_actions"], "peak_rss_mb": warm["peak_rss_mb"],
                "review_runs": warm["review_runs"], "target_s": TARGET_S,
                "target_met": warm["seconds_to_review"] <= TARGET_S,
                "stages": warm["stages"], "match_and_draft_steps": warm["match_and_draft_steps"],
                "index_cache": warm["index_cache"], "index_taken_out": warm["index_taken_out"],
                "storm": warm["storm"], "new_items": warm["new_items"],
                "matches_by_kind": warm["matches_by_kind"], "advisers": setup["advisers"],
                "roster_load_s": setup["roster_load_s"],
                "content_digest": warm["content_digest"],
                "cold": {k: cold[k] for k in ("seconds_to_review", "drafts", "required_actions", "peak_rss_mb",
                                              "stages", "match_and_draft_steps", "index_cache", "storm")}}
    finally:
        server.stop()
        if not spawn:
            from outreach.store.db import dispose_engines

            dispose_engines()
        if keep:
            log(f"  kept database {name} and {home}")
        else:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            shutil.rmtree(home, ignore_errors=True)
        admin.dispose()


def revision() -> str:
    try:
        rev = subprocess.run(["git", "log", "-1", "--format=%h"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "outreach"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + ("+dirty" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), default=SIZES)
    ap.add_argument("--url", default=os.environ.get("OUTREACH_BENCH_POSTGRES_URL", DEFAULT_URL),
                    help="a PostgreSQL URL whose server may create databases (its own database is only an entry point)")
    ap.add_argument("--keep", action="store_true", help="keep the databases and files (to look at them)")
    ap.add_argument("--batch-end", type=datetime.fromisoformat, default=None,
                    help="end of the previous batch's window (ISO, with time zone; default: now), the measured one "
                         "ends 15 minutes later: two runs with the same value serve the same documents")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        mode, *rest = args.child
        out = child_setup(rest[0], int(rest[1]), rest[2], rest[3]) if mode == "setup" else child_batch(rest[0], rest[1])
        print(json.dumps(out))
        return 0
    import outreach

    print(f"bench-pipeline: one 15-minute batch ({OBITUARIES} obituaries, {ALERTS} NWS alerts with one storm over "
          f"~{STORM_SHARE:.0%} of the clients, {NEWS} news items) from fetch to drafts ready for review, on PostgreSQL")
    print(f"  code {revision()} ({Path(outreach.__file__).parent}), load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs, target {TARGET_S:.0f} s at 1,000,000 clients", flush=True)
    results = []
    for n in sorted(args.sizes):
        result = run_size(args.url, n, keep=args.keep, batch_end=args.batch_end, log=lambda s: print(s, flush=True))
        result["code_rev"] = revision()
        results.append(result)
    for line in summary_lines(results):
        print(line)
    return 0


def summary_lines(results: list[dict[str, Any]]) -> list[str]:
    """One JSON object per roster size, the largest last (the last line is the 1,000,000-client result)."""
    return [json.dumps(r) for r in sorted(results, key=lambda r: r["clients"])]


if __name__ == "__main__":
    raise SystemExit(main())
