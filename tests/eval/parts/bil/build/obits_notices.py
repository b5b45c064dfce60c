"""Magic City Ledger (Billings daily) death notices: terse paid notices, "Town - Name, age, died ...;
Funeral home in charge." Plain text. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="bil_mcl_dn_2026_02271", pub="2026-02-27T05:00:00-07:00", title="Kallevig, Clarence \"Kip\"",
body="""Huntley - Clarence "Kip" Kallevig, 84, retired Huntley Project farmer, died Feb. 3 in Billings. Services were held Feb. 10 at Our Savior's Lutheran Church, Huntley. Yellowstone Valley Chapels, Huntley Project.""",
gold=[]),
# A later second copy of the Yellowstone Valley Chapels obituary: labelled only on the earlier copy.

dict(guid="bil_mcl_dn_2026_03112", pub="2026-03-11T05:00:00-06:00", title="Villalpando, Ramon",
body="""Lockwood - Ramon G. Villalpando, 81, retired Great Western Sugar and CHS refinery worker, died March 8 at home. Survivors include his daughter, Maria Elena Villalpando of Lockwood; sons Ruben of Casper, Wyo., and Tony of Billings; and 10 grandchildren. Rosary 7 p.m. Thursday and Mass 10 a.m. Friday, St. Bernard Catholic Church. Dahlberg-Moore Funeral Home.""",
gold=[("BIL014", "survivor")]),
# BIL014's roster city is Billings (ZIP 59101, which covers Lockwood); she lives in Lockwood: survivor.
]
