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
dict(guid="bil_mcl_dn_2026_05074", pub="2026-05-07T05:00:00-06:00", title="Schaeffbauer, Bonnie",
body="""Gillette, Wyo. - Bonnie Lynn Schaeffbauer, 34, formerly of Broadus, died May 3 in Gillette. Survivors include her husband, Trent; children Kolby and Harper; and her parents, Dennis and Rae Schaeffbauer of Broadus. Services Saturday, Gillette Memorial Chapel.""",
gold=[]),
# Namesake elsewhere and of a clearly different age: BIL019 is Bonnie Jo Schaeffbauer of Billings, b. 1961.

dict(guid="bil_mcl_dn_2026_09083", pub="2026-09-08T05:00:00-06:00", title="Weisbeck, Harold \"Hal\"",
body="""Laurel - Harold "Hal" Weisbeck, 76, retired BNSF carman, died Sept. 5 at home. Survivors include his son, Gerry Weisbeck of Laurel; his sister, Bonnie Jo Schaeffbauer of Billings; and two granddaughters. Preceded in death by his wife, Loraine. Service 1 p.m. Saturday, St. Paul's Lutheran Church, Laurel. Yellowstone Valley Chapels, Laurel.""",
gold=[("BIL019", "survivor")]),
# Gerry Weisbeck (BIL018) is do_not_contact: nothing.  BIL019's roster maiden name is Weisbeck.

dict(guid="bil_mcl_dn_2026_11025", pub="2026-11-02T05:00:00-07:00", title="D'Aoust, Luc",
body="""Billings - Luc D'Aoust of Billings died Sunday, Nov. 1, 2026. Arrangements are pending with Dahlberg-Moore Funeral Home.""",
gold=[("BIL012", "possible_deceased_client")]),
# Same name and town as BIL012 (roster "DAoust", Billings) with no age, birth date or spouse: possible only;
# nothing for his wife BIL013.
]
