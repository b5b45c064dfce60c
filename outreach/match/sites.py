"""Clients' other places (``outreach.client.Location``) as the weather matcher reads them: the same arrays the
roster index keeps for homes (`RosterIndex.by_county`, `located_by_state`, `area_codes`, `longitudes`,
`latitudes`, `areas`), one entry per location ("site"), and each site's owner, a roster position.

`weather.covered_positions` reads either; the engine maps a covered site to its owner and keeps one outreach
per client per storm, whichever of their places the storm covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from outreach.client import Location
from outreach.match.place_arrays import PlaceArrays, frozen


class Sites(PlaceArrays):
    """The locations of the clients in a roster index, by county and by state, with their coordinates."""

    def __init__(self, locations: Iterable[Location], position_of: Mapping[str, int]):
        """``position_of``: client id -> roster position; a location of a client not in it is left out."""
        self.locations: list[Location] = []
        owners: list[int] = []
        for location in locations:
            owner = position_of.get(location.client_id)
            if owner is not None:
                self.locations.append(location)
                owners.append(owner)
        super().__init__(self.locations)
        self.owners = frozen(owners, np.intp)  # site -> roster position of its client

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
