"""Lakeshore 6 (WLKS-TV, Sheboygan/Manitowoc) local news: TV-station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="sbg_tv_20260120_lubach_vp", pub="2026-01-20T17:45:00-06:00", title="Kohler manufacturer names Sheboygan woman its first female vice president",
body="""KOHLER, Wis. (WLKS) - A Sheboygan woman who started on the enameling line 40 years ago is now running the whole plant.

Lakeshore Plumbingware Co. on Tuesday promoted Katherine "Kitty" Lubach to vice president of operations, the first woman to hold the job in the company's 98-year history. Lubach, 67, began at the company as a summer hire in 1976 and has managed the Kohler foundry since 2014.

"I grew up three blocks from the plant. This place raised me," Lubach said.""",
gold=[("SBG014", "subject")]),

dict(guid="sbg_tv_20260211_brotz_fire", pub="2026-02-11T06:20:00-06:00", title="Kohler couple escapes overnight house fire",
body="""KOHLER, Wis. (WLKS) - A Kohler couple escaped without injury when fire broke out in their Highland Drive home early Wednesday.

Eldon and Carol Brotz woke to smoke alarms around 2:30 a.m. and got out through the back door, according to the Kohler Fire Department. The fire started in an attached garage and spread into the kitchen. Damage is estimated at $180,000.

Neighbor Warren Zimbal, who was visiting his sister across the street, said he saw flames through the garage windows and called 911. "They were out on the lawn in their slippers by the time I got there," Zimbal said.""",
gold=[("SBG020", "subject")]),

dict(guid="sbg_tv_20260305_wolfgramm_band", pub="2026-03-05T18:05:00-06:00", title="Sheboygan Municipal Band director steps down after 38 summers",
body="""SHEBOYGAN, Wis. (WLKS) - The man who has led Thursday night concerts at Fountain Park since 1988 is putting down the baton.

Gerry Wolfgramm announced his retirement as director of the Sheboygan Municipal Band on Thursday. Wolfgramm, 79, a retired Sheboygan North band teacher, will conduct his last concert on Aug. 27.

His wife, Luella, who has played clarinet in the band for 45 years, says she is not retiring. "Somebody in the family has to keep going," she laughed.""",
gold=[("SBG001", "subject")]),

dict(guid="sbg_tv_20260402_vang_nurse", pub="2026-04-02T17:30:00-05:00", title="Sheboygan nurse honored for bringing health care to Hmong elders",
body="""SHEBOYGAN, Wis. (WLKS) - A Sheboygan nurse who spends her weekends translating at medical appointments for Hmong elders has received the Wisconsin Nurses Association's Community Impact Award.

Pa Nhia Vang, a nurse at Aurora Sheboygan Memorial Medical Center, founded a volunteer program in 2019 that has helped more than 600 elders navigate appointments, prescriptions and Medicare forms.

Her husband, Chue Vang, said she rarely says no. "The phone rings at ten at night and she goes," he said.""",
gold=[("SBG007", "subject")]),

dict(guid="sbg_tv_20260420_chue_vang_stpaul", pub="2026-04-20T12:10:00-05:00", title="Former Sheboygan resident elected to Saint Paul City Council",
body="""SAINT PAUL, Minn. (WLKS) - A man who went to elementary school in Sheboygan has won a special election to the Saint Paul City Council.

Chue Vang, 34, a Saint Paul housing attorney, won Ward 6 with 58 percent of the vote. Vang's family moved from Sheboygan to Minnesota in 1999, when he was seven.""",
gold=[]),

dict(guid="sbg_tv_20260618_lakefront_storm", pub="2026-06-18T07:15:00-05:00", title="Storm cleanup underway in Kohler and Sheboygan Falls",
body="""SHEBOYGAN FALLS, Wis. (WLKS) - Crews spent Wednesday clearing downed trees after Tuesday night's severe thunderstorm brought 70 mph gusts to Kohler and Sheboygan Falls.

We Energies said about 4,000 customers lost power at the storm's peak. In Kohler, a large oak fell across Church Street.

"It sounded like a freight train for about two minutes," said Craig Boehlke, who was helping a neighbor on Buffalo Street drag branches to the curb. "Everybody is okay, that is what matters." """,
gold=[]),

dict(guid="sbg_tv_20260710_sonnenberg_state", pub="2026-07-10T18:40:00-05:00", title="Plymouth teen wins state title in 4-H dairy showmanship",
body="""PLYMOUTH, Wis. (WLKS) - A Plymouth 15-year-old brought home the top prize in senior dairy showmanship at the Wisconsin State Fair's junior dairy show.

Ella Sonnenberg, a sophomore at Plymouth High School, showed her Holstein heifer, Clover, to the championship on Wednesday. She is the daughter of Nate and Rachel Sonnenberg of Plymouth.

"She was up at 4 every morning all summer," her mother said.""",
gold=[("SBG018", "parent_of_subject"), ("SBG019", "parent_of_subject")]),
]
