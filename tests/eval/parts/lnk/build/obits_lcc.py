"""Lincoln Capital Courier - Death Notices: newspaper death notices, brief, surname-first headings, plain text,
notices for Lancaster and surrounding counties and for former residents. Hand-labelled (gold beside each)."""

FEED = "lcc"
ITEMS = [
dict(guid="lnk_lcc_dn_260127_0412", pub="2026-01-27T06:00:00-06:00", title="MEIERHENRY, Harlan D.",
body="""MEIERHENRY, Harlan D., 71, Sioux Falls, S.D., formerly of Norfolk, died Jan. 23, 2026. Retired John Morrell & Co. supervisor. Survived by wife, Corrine; daughters Jill (Brad) Hoins, Sioux Falls, and Amy Meierhenry, Minneapolis; four grandchildren. Services 10 a.m. Thursday, Our Savior's Lutheran Church, Sioux Falls.""",
gold=[]),   # namesake of LNK018 (Ashland, b. 1955, same age) in another state, with a wife the roster does not list: nothing

dict(guid="lnk_lcc_dn_260210_0588", pub="2026-02-10T06:00:00-06:00", title="VANDER WIEL, Hendrik \"Henk\"",
body="""VANDER WIEL, Hendrik "Henk", 90, Pella, Iowa, died Feb. 6, 2026. Born in Friesland, the Netherlands; came to Iowa in 1952. Survived by wife, Trijntje; son, Gerrit (Anneke) VanderWiel, Hickman; daughters Marijke De Jong, Pella, and Els Vander Wiel, Grand Rapids, Mich.; nine grandchildren. Services 11 a.m. Tuesday, Second Reformed Church, Pella.""",
gold=[("LNK014", "survivor"), ("LNK015", "survivor")]),   # roster Firth; "Hickman" is the neighbouring town (~6 km); particle written closed

dict(guid="lnk_lcc_dn_260318_0731", pub="2026-03-18T06:00:00-05:00", title="VOSICKY, Lorraine M.",
body="""VOSICKY, Lorraine M., Crete, died March 15, 2026. Services pending with Hrbek Funeral Home, Crete.""",
gold=[("LNK020", "possible_deceased_client")]),   # name and town only: no age, no survivors -> verify

dict(guid="lnk_lcc_dn_260421_0902", pub="2026-04-21T06:00:00-05:00", title="OSTDIEK, Bernard J.",
body="""OSTDIEK, Bernard J., 88, Seward, died April 18, 2026. Farmed north of Seward; longtime member of St. Vincent de Paul Catholic Church. Survived by sisters JoAnn Pflugradt, Seward, and Rita (Norbert) Kabes, Columbus; many nieces and nephews. Preceded in death by wife, Dorothy, and brother, Leo. Mass of Christian Burial 10:30 a.m. Friday, St. Vincent de Paul Catholic Church, Seward.""",
gold=[("LNK007", "survivor")]),   # "JoAnn" = roster "Jo Ann"; maiden Ostdiek

dict(guid="lnk_lcc_dn_260519_1044", pub="2026-05-19T06:00:00-05:00", title="WIECHERT, Doris A.",
body="""WIECHERT, Doris A., 84, Raymond, died May 16, 2026. Taught kindergarten at Raymond Central for 33 years. Survived by husband, Walter; daughter, Connie (Paul) Rezac, Lincoln; brother-in-law, Eldon (Marva) Wiechert, Malcolm; three grandchildren. Services 10 a.m. Thursday, Immanuel Lutheran Church, Raymond.""",
gold=[("LNK022", "survivor")]),

dict(guid="lnk_lcc_dn_260623_1170", pub="2026-06-23T06:00:00-05:00", title="BREHM, Adam J.",
body="""BREHM, Adam J., 90, Lincoln, died June 20, 2026. Retired Burlington Northern machinist. Survived by sisters Billie Feyerherm, Lincoln, and Katie Weimer, Scottsbluff; nephews and nieces. Preceded in death by wife, Lydia, and brother, Henry. Services 1 p.m. Friday, Calvary Lutheran Church, Lincoln.""",
gold=[("LNK011", "survivor")]),   # nickname Billie (roster Wilhelmina), maiden Brehm

dict(guid="lnk_lcc_dn_260707_1235", pub="2026-07-07T06:00:00-05:00", title="SCHAFFERT, Leona E.",
body="""SCHAFFERT, Leona E., 93, Lincoln, died July 3, 2026. Survived by son, Arlo (Pam) Schaffert, Lincoln; daughter, Karen Hoffman, Lincoln; seven grandchildren. Preceded in death by husband, Edward. Services 10:30 a.m. Friday, Zion Congregational Church. Pastor Marvin Grosshans officiating.""",
gold=[]),   # LNK012 Arlo Schaffert is do_not_contact; LNK021 officiant: nothing

dict(guid="lnk_lcc_dn_260915_1498", pub="2026-09-15T06:00:00-05:00", title="ZAJICEK, Leonard F.",
body="""ZAJICEK, Leonard F., 70, Crete, died Sept. 12, 2026. Retired Smithfield plant electrician; Crete Volunteer Fire Department, 35 years. Survived by wife, Mary Beth; sons Adam (Kelsey) Zajicek, Crete, and Luke Zajicek, Lincoln; four grandchildren. Rosary 7 p.m. Thursday; Mass 10:30 a.m. Friday, St. James Catholic Church, Crete.""",
gold=[("LNK003", "survivor")]),   # the widow; Leonard is her roster spouse, not a client
]
