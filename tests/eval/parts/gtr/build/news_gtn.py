"""Golden Triangle Neighbors & Business (weekly community and business paper, Starkville/Columbus/West Point/Macon):
teaser description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="gtr_gtn_20260115_ivory_sims_vp", pub="2026-01-15T07:00:00-06:00", title="Ivory-Sims named senior vice president at Cadence Trust",
body="""COLUMBUS - Lakeisha "Keisha" Ivory-Sims has been promoted to senior vice president and market president for Lowndes County at Tombigbee Cadence Trust.

Ivory-Sims, a Lee High and Mississippi University for Women graduate, joined the bank as a teller in 2003. She serves on the board of the Columbus-Lowndes Development Link and chairs the United Way of Lowndes County's campaign this year.""",
gold=[("GTR009", "subject")]),

dict(guid="gtr_gtn_20260205_mabry_choir_50", pub="2026-02-05T07:00:00-06:00", title="New Hope choir director marks 50 years at the piano",
body="""MACON - When Ora Lee Mabry first sat down at the piano at New Hope M.B. Church in February 1976, the church still had a wood stove. Fifty years later she is still there every Sunday, directing the Voices of New Hope.

The congregation honored Mrs. Mabry on Sunday with a program, a plaque and a cake shaped like a grand piano. Her husband, Isaiah, sat on the front pew.

"I just play what the Lord puts in my hands," she said.""",
gold=[("GTR021", "subject")]),

dict(guid="gtr_gtn_20260219_hospital_gala_donors", pub="2026-02-19T07:00:00-06:00", title="Hospital foundation gala raises $410,000 for cancer center",
body="""COLUMBUS - The Baptist Golden Triangle Foundation's Red & White Gala raised $410,000 on Saturday toward a new infusion suite at the hospital's cancer center.

Platinum sponsors included Tombigbee Cadence Trust, 4-County Electric Power Association, Gus and Claudette Dabbs, Ransom and Bobbie Sue Kimbrell, and Dr. Prentiss Vowell. Gold sponsors included Fondren's Feed & Seed and the Golden Triangle Planning and Development District.

Foundation director Allison Brewer thanked the 60 volunteers who decorated the Trotter Convention Center.""",
gold=[]),

dict(guid="gtr_gtn_20260402_pilgrimage_quilt_show", pub="2026-04-02T07:00:00-05:00", title="Brooksville quilter takes best of show at Pilgrimage quilt show",
body="""COLUMBUS - Glenda Pickens of Brooksville won best of show at the Columbus Spring Pilgrimage quilt show with a Double Wedding Ring quilt she pieced from her late mother's feed-sack dresses.

Judges Della Crumpton of Starkville, Hattie Ledbetter of Starkville and Joyce Hairston of Aberdeen reviewed 94 entries. "The hand quilting was twelve stitches to the inch," Crumpton said. "You don't see that anymore."

The show ran through the first week of Pilgrimage at the Rosedale gardens.""",
gold=[]),

dict(guid="gtr_gtn_20260507_kimbrell_50th", pub="2026-05-07T07:00:00-05:00", title="Kimbrells celebrate 50th anniversary",
body="""COLUMBUS - Mr. and Mrs. Ransom Kimbrell of Columbus celebrated their 50th wedding anniversary on May 1 with a reception in the fellowship hall of First United Methodist Church, hosted by their children.

Ransom Kimbrell and the former Bobbie Sue Nance were married May 1, 1976, at Caledonia United Methodist Church. He retired from the Lowndes County School District; she is a retired nurse at Baptist Memorial. They have three children and seven grandchildren.""",
gold=[("GTR012", "subject"), ("GTR011", "subject")]),

dict(guid="gtr_gtn_20260528_crumpton_retires", pub="2026-05-28T07:00:00-05:00", title="After 41 years, Buddy Crumpton hangs up his hardware apron",
body="""STARKVILLE - For 41 years, if you needed a washer for a 1950s faucet, a key cut for a barn lock or advice about armadillos, you went to see Buddy Crumpton at Starkville Hardware & Supply.

Wendell "Buddy" Crumpton retired Friday as the store's manager. Customers brought a cake and a framed photograph of the original store on Main Street. He and his wife, Della, plan to spend more time with their grandchildren in Oxford and on the Noxubee River.

"I'll still come in," Crumpton said. "Just on the other side of the counter." """,
gold=[("GTR007", "subject")]),

dict(guid="gtr_gtn_20260618_humphries_retires", pub="2026-06-18T07:00:00-05:00", title="Noxubee County's 'Miss Teenie' retires after 42 years in the classroom",
body="""MACON - Generations of Noxubee County students learned to diagram a sentence from Earnestine "Teenie" Humphries. On Friday the English teacher retired after 42 years at Noxubee County High School.

Former students lined the hallway to applaud her out of the building for the last time, and the school board named the library reading room in her honor. Mrs. Humphries, a widow, said she plans to travel with her church's missionary society.""",
gold=[("GTR006", "subject")]),
]
