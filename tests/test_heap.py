"""Freezing long-lived data out of the cyclic GC is the process's choice: the library never does it unasked."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc, sys
from outreach import heap
from outreach.client import Client
from outreach.match.index import RosterIndex
if sys.argv[1] == "opt-in":
    heap.opt_in()
RosterIndex([Client("c-1", "Susan", "Halvorsen", city="Eau Claire", state="WI")])
print(gc.get_freeze_count())
"""


def _frozen_after_an_index_build(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def test_building_an_index_freezes_nothing_unless_the_process_opted_in():
    assert _frozen_after_an_index_build("library") == 0


def test_a_process_that_opted_in_keeps_the_index_out_of_the_cyclic_gc():
    assert _frozen_after_an_index_build("opt-in") > 0
