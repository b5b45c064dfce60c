"""Keeping long-lived data out of the cyclic garbage collector: an explicit choice of the process, not the library.

A million-client roster index and a loaded spaCy model are millions of objects that live as long as the process;
without ``gc.freeze()`` every full cyclic-GC pass walks them all and matching slows down as the roster grows
(refcounting still frees them). Freezing is process-wide, so the library never does it on its own: a process that
builds an index and then matches (the Airflow task, the `outreach match` command, the benchmarks) calls ``opt_in()``
first; the library then calls ``settle()`` right after it has built or loaded such data.
"""

from __future__ import annotations

import gc

_opted_in = False


def opt_in() -> None:
    """This process wants long-lived data frozen out of the cyclic GC once it is built."""
    global _opted_in
    _opted_in = True


def settle(*, collect: bool = False) -> None:
    """After building or loading long-lived data: freeze everything alive now, if the process opted in."""
    if _opted_in:
        if collect:
            gc.collect()
        gc.freeze()
