"""Combine blind parts (tests/eval/parts/<code>/, each written by its own helper in its own region) into one
evaluation split: roster rows, feed files and gold rows side by side. Mechanical: nothing is relabelled.

    .venv/bin/python tests/eval/combine_parts.py --parts sfx,mob,tol,bil --out independent6

Client ids and item ids carry the part's code, and feed files are copied under it (a name without it gets it as
a prefix; a collision left stops the build), so parts never collide; the combined roster
is checked for duplicate ids, and each client's full name is searched in the other parts' feeds (a namesake
across parts would be unlabelled there): any hit stops the build.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", required=True, help="comma-separated part codes")
    parser.add_argument("--out", required=True, help="split folder name under tests/eval")
    args = parser.parse_args(argv)
    parts = [EVAL / "parts" / code for code in args.parts.split(",")]
    out = EVAL / args.out
    header: list[str] = []
    clients: list[dict[str, str]] = []
    gold: list[dict[str, str]] = []
    owner: dict[str, str] = {}
    for part in parts:
        with (part / "roster.csv").open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header += [c for c in reader.fieldnames or () if c not in header]
            for row in reader:
                if row["client_id"] in owner:
                    raise SystemExit(f"duplicate client id {row['client_id']} in {part.name}")
                owner[row["client_id"]] = part.name
                clients.append(row)
        with (part / "gold.csv").open(newline="", encoding="utf-8") as f:
            gold += list(csv.DictReader(f))
    clashes = []
    texts = {part.name: "\n".join(p.read_text(encoding="utf-8") for p in sorted((part / "feeds").iterdir()))
             for part in parts}
    for c in clients:
        name = re.compile(rf"\b{re.escape(c['first_name'])}\s+(?:\w\.?\s+)?{re.escape(c['last_name'])}\b")
        clashes += [f"{c['client_id']} {c['first_name']} {c['last_name']} appears in part {other}'s feeds"
                    for other, text in texts.items() if other != owner[c["client_id"]] and name.search(text)]
    if clashes:
        print("\n".join(clashes), file=sys.stderr)
        return 1
    if (out / "feeds").exists():
        shutil.rmtree(out / "feeds")
    (out / "feeds").mkdir(parents=True)
    for part in parts:
        for feed in sorted((part / "feeds").iterdir()):
            # A feed file named without its part's code takes it, so that two parts' "nws_alerts_wa_2026.json" (yak
            # and psc in independent22) cannot overwrite each other; any collision left is refused, never silent.
            dest = out / "feeds" / (feed.name if feed.name.startswith(f"{part.name}_") else f"{part.name}_{feed.name}")
            if dest.exists():
                raise SystemExit(f"feed file {dest.name} of part {part.name} collides with another part's")
            shutil.copyfile(feed, dest)
    with (out / "roster.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, header)
        writer.writeheader()
        writer.writerows(clients)
    with (out / "gold.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ["client_id", "item_id", "kind", "role"])
        writer.writeheader()
        writer.writerows({k: r[k] for k in ("client_id", "item_id", "kind", "role")} for r in gold)
    print(f"{out.name}: {len(clients)} clients, {len(gold)} gold rows, "
          f"{sum(1 for _ in (out / 'feeds').iterdir())} feed files from {', '.join(p.name for p in parts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
