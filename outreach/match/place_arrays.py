"""Where a list of places lies, as arrays the weather matcher reads by position: the clients' homes
(`RosterIndex`) and their other locations (`sites.Sites`) are built by the same code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import numpy as np


class Place(Protocol):
    """What a place needs for weather: a `Client` (home) or a `Location` has these."""

    @property
    def county_fips(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...


def frozen(values: Sequence[Any], dtype: type) -> np.ndarray:
    """A read-only array: shared by every alert's lookups, never written to."""
    arr: np.ndarray = np.array(values, dtype=dtype)
    arr.flags.writeable = False
    return arr


def concat(parts: list[np.ndarray]) -> np.ndarray:
    """Positions from several lookups; a single part is returned as it is (callers only select from it)."""
    if len(parts) == 1:
        return parts[0]
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.intp)


class PlaceArrays:
    """Places by position: county FIPS -> positions, state -> positions with coordinates, each position's
    (county, state) area code, and its coordinates (NaN unless both are known)."""

    def __init__(self, places: Iterable[Place]):
        by_county: dict[str, list[int]] = {}
        located_by_state: dict[str, list[int]] = {}
        areas: dict[tuple[str, str], int] = {}
        area_of: list[int] = []
        lon: list[float] = []
        lat: list[float] = []
        nan = float("nan")
        for pos, p in enumerate(places):
            if p.county_fips:
                by_county.setdefault(p.county_fips, []).append(pos)
            area_of.append(areas.setdefault((p.county_fips, p.state), len(areas)))
            # NaN unless both coordinates are known: a place with one of them is not located.
            located = p.latitude is not None and p.longitude is not None
            lon.append(p.longitude if located else nan)  # type: ignore[arg-type]
            lat.append(p.latitude if located else nan)  # type: ignore[arg-type]
            if located and p.state:
                located_by_state.setdefault(p.state, []).append(pos)
        # Positions ascending within each county / state.
        self.by_county: dict[str, np.ndarray] = {k: frozen(v, np.intp) for k, v in by_county.items()}
        self.located_by_state: dict[str, np.ndarray] = {k: frozen(v, np.intp) for k, v in located_by_state.items()}
        self.areas: list[tuple[str, str]] = list(areas)  # area code -> (county FIPS, state)
        self.area_codes = frozen(area_of, np.int32)  # position -> area code
        self.longitudes = frozen(lon, np.float64)
        self.latitudes = frozen(lat, np.float64)

    def county_positions(self, counties: Iterable[str]) -> np.ndarray:
        """Positions in `counties`, county by county in the order given."""
        return concat([self.by_county[c] for c in counties if c in self.by_county])

    def located_positions(self, states: Iterable[str]) -> np.ndarray:
        """Positions with coordinates in `states`."""
        return concat([self.located_by_state[s] for s in states if s in self.located_by_state])
