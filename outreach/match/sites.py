"""Clients' other places (``outreach.client.Location``) as the weather matcher reads them: the same arrays the
roster index keeps for homes (`RosterIndex.by_county`, `located_by_state`, `area_codes`, `longitudes`,
`latitudes`, `areas`), one entry per location ("site"), and each site's owner, a roster position.

`weather.covered_positions` reads either; the engine maps a covered site to its owner and keeps one outreach
per client per storm, whichever of their places the storm covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from outreach.client import Location


def _frozen(values: list[Any], dtype: type) -> np.ndarray:
    arr: np.ndarray = np.array(values, dtype=dtype)
    arr.flags.writeable = False
    return arr


class Sites:
    """The locations of the clients in a roster index, by county and by state, with their coordinates."""

    def __init__(self, locations: Iterable[Location], position_of: Mapping[str, int]):
        """``position_of``: client id -> roster position; a location of a client not in it is left out."""
        self.locations: list[Location] = []
        owners: list[int] = []
        by_county: dict[str, list[int]] = {}
        located_by_state: dict[str, list[int]] = {}
        areas: dict[tuple[str, str], int] = {}
        area_of: list[int] = []
        lon: list[float] = []
        lat: list[float] = []
        nan = float("nan")
        for location in locations:
            owner = position_of.get(location.client_id)
            if owner is None:
                continue
            site = len(self.locations)
            self.locations.append(location)
            owners.append(owner)
            if location.county_fips:
                by_county.setdefault(location.county_fips, []).append(site)
            area_of.append(areas.setdefault((location.county_fips, location.state), len(areas)))
            located = location.latitude is not None and location.longitude is not None
            lon.append(location.longitude if located else nan)  # type: ignore[arg-type]
            lat.append(location.latitude if located else nan)  # type: ignore[arg-type]
            if located and location.state:
                located_by_state.setdefault(location.state, []).append(site)
        self.owners = _frozen(owners, np.intp)  # site -> roster position of its client
        self.by_county: dict[str, np.ndarray] = {k: _frozen(v, np.intp) for k, v in by_county.items()}
        self.located_by_state: dict[str, np.ndarray] = {k: _frozen(v, np.intp) for k, v in located_by_state.items()}
        self.areas: list[tuple[str, str]] = list(areas)
        self.area_codes = _frozen(area_of, np.int32)
        self.longitudes = _frozen(lon, np.float64)
        self.latitudes = _frozen(lat, np.float64)

    def county_positions(self, counties: Iterable[str]) -> np.ndarray:
        """Sites in `counties`, county by county in the order given."""
        return _concat([self.by_county[c] for c in counties if c in self.by_county])

    def located_positions(self, states: Iterable[str]) -> np.ndarray:
        """Sites with coordinates in `states`."""
        return _concat([self.located_by_state[s] for s in states if s in self.located_by_state])

    def without(self, positions: Iterable[int]) -> None:
        """Take out the sites of these roster positions (clients taken out of the index): never returned again."""
        gone = set(positions)
        if not gone or not len(self.owners):
            return
        drop = np.isin(self.owners, np.fromiter(gone, dtype=np.intp))
        if not drop.any():
            return
        for arrays in (self.by_county, self.located_by_state):
            for key in list(arrays):
                rest = arrays[key][~drop[arrays[key]]]
                if len(rest):
                    rest.flags.writeable = False
                    arrays[key] = rest
                else:
                    del arrays[key]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    if len(parts) == 1:
        return parts[0]
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.intp)
