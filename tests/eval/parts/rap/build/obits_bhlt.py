"""Black Hills Ledger-Tribune death notices (Rapid City daily): brief paid notices, surname-first headings,
plain text. Hand-labelled (gold=[...]). One entry is a later verbatim copy of a Sweetgrass & Pine obituary."""

import obits_sgp

_DEL = next(it for it in obits_sgp.ITEMS if it["guid"] == "rap_sgp_obit_2026_0112")

ITEMS = [
dict(guid="rap_bhlt_dn_20260223_swifthawk", pub="2026-02-23T05:30:00-07:00", title="SWIFT HAWK, Ernest",
body="""SWIFT HAWK, Ernest, Rapid City, died Feb. 20, 2026. Wake and services are pending with Sweetgrass & Pine Funeral Home, Rapid City.""",
gold=[("RAP018", "possible_deceased_client")]),

dict(guid="rap_bhlt_dn_20260305_runsclose", pub="2026-03-05T05:30:00-07:00", title="RUNS CLOSE, Travis L.",
body="""RUNS CLOSE, Travis L., 71, Wanblee, died March 2, 2026, at his home. Survivors: wife, Gloria; daughters, Tamra Runs Close and Lorene (Eddie) Two Two, both of Wanblee; nine grandchildren. Wake 5 p.m. Friday, Wanblee Community Center; funeral 10 a.m. Saturday. Sweetgrass & Pine Funeral Home.""",
gold=[]),

dict(guid="rap_bhlt_dn_20260310_fischbach", pub="2026-03-10T05:30:00-06:00", title="FISCHBACH, Dale A.",
body="""FISCHBACH, Dale A., 74, Fargo, N.D., formerly of Mobridge, died March 6, 2026, in Fargo. Survivors: wife, Sharon; sons, Kevin and Brad, both of Fargo. Services 11 a.m. Monday, Hanson-Runsvold Chapel, Fargo.""",
gold=[]),

dict(guid="rap_bhlt_dn_20260318_ironhawk", pub="2026-03-18T05:30:00-06:00", title="IRON HAWK, Delbert Joseph \"Del\"",
body=_DEL["body"],
gold=[]),   # later verbatim copy of rap_sgp_obit_2026_0112: labelled on the earlier copy only

dict(guid="rap_bhlt_dn_20260409_haugen", pub="2026-04-09T05:30:00-06:00", title="HAUGEN, Ruth M.",
body="""HAUGEN, Ruth M., 93, Rapid City, died April 6, 2026, at Westhills Village. Survivors: daughter, Mary Beth Sazama, Rapid City; son, Paul (Linda) Haugen, Belle Fourche; five grandchildren. Preceded in death by husband, Orville, and son-in-law, Richard Sazama. Services 10 a.m. Monday, Our Saviour's Lutheran Church.""",
gold=[("RAP011", "survivor")]),

dict(guid="rap_bhlt_dn_20260428_odea", pub="2026-04-28T05:30:00-06:00", title="O'DEA, Margaret \"Peggy\"",
body="""O'DEA, Margaret "Peggy", 97, Spearfish, died April 25, 2026, at the Spearfish Canyon Healthcare. Survivors: sons, Pat (Colleen) O'Dea, Spearfish, and Michael O'Dea, Omaha; eight grandchildren. Rosary 7 p.m. Thursday; Mass 10 a.m. Friday, St. Joseph Catholic Church, Spearfish.""",
gold=[("RAP012", "survivor"), ("RAP013", "survivor")]),

dict(guid="rap_bhlt_dn_20260512_schmit", pub="2026-05-12T05:30:00-06:00", title="SCHMIT, Ardella",
body="""SCHMIT, Ardella, 86, Hot Springs, died May 9, 2026, at the Michael J. Fitzmaurice State Veterans Home. Survivors: daughter, Jolene VanWyk, Hot Springs; son, Kenneth Schmit, Edgemont; three grandchildren. Services 2 p.m. Thursday, First Lutheran Church, Hot Springs.""",
gold=[("RAP019", "survivor")]),
]
