"""Inland Northwest Death Notices (invented; paid notices for Kootenai, Benewah and Spokane counties). Very terse,
surname-first titles. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="spk_notice_2026_0051", pub="2026-01-15T06:00:00-08:00", title="LUEDECKE, Martha E.",
body="""Martha Elisabeth Luedecke, 96, Post Falls, died Jan. 11, 2026. Born in Odessa, Wash. Member of St. John's Lutheran Church, Post Falls, for 58 years. Survived by son Gerald (Sharon), Post Falls; daughter Karen Fisch, Rathdrum; five grandchildren. Preceded in death by husband, Reinhold. Service 11 a.m. Friday, St. John's Lutheran Church. Hennessey-Thornberg Lakeside Chapel.""",
gold=[("SPK012", "survivor"), ("SPK013", "survivor")]),

dict(guid="spk_notice_2026_0077", pub="2026-02-25T06:00:00-08:00", title="RAUSCHKOLB, Wilhelm \"Bill\"",
body="""Wilhelm "Bill" Rauschkolb, 86, Spokane Valley, died Feb. 15, 2026. Retired Kaiser Trentwood millwright. Survived by wife of 61 years, Erna; sons Mark and Daniel; five grandchildren. Service held Feb. 23 at Valley Lutheran Church. Hennessey-Thornberg Valley Chapel.""",
# Later second copy of the funeral-home obituary spk_htfh_2026_0131 -> nothing here.
gold=[]),

dict(guid="spk_notice_2026_0093", pub="2026-03-06T06:00:00-08:00", title="SANDVOLD, Dorothea",
body="""Dorothea Sandvold, Spokane Valley, died March 3, 2026. Arrangements pending with Hennessey-Thornberg Valley Chapel.""",
# Same name and town as SPK019; no age, no survivors, no birth date -> possible_deceased_client.
gold=[("SPK019", "possible_deceased_client")]),

dict(guid="spk_notice_2026_0118", pub="2026-03-26T06:00:00-07:00", title="MITTELSTAEDT, Karl",
body="""Karl Mittelstaedt, 33, Moses Lake, formerly of Spokane, died March 21, 2026, in a logging accident near Republic. Survived by wife, Amber; daughters Kaylee and Brynn; parents, Don and Tami Mittelstaedt, Moses Lake. Service 1 p.m. Saturday, Moses Lake Church of the Nazarene.""",
# A 33-year-old of Moses Lake: not SPK020 (born 1952, Spokane) -> nothing.
gold=[]),
dict(guid="spk_notice_2026_0142", pub="2026-05-20T06:00:00-07:00", title="BREKKESTAD, Kristoffer O.",
body="""Kristoffer Olav Brekkestad, 91, Coeur d'Alene, died May 16, 2026. Born in Haugesund, Norway; retired Coeur d'Alene Mines hoistman. Survived by son Nils (Karen), Hayden; grandsons Kris Brekkestad, Coeur d'Alene, and Anders Brekkestad, Boise. Preceded in death by wife, Ingrid. Memorial 2 p.m. Saturday, Trinity Lutheran Church, Coeur d'Alene.""",
# The deceased is a 91-year-old namesake of SPK014 (born 1984); the grandson "Kris Brekkestad, Coeur d'Alene" is SPK014.
gold=[("SPK014", "survivor")]),

dict(guid="spk_notice_2026_0157", pub="2026-06-24T06:00:00-07:00", title="FJELSTAD, Orville",
body="""Orville Fjelstad, 80, Rathdrum, died June 20, 2026. Retired Burlington Northern section foreman. Survived by sister, Marit Oftedahl, Newport; nephew Erik (Bitsy) Oftedahl, Liberty Lake; and niece Janelle Bossard, Sandpoint. Preceded in death by brother-in-law, Harvey Oftedahl. Graveside 10 a.m. Friday, Pineview Cemetery, Rathdrum.""",
# SPK018 is do_not_contact: nothing, even though name, town and age (b. 1946-01-15) all match.
# Erik (Bitsy) Oftedahl, Liberty Lake: SPK008 is a survivor (nephew's wife, in-law named with her spouse).
gold=[("SPK008", "survivor")]),
]

