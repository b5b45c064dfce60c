"""Local news for the aug part, hand-labelled (`gold=[(client_id, role)]`).
feed: tv = WKVB Channel 6 Central Maine (HTML descriptions); biz = Kennebec Valley Business Review (plain text);
com = River Towns Community Notes (Gardiner/Hallowell/Augusta/Fairfield/Vassalboro newsletter; teaser +
content:encoded)."""

ITEMS = [
# ---------------- WKVB Channel 6 (TV site) ----------------
dict(feed="tv", guid="aug_tv_2026_00611", pub="2026-06-14T18:30:00-04:00",
title="Waterville couple marks 55 years with a dance at the same Grange hall",
body="""WATERVILLE (WKVB) - Fifty-five years after their wedding reception at the Grange hall on the Oakland road, Norm and Jeannine Veilleux were back on the same dance floor Saturday night.

The Veilleux family rented the hall and hired a fiddler to play "Ma Belle Jeannine," the waltz the couple danced to in 1971. "He stepped on my feet then and he steps on them now," Jeannine Veilleux said, laughing.

Normand Veilleux retired in 2009 after 38 years at the Scott Paper mill in Winslow. The couple has three children and seven grandchildren.""",
gold=[("AUG001", "subject"), ("AUG002", "subject")]),

dict(feed="tv", guid="aug_tv_2026_00244", pub="2026-02-27T07:15:00-05:00",
title="Overnight fire heavily damages Gardiner home; family and dog escape",
body="""GARDINER (WKVB) - Fire tore through a two-story home on Brunswick Avenue early Friday morning. Firefighters from Gardiner, Pittston, Farmingdale and Randolph responded just after 2 a.m.

The home belongs to Toby and Kayla Merrithew. Kayla Merrithew said a smoke alarm woke the family; she, her husband, their two children and the dog got out safely. Fire Chief Al Nadeau said the fire appears to have started in a wood stove chimney.

The Red Cross is helping the family, and a fundraiser is planned at Gardiner Area High School.""",
gold=[("AUG012", "subject"), ("AUG013", "subject")]),

dict(feed="tv", guid="aug_tv_2026_00402", pub="2026-04-22T17:45:00-04:00",
title="Winslow-Waterville bridge work to close lane through August",
body="""WINSLOW (WKVB) - Drivers crossing the Kennebec between Waterville and Winslow should expect one lane each way through August as MaineDOT replaces bearings on the Ticonic Bridge.

"I cross it twice a day to get to work. I'll leave ten minutes early, I guess," said Marie Claire Fecteau of Winslow, who was waiting at the light on Bay Street. The state said detours will be posted on Route 201.""",
gold=[]),

dict(feed="tv", guid="aug_tv_2026_00003", pub="2026-01-02T12:10:00-05:00",
title="First baby of 2026 at MaineGeneral is an Oakland girl",
body="""AUGUSTA (WKVB) - The first baby born in 2026 at MaineGeneral Medical Center's Alfond Center for Health arrived at 12:41 a.m. New Year's Day.

Harper Rose Dunton, 7 pounds 9 ounces, was born to Ashlynn and Cody Dunton of Oakland. It is the couple's first child. "We were supposed to be watching the ball drop," Cody Dunton said. The hospital auxiliary presented the family with a basket of gifts from local businesses.""",
gold=[("AUG018", "subject"), ("AUG019", "subject")]),

dict(feed="tv", guid="aug_tv_2026_00515", pub="2026-05-19T18:00:00-04:00",
title="Manchester man honored for 40 years of coaching Little League",
body="""MANCHESTER (WKVB) - Reggie Bickford has coached Little League in Manchester and Readfield since 1986. On Sunday the league named its new field after him.

"I just kept showing up," Bickford said. More than 600 kids have played for him.""",
gold=[]),  # AUG014 is do_not_contact

# ---------------- Kennebec Valley Business Review ----------------
dict(feed="biz", guid="aug_biz_2026_0131", pub="2026-03-30T06:00:00-04:00",
title="Thibodeau retires after 38 years at Kennebec Paper Supply",
body="""AUGUSTA - Gerry Thibodeau, general manager of Kennebec Paper Supply on Whitten Road, retired Friday after 38 years with the company. Thibodeau joined as a delivery driver in 1988 and ran the business through two ownership changes.

Owner Claire Bernier named operations manager Justin Dube to succeed him. Thibodeau said he plans to spend more time at camp on Cobbosseecontee Lake with his wife, Pauline.""",
gold=[("AUG004", "subject")]),

dict(feed="biz", guid="aug_biz_2026_0158", pub="2026-05-04T06:00:00-04:00",
title="Karam's Market marks 50 years on Front Street",
body="""WATERVILLE - Karam's Market, the Lebanese grocery and sandwich counter on Front Street, celebrates 50 years this month. Elias "Lee" Karam took over from his father in 1984 and runs it today with his wife, Nadia.

"People come for the spinach pies and stay to argue about the Red Sox," Lee Karam said. The couple plans a block party May 16 with free kibbeh samples. Downtown Waterville Partnership director Jess Ouimet called the market "the living room of Front Street." """,
gold=[("AUG009", "subject"), ("AUG010", "subject")]),

dict(feed="biz", guid="aug_biz_2026_0172", pub="2026-06-01T06:00:00-04:00",
title="Capital Area Federal Credit Union names Ouellette-Drouin vice president",
body="""AUGUSTA - Capital Area Federal Credit Union has promoted Danielle Ouellette-Drouin to vice president of member lending. Ouellette-Drouin joined the credit union in 2008 as a teller and has managed its mortgage department since 2019. She is a graduate of Cony High School and the University of Maine at Augusta.""",
gold=[("AUG011", "subject")]),

dict(feed="biz", guid="aug_biz_2026_0190", pub="2026-07-06T06:00:00-04:00",
title="Hallowell brewery opens in former granite shed",
body="""HALLOWELL - Slate Ledge Brewing opened Saturday in a restored granite-cutting shed on Water Street. Owners Ben and Tasha Colby spent two years on the building.

"It brings people to the south end of Water Street, which we need," said Ramona Goodhue, who owns the antique shop next door. Mayor Peter Laverdiere cut the ribbon.""",
gold=[]),

# ---------------- River Towns Community Notes ----------------
dict(feed="com", guid="aug_com_2026_0601", pub="2026-06-05T08:00:00-04:00",
title="Cony names its Class of 2026 valedictorian",
body="""AUGUSTA - Nicole Lapointe has been named valedictorian of the Cony High School Class of 2026. She is the daughter of Roland and Bernie Lapointe of Augusta and will study chemical engineering at the University of Maine in the fall.

Nicole captained the Rams' Nordic ski team and volunteers at the Augusta Food Bank. Salutatorian is Owen Tardif.""",
gold=[("AUG016", "parent_of_subject")]),

dict(feed="com", guid="aug_com_2026_0418", pub="2026-04-20T08:00:00-04:00",
title="Fairfield volunteer of the year: Priscilla Varney",
body="""FAIRFIELD - The Fairfield Town Council has named Priscilla Varney its 2026 Volunteer of the Year. Varney has run the Fairfield Community Food Cupboard for 14 years and organizes the Christmas toy drive.

She will be honored at the Town Council meeting May 6. "She never says no," said Town Manager Renee Pelotte.""",
gold=[("AUG020", "subject")]),

dict(feed="com", guid="aug_com_2026_0720", pub="2026-07-22T08:00:00-04:00",
title="Old Hallowell Day pie contest results",
body="""HALLOWELL - Thirty-two pies were entered in this year's Old Hallowell Day pie contest. Judges Charlotte Hatch, Ramona Goodhue and Chef Andre Sirois awarded first prize to Maggie Dow of Farmingdale for her blueberry crumb pie. Second place went to Lisa Bragdon of Hallowell (strawberry rhubarb).""",
gold=[]),

dict(feed="com", guid="aug_com_2026_0214", pub="2026-02-16T08:00:00-05:00",
title="Fort Kent's Ted Marquis wins Can-Am vintage sled class",
body="""FORT KENT - Ted Marquis of Fort Kent, 31, rode a restored 1972 Ski-Doo Olympique to first place in the vintage class at the Can-Am weekend. Marquis restored the sled with his grandfather in St. Francis.""",
gold=[]),  # namesake of AUG021 (Skowhegan, born 1949): nothing

dict(feed="com", guid="aug_com_2026_0512", pub="2026-05-13T08:00:00-04:00",
title="Vassalboro honors Hollis Crommett for 50 years on the planning board",
body="""VASSALBORO - Selectmen presented Hollis Crommett with a plaque Tuesday marking 50 years on the Vassalboro Planning Board, the longest service of any town official in the town's history.

Crommett, a retired dairy farmer, was first elected in 1976. His wife, Arlene, and several of their grandchildren attended.""",
gold=[("AUG015", "subject")]),
]
