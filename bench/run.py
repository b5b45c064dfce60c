"""`make bench`: matching throughput, peak memory and scaling with roster size, against a naive baseline.

The parent process generates one fixed day of feeds (bench/synth.py), then runs every roster size in a
fresh subprocess so peak RSS figures do not mix: the child generates the roster, builds the RosterIndex,
warms up on a separate small day, and matches all items on one core, timing each item by kind. A last
child measures the straightforward approach (spaCy NER on every item, rapidfuzz extractOne of every PERSON
against the whole roster) on a sample and extrapolates. The last line printed is one JSON object.

    .venv/bin/python bench/run.py            # 1,000 / 100,000 / 1,000,000 clients, 31,000 items
    .venv/bin/python bench/run.py --quick    # 1,000 / 10,000 clients, 3,100 items (a smoke run)
    .venv/bin/python bench/run.py --profile 100000   # cProfile the matching pass for one size (BENCH_PROFILE_OUT=file
                                                 # keeps the whole profile for pstats)
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import synth  # noqa: E402 (after the sys.path tweak above, which makes `bench` importable as a script)

FULL_SIZES = (1_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
HEADLINE = 100_000  # the headline roster size
TARGET_ITEMS_PER_S = 1_000
TARGET_PEAK_MB = 2_048
TARGET_SCALING = 2.0  # items/s at 1,000 clients / items/s at 1,000,000 clients


# --- measurements ---------------------------------------------------------------------------------------

def _rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_mb()


def _peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def _load_day(path: str) -> synth.Day:
    with open(path, "rb") as fh:
        return pickle.load(fh)


def child_match(n: int, day_path: str, profile: bool = False, kinds: tuple[str, ...] = (),
                matches_out: str | None = None, hold_matches: bool = False) -> dict:
    """One roster size: build the index, then match every item of the day (or of `kinds`) on this one process."""
    from outreach import heap
    from outreach.match.engine import EngineState, item_time, match_items
    from outreach.match.index import RosterIndex

    heap.opt_in()  # a matching process, as the Airflow task: long-lived data out of the cyclic GC

    day = _load_day(day_path)
    synth.places(), synth.names()  # the generator's own tables (ZIP data) are not roster memory
    rss_items = _rss_mb()
    t = time.perf_counter()
    clients = synth.roster(n)
    roster_s = time.perf_counter() - t
    if len(clients) >= synth.CORE and synth.roster_digest(clients[: synth.CORE]) != day.core_digest:
        raise SystemExit("the roster does not start with the core clients the day was planted from "
                         "(bench/synth.py changed between generating the day and this run?)")
    rss_roster = _rss_mb()
    t, c = time.perf_counter(), time.process_time()
    index = RosterIndex(clients)
    build_s, build_cpu = time.perf_counter() - t, time.process_time() - c
    rss_index = _rss_mb()

    # Warm-up on a different small day: lazy loads (nicknames, zipcodes towns, shapely) are not the
    # steady state, and using other items keeps per-name caches from being pre-filled for the timed run.
    warm = synth.day_of_feeds(clients[: synth.CORE], obituaries=100, alerts=20, news=200, seed=synth.SEED + 99)
    match_items(index, warm.items, replay=True, now=warm.end)
    # The NER veto loads spaCy on the first news name that runs into a capitalised word; whether the
    # warm-up day has one is luck, so load it here: a one-off start-up cost is not throughput.
    from outreach.nlp import load_model, news_pipeline

    load_model()
    news_pipeline()  # the veto's own copy of the model (with the named_after ruler), cached apart from load_model's

    # the order match_items judges them in
    items = sorted((it for it in day.items if not kinds or it.kind in kinds), key=item_time)
    state = EngineState()
    kind_s: dict[str, float] = collections.defaultdict(float)
    kind_n: collections.Counter[str] = collections.Counter()
    # The report keeps counts, not the proposals: each call's Matches are let go, as a caller that stores
    # them does (the pipeline stores each batch's matches). A day's worth of live objects would be walked by
    # every full cyclic-GC pass and booked to the engine; --hold-matches keeps them all to show that cost.
    planted_keys = {(p.client_id, p.item_id, p.role) for p in day.planted}
    by_role: collections.Counter[str] = collections.Counter()
    found: set[tuple[str, str, str]] = set()  # planted mentions proposed
    unplanted = 0
    records = (open(os.path.join(matches_out, f"matches-{n}.unsorted"), "w", encoding="utf-8")  # noqa: SIM115 - closed after the loop
               if matches_out else None)
    held: list = []
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    gc_time = _GcClock()
    gc.callbacks.append(gc_time)
    cpu = wall = 0.0
    for item in items:
        # One item per call with a shared state is match_items' documented way to carry dedup memory,
        # and it lets each item's CPU time be booked to its kind. Only the call is timed.
        t, w = time.process_time(), time.perf_counter()
        out = match_items(index, [item], replay=True, now=day.end, state=state)
        dt = time.process_time() - t
        wall += time.perf_counter() - w
        cpu += dt
        kind_s[item.kind] += dt
        kind_n[item.kind] += 1
        for m in out:
            by_role[f"{m.kind}/{m.role}"] += 1
            key = (m.client_id, m.item_id, m.role)
            if key in planted_keys:
                found.add(key)
            elif m.kind != "weather" and m.role != "spouse_of_deceased_client":
                # Obituary/news matches the generator did not plant: random people who share a client's name
                # (at most also the town). Not all wrong in a real feed, but a growing count shows namesake
                # pressure at scale.
                unplanted += 1
        if records is not None:
            records.writelines(json.dumps(m.as_json(), sort_keys=True) + "\n" for m in out)
        if hold_matches:
            held.extend(out)
        del out
    gc.callbacks.remove(gc_time)
    rss_matched = _rss_mb()
    if profiler is not None:
        profiler.disable()
        import pstats

        for order in ("tottime", "cumulative"):
            print(f"--- cProfile, {n:,} clients, by {order} ---", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats(order).print_stats(30)
        if os.environ.get("BENCH_PROFILE_OUT"):  # the whole profile, for pstats' callers and callees
            profiler.dump_stats(os.environ["BENCH_PROFILE_OUT"])

    if records is not None:
        # Every proposal, sorted: two engine revisions can be compared for identical output at any size.
        records.close()
        unsorted = os.path.join(matches_out, f"matches-{n}.unsorted")
        with open(unsorted, encoding="utf-8") as fh:
            lines = sorted(fh)
        with open(os.path.join(matches_out, f"matches-{n}.jsonl"), "w", encoding="utf-8") as fh:
            fh.writelines(lines)
        os.remove(unsorted)
    planted = collections.Counter(p.role for p in day.planted)
    recovered = collections.Counter(p.role for p in day.planted if (p.client_id, p.item_id, p.role) in found)
    return {
        "clients": n,
        "items": len(items),
        "roster_gen_s": round(roster_s, 2),
        "index_build_s": round(build_s, 3),
        "index_build_cpu_s": round(build_cpu, 3),
        "index_rss_mb": round(rss_index - rss_roster, 1),
        "roster_rss_mb": round(rss_roster - rss_items, 1),
        "match_wall_s": round(wall, 3),
        "match_cpu_s": round(cpu, 3),
        # CPU seconds of this single-threaded process: the throughput of one core, whatever else the
        # machine is running; the wall-clock figure equals it only on an otherwise idle machine.
        "items_per_s": round(len(items) / cpu, 1),
        "items_per_s_wall": round(len(items) / wall, 1),
        "items_per_s_by_kind": {k: round(kind_n[k] / kind_s[k], 1) for k in sorted(kind_n)},
        "seconds_by_kind": {k: round(kind_s[k], 3) for k in sorted(kind_n)},
        "peak_rss_mb": round(_peak_mb(), 1),
        # Engine state (dedup memory) and the report's records, plus every Match with --hold-matches.
        "matches_rss_mb": round(rss_matched - rss_index, 1),
        "matches_held": hold_matches,
        "matches": sum(by_role.values()),
        "matches_by_role": dict(sorted(by_role.items())),
        "planted": dict(planted),
        "planted_found": {k: recovered.get(k, 0) for k in planted},
        "unplanted_person_matches": unplanted,
        "skipped": len(state.skipped),
        # Cyclic-GC passes during matching (part of match_cpu_s): they grow with the objects held.
        "gc_s": round(gc_time.seconds, 3),
        "gc_full_passes": gc_time.full_passes,
    }


class _GcClock:
    """A gc.callbacks hook adding up the CPU time of collections and counting the full (gen 2) ones."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full_passes = 0
        self._t = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t = time.process_time()
            return
        self.seconds += time.process_time() - self._t
        self.full_passes += info.get("generation") == 2


def _sample(day: synth.Day, k: int, seed: int = 7) -> list:
    """A seeded sample of k items with the day's mix of kinds."""
    rng = random.Random(seed)
    by_kind: dict[str, list] = collections.defaultdict(list)
    for it in day.items:
        by_kind[it.kind].append(it)
    total = len(day.items)
    out = []
    for _kind, group in sorted(by_kind.items()):
        out.extend(rng.sample(group, max(1, round(k * len(group) / total))))
    return out


def child_baseline(n: int, day_path: str, sample: int) -> dict:
    """The straightforward approach on a sample: spaCy NER on each item, then every PERSON entity fuzzy-matched
    (rapidfuzz process.extractOne, WRatio) against every roster name. Given its best shot: the roster names
    are pre-processed once, and spaCy runs with nlp.pipe batches and without parser/lemmatizer."""
    from rapidfuzz import fuzz, process, utils

    from outreach.nlp import load_model

    day = _load_day(day_path)
    clients = synth.roster(n)
    choices = [utils.default_process(c.display_name) for c in clients]
    nlp = load_model()
    items = _sample(day, sample)
    list(nlp.pipe([it.text for it in _sample(day, 10, seed=8)]))  # warm-up (model load is not timed)
    t = time.process_time()  # CPU seconds, as for the engine
    docs = list(nlp.pipe([f"{it.title}\n{it.text}" for it in items], batch_size=32))
    ner_s = time.process_time() - t
    t = time.process_time()
    persons = matched = 0
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            persons += 1
            hit = process.extractOne(utils.default_process(ent.text), choices, scorer=fuzz.WRatio,
                                     processor=None, score_cutoff=90)
            matched += hit is not None
    fuzzy_s = time.process_time() - t
    wall = ner_s + fuzzy_s
    return {
        "clients": n,
        "model": nlp.meta.get("name", "?"),
        "sample_items": len(items),
        "sample_by_kind": dict(collections.Counter(it.kind for it in items)),
        "ner_s": round(ner_s, 3),
        "fuzzy_s": round(fuzzy_s, 3),
        "persons": persons,
        "persons_matched_ge_90": matched,
        "items_per_s": round(len(items) / wall, 2),
        "extrapolated_s_for_day": round(len(day.items) * wall / len(items), 1),
        "peak_rss_mb": round(_peak_mb(), 1),
    }


# --- the parent -----------------------------------------------------------------------------------------

def measure_parse(day: synth.Day) -> dict:
    """Feed parsing, reported apart from matching: the day rendered as RSS / GeoJSON pages, parsed back."""
    from bench import render
    from outreach.feeds.parse import parse_feed

    docs = render.documents(day.items)
    count: collections.Counter[str] = collections.Counter()
    secs: dict[str, float] = collections.defaultdict(float)
    problems = 0
    for kind, doc in docs:
        t = time.process_time()
        parsed = parse_feed(doc, source=f"bench-{kind}", source_kind=kind)  # type: ignore[arg-type]
        secs[kind] += time.process_time() - t
        count[kind] += len(parsed.items)
        problems += len(parsed.problems)
    total = sum(count.values())
    return {
        "documents": len(docs),
        "items": total,
        "lost": len(day.items) - total,
        "problems": problems,
        "items_per_s": round(total / sum(secs.values()), 1),
        "items_per_s_by_kind": {k: round(count[k] / secs[k], 1) for k in sorted(count)},
    }


def engine_revision() -> str:
    """The last commit that changed outreach/match, "+dirty" when it has uncommitted changes."""
    try:
        rev = subprocess.run(["git", "log", "-1", "--format=%h", "--", "outreach/match"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "outreach/match"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + ("+dirty" if dirty else "")


def _child(args: list[str]) -> dict:
    """Run this script as a child process; its last stdout line is its JSON result."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench child {args} failed with exit code {proc.returncode}")
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000 clients, a tenth of the items, one run each")
    ap.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), help="roster sizes, e.g. 1000,50000")
    ap.add_argument("--baseline-sample", type=int, default=200, help="items the naive baseline is timed on")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--profile", type=int, metavar="N", help="cProfile the matching pass with N clients and exit")
    ap.add_argument("--kinds", type=lambda s: tuple(s.split(",")), default=(),
                    help="match only these item kinds (bereavement,news,weather): for profiling one path")
    ap.add_argument("--matches-out", metavar="DIR",
                    help="write every roster size's proposals to DIR/matches-N.jsonl (sorted) to compare revisions")
    ap.add_argument("--repeat", type=int, default=3, metavar="K",
                    help="fresh processes per roster size; the median run by CPU time is reported (default 3)")
    ap.add_argument("--hold-matches", action="store_true",
                    help="keep every Match object alive until the end (a day's worth), as the bench did before")
    ap.add_argument("--child-match", type=int, metavar="N", help=argparse.SUPPRESS)
    ap.add_argument("--child-baseline", type=int, metavar="N", help=argparse.SUPPRESS)
    ap.add_argument("--day", help=argparse.SUPPRESS)
    ap.add_argument("--child-profile", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child_match:
        print(json.dumps(child_match(args.child_match, args.day, profile=args.child_profile, kinds=args.kinds,
                                     matches_out=args.matches_out, hold_matches=args.hold_matches)))
        return 0
    if args.child_baseline:
        print(json.dumps(child_baseline(args.child_baseline, args.day, args.baseline_sample)))
        return 0

    scale = 10 if args.quick else 1
    if args.quick:
        args.repeat = 1
    sizes = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    if args.profile:
        sizes = (args.profile,)
    headline = HEADLINE if HEADLINE in sizes else max(sizes)

    t0 = time.perf_counter()
    rev = engine_revision()
    core = synth.roster(synth.CORE)
    t = time.perf_counter()
    day = synth.day_of_feeds(core, obituaries=10_000 // scale, alerts=1_000 // scale, news=20_000 // scale)
    gen_s = time.perf_counter() - t
    words = collections.defaultdict(list)
    for it in day.items:
        words[it.kind].append(len(it.text.split()))
    print(f"outreach bench: one day of feeds, generated in {gen_s:.1f} s "
          f"(seeded; the same items for every roster size)")
    for kind, ws in sorted(words.items()):
        print(f"  {kind:<12} {len(ws):>6} items, {min(ws)}-{max(ws)} words (mean {sum(ws) / len(ws):.0f})")
    parse = None if args.profile else measure_parse(day)
    if parse:
        print(f"  feed parsing (not part of matching): {parse['documents']} RSS/GeoJSON pages -> {parse['items']} "
              f"items ({parse['lost']} lost, {parse['problems']} problems), {parse['items_per_s']:.0f} items/s "
              f"{parse['items_per_s_by_kind']}")
    planted = collections.Counter(p.role for p in day.planted)
    print(f"  planted mentions of the first {synth.CORE:,} clients (in every roster): "
          + ", ".join(f"{v} {k}" for k, v in sorted(planted.items()))
          + "; weather alerts over their counties are not pre-judged")

    if args.matches_out:
        os.makedirs(args.matches_out, exist_ok=True)  # (a new folder is the common case: one per run compared)
    with tempfile.TemporaryDirectory(prefix="outreach-bench-") as tmp:
        day_path = os.path.join(tmp, "day.pickle")
        with open(day_path, "wb") as fh:
            pickle.dump(day, fh, protocol=pickle.HIGHEST_PROTOCOL)
        extra = [*(["--kinds", ",".join(args.kinds)] if args.kinds else []),
                 *(["--matches-out", os.path.abspath(args.matches_out)] if args.matches_out else []),
                 *(["--hold-matches"] if args.hold_matches else [])]
        if args.profile:
            r = _child(["--child-match", str(args.profile), "--day", day_path, "--child-profile", *extra])
            print(json.dumps(r))
            return 0
        print()
        print(f"engine (outreach.match at {rev}), one process, one core; each roster size in a fresh subprocess")
        print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: items/s are per CPU-second of the "
              f"matching process; 'wall/s' is per wall-clock second)")
        print(f"{'clients':>10} {'roster s':>9} {'roster MB':>9} {'build s':>8} {'index MB':>9} {'match s':>8} "
              f"{'items/s':>8} {'wall/s':>7} {'obit/s':>8} {'nws/s':>8} {'news/s':>8} {'peak MB':>8} {'matches':>8} "
              f"{'planted found':>14}")
        results: dict[int, dict] = {}
        # Each size in `repeat` fresh processes; the run with the median CPU time is reported (a shared VM's
        # neighbours move single runs by several per cent). The sizes take turns, round by round, so that a
        # drift in the machine's speed over the minutes of the run falls on every size alike, not on the
        # sizes that happen to run last.
        by_size: dict[int, list[dict]] = {n: [] for n in sizes}
        for round_no in range(1, args.repeat + 1):
            for n in sizes:
                by_size[n].append(_child(["--child-match", str(n), "--day", day_path, *extra]))
                if args.repeat > 1:
                    print(f"  round {round_no}/{args.repeat}: {n:,} clients, {by_size[n][-1]['match_cpu_s']:.2f} CPU-s",
                          flush=True)
        for n in sizes:
            runs = sorted(by_size[n], key=lambda r: r["match_cpu_s"])
            r = runs[len(runs) // 2]
            r["match_cpu_s_runs"] = [x["match_cpu_s"] for x in by_size[n]]  # in round order
            results[n] = r
            k = r["items_per_s_by_kind"]
            pf = sum(r["planted_found"].values())
            print(f"{n:>10,} {r['roster_gen_s']:>9.1f} {r['roster_rss_mb']:>9.0f} {r['index_build_s']:>8.2f} "
                  f"{r['index_rss_mb']:>9.0f} "
                  f"{r['match_cpu_s']:>8.1f} {r['items_per_s']:>8.0f} {r['items_per_s_wall']:>7.0f} "
                  f"{k.get('bereavement', 0):>8.0f} "
                  f"{k.get('weather', 0):>8.0f} {k.get('news', 0):>8.0f} {r['peak_rss_mb']:>8.0f} "
                  f"{r['matches']:>8} {pf:>6}/{sum(r['planted'].values()):<7}", flush=True)
        for n, r in results.items():
            print(f"  {n:>10,} clients: matches by role {r['matches_by_role']}; planted found {r['planted_found']} "
                  f"of {r['planted']}; unplanted person matches (namesakes) {r['unplanted_person_matches']}; "
                  f"skipped by run rules {r['skipped']}; seconds by kind {r['seconds_by_kind']} "
                  f"(of all, cyclic GC {r['gc_s']:.2f} s in {r['gc_full_passes']} full passes); "
                  f"CPU s of the {len(r['match_cpu_s_runs'])} runs, by round, {r['match_cpu_s_runs']} "
                  f"(median reported); memory held after matching {r['matches_rss_mb']:.0f} MB")
        base = None
        if not args.no_baseline:
            sample = max(20, args.baseline_sample // scale)
            base = _child(["--child-baseline", str(headline), "--day", day_path, "--baseline-sample", str(sample)])
            print()
            print(f"baseline (spaCy {base['model']} NER on every item + rapidfuzz extractOne of every PERSON over "
                  f"{headline:,} roster names), timed on a sample of {base['sample_items']} items "
                  f"{base['sample_by_kind']} and EXTRAPOLATED:")
            print(f"  NER {base['ner_s']:.1f} s + fuzzy {base['fuzzy_s']:.1f} s for {base['persons']} PERSON entities "
                  f"({base['persons_matched_ge_90']} scored >= 90) -> {base['items_per_s']:.1f} items/s, about "
                  f"{base['extrapolated_s_for_day']:.0f} s for the whole day of {len(day.items):,} items")

    head = results[headline]
    ips = {str(n): r["items_per_s"] for n, r in results.items()}
    peaks = {str(n): r["peak_rss_mb"] for n, r in results.items()}
    lo, hi = min(sizes), max(sizes)
    scaling = round(results[lo]["items_per_s"] / results[hi]["items_per_s"], 3) if lo != hi else None
    # The same ratio within each round (the same items, so CPU seconds of the largest over the smallest).
    by_round = [round(h / low_, 3) for low_, h in zip(results[lo]["match_cpu_s_runs"], results[hi]["match_cpu_s_runs"],
                                                       strict=True)] if lo != hi else []
    speedup = round(head["items_per_s"] / base["items_per_s"], 1) if base else None
    # Per kind, to show where the fall comes from (weather work grows with the clients inside each alert).
    scaling_by_kind = {k: round(results[lo]["items_per_s_by_kind"][k] / results[hi]["items_per_s_by_kind"][k], 2)
                       for k in results[lo]["items_per_s_by_kind"]} if lo != hi else {}
    targets = {
        f"items_per_s_ge_{TARGET_ITEMS_PER_S}": head["items_per_s"] >= TARGET_ITEMS_PER_S,
        f"peak_rss_mb_lt_{TARGET_PEAK_MB}": head["peak_rss_mb"] < TARGET_PEAK_MB,
    }
    if lo == 1_000 and hi == 1_000_000:
        targets[f"scaling_1k_to_1m_le_{TARGET_SCALING:g}"] = scaling is not None and scaling <= TARGET_SCALING
    print()
    if scaling is not None:
        print(f"scaling: items/s at {lo:,} clients / items/s at {hi:,} clients = {scaling} "
              f"(target <= {TARGET_SCALING:g}); by kind {scaling_by_kind}; within each round {by_round}")
    if speedup is not None:
        print(f"engine vs baseline at {headline:,} clients: {speedup}x ({head['items_per_s']:.0f} vs "
              f"{base['items_per_s']:.1f} items/s; baseline extrapolated from its sample)")
    print(f"targets: {targets}; whole bench {time.perf_counter() - t0:.0f} s")
    summary = {
        "clients": headline,
        "items": head["items"],
        "items_per_s": head["items_per_s"],
        "peak_rss_mb": head["peak_rss_mb"],
        "index_build_s": head["index_build_s"],
        "items_per_s_wall": head["items_per_s_wall"],
        "match_cpu_s": head["match_cpu_s"],
        "match_wall_s": head["match_wall_s"],
        "items_per_s_by_kind": head["items_per_s_by_kind"],
        "matches": head["matches"],
        f"scaling_{_short(lo)}_to_{_short(hi)}": scaling,
        f"scaling_{_short(lo)}_to_{_short(hi)}_by_kind": scaling_by_kind,
        f"scaling_{_short(lo)}_to_{_short(hi)}_by_round": by_round,
        "items_per_s_by_clients": ips,
        "peak_rss_mb_by_clients": peaks,
        "index_build_s_by_clients": {str(n): r["index_build_s"] for n, r in results.items()},
        "parse_items_per_s": parse["items_per_s"] if parse else None,
        "baseline_items_per_s": base["items_per_s"] if base else None,
        "baseline_sample_items": base["sample_items"] if base else None,
        "speedup_vs_baseline": speedup,
        "targets_met": targets,
        "engine_rev": rev,
        **({"kinds_only": list(args.kinds)} if args.kinds else {}),
    }
    print(json.dumps(summary))
    return 0


def _short(n: int) -> str:
    return f"{n // 1_000_000}m" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1_000}k"


if __name__ == "__main__":
    raise SystemExit(main())
