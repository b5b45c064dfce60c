"""The neighbour towns of every town, worked out at once (`places._neighbour_table`), are exactly those of the
per-town definition: a latitude band by binary search, then an equirectangular distance with the cosine of
the town's own latitude."""

from __future__ import annotations

import math

import numpy as np

from outreach.match.places import (
    _KM_PER_DEGREE,
    COUNTY_REACH,
    _counties,
    _county_table,
    _neighbour_table,
    _town_points,
    neighbour_towns,
    town_location,
)


def _neighbours_one_by_one(key: str, state: str, km: float) -> list[int]:
    """The per-town definition the table replaces."""
    lats, lons, _ = _town_points()
    lat, lon = town_location(key, state)
    dlat = km / _KM_PER_DEGREE
    lo, hi = np.searchsorted(lats, (lat - dlat, lat + dlat))
    dx = (lons[lo:hi] - lon) * math.cos(math.radians(lat)) * _KM_PER_DEGREE
    dy = (lats[lo:hi] - lat) * _KM_PER_DEGREE
    return (lo + np.flatnonzero(dx * dx + dy * dy <= km * km)).tolist()


def test_the_neighbour_table_is_the_per_town_band_and_distance_for_every_town():
    keys = _town_points()[2]
    for km in (25.0, 7.5):
        starts, ids = _neighbour_table(km)
        assert len(starts) == len(keys) + 1
        differ = [k for i, k in enumerate(keys) if ids[starts[i] : starts[i + 1]].tolist()
                  != _neighbours_one_by_one(*k, km)]
        assert differ == []


def test_a_towns_neighbours_leave_out_the_town_itself():
    near = neighbour_towns("Eau Claire", frozenset({"WI"}), 25.0)
    assert ("eau claire", "WI") not in near and ("altoona", "WI") in near


def _county_mates_one_by_one(i: int, km: float) -> set[int]:
    """The per-town definition the county table replaces: the towns of town i's counties within
    COUNTY_REACH x km, by the cosine of its own latitude."""
    counties, county_towns = _counties()
    mates = np.fromiter((j for fips in counties.get(i, ()) for j in county_towns[fips]), dtype=np.int64)
    if not len(mates):
        return set()
    lats, lons, _ = _town_points()
    dlat = (lats[mates] - lats[i]) * _KM_PER_DEGREE
    dlon = (lons[mates] - lons[i]) * _KM_PER_DEGREE * math.cos(math.radians(lats[i]))
    return set(mates[dlat * dlat + dlon * dlon <= (COUNTY_REACH * km) ** 2].tolist())


def test_the_county_table_is_the_per_town_county_mates_for_every_town():
    keys = _town_points()[2]
    for km in (25.0, 7.5):
        starts, ids = _county_table(km)
        assert len(starts) == len(keys) + 1
        rows = [ids[starts[i] : starts[i + 1]].tolist() for i in range(len(keys))]
        assert all(row == sorted(set(row)) for row in rows)  # ascending, each once
        differ = [keys[i] for i, row in enumerate(rows) if set(row) != _county_mates_one_by_one(i, km)]
        assert differ == []
        assert sum(map(len, rows)) > len(keys)  # (towns share counties: not only themselves)
