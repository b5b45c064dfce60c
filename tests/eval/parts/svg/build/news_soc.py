"""Squares & Society (the Savannah Harbor Ledger's society column: St. Patrick's Day season, weddings,
anniversaries, graduations and milestones), a teaser in description and HTML in content:encoded.
Hand-labelled: `gold` lists (client_id, role) beside each text."""

FEED = "soc"
ITEMS = [
dict(guid="svg_soc_2026_0126_grandmarshal", pub="2026-01-26T08:00:00-05:00",
title="Mulqueen elected Grand Marshal of the 2026 St. Patrick's Day Parade",
body="""The St. Patrick's Day Parade Committee has chosen Timothy J. Mulqueen Jr. as Grand Marshal of Savannah's 2026 parade, the committee announced Sunday after its annual election at the Hibernian Society hall.

Mulqueen, 69, a retired Chatham County Superior Court clerk and the son of the late Grand Marshal Timothy Mulqueen Sr. (1989), has marched with the Hibernians for more than fifty years and served on the parade committee since 1994. He will lead the parade on March 17 on horseback - "if the horse agrees," he said - and will preside over the Celtic Cross ceremony in Emmet Park the Sunday before.

"My father told me this was the best day of his life, after his wedding and before the grandchildren," Mulqueen said. "I intend to find out."

Tim and his wife, the former Bridget Heffernan, live in Ardsley Park.""",
gold=[("SVG009", "subject")]),   # the wife is only mentioned; the honour is his

dict(guid="svg_soc_2026_0308_celticcross", pub="2026-03-08T08:00:00-04:00",
title="Celtic Cross ceremony draws hundreds to Emmet Park",
body="""Bagpipes, the Cathedral choir and a crisp blue sky greeted several hundred people in Emmet Park on Sunday for the Celtic Cross ceremony, the solemn start of Savannah's St. Patrick's week.

Grand Marshal Tim Mulqueen laid the wreath, assisted by his granddaughter Kathleen. The Rev. Liam Costigan offered the blessing, and the Irish Heritage Society's youth dancers performed.

The ceremony committee this year included Maggie Gallogly, Sean Gallogly, Dennis Heffernan, Margaret Doyle, Frank Cullinane and Nora O'Shaughnessy, with refreshments by the Ladies Ancient Order of Hibernians.

Parade organizers expect more than 300 units and 15,000 marchers on March 17, when the parade steps off at 10:15 a.m. from Gwinnett and Abercorn Streets.""",
gold=[]),   # Mulqueen already labelled for the election story; committee list: nothing

dict(guid="svg_soc_2026_0318_feis", pub="2026-03-18T08:00:00-04:00",
title="Savannah dancer, 16, wins the Southern Region feis crown",
body="""Aoife O'Shaughnessy, a junior at St. Vincent's Academy, won the senior ladies championship at the Southern Region Irish dance feis in Atlanta last weekend and has qualified for the world championships in Dublin in April.

Aoife, 16, is the daughter of Nora and Kevin O'Shaughnessy of Savannah and the granddaughter of Kathleen Keane, who taught Irish dance at Blessed Sacrament for three decades. She danced in the St. Patrick's Day parade on the Heritage Society float.

"My granny taught my mom, and my mom taught me," Aoife said. "So it's really three of us up there." """,
gold=[("SVG022", "parent_of_subject")]),

dict(guid="svg_soc_2026_0510_ssu", pub="2026-05-10T08:00:00-04:00",
title="Commencement: Bluffton graduate leads Savannah State's class of 2026",
body="""Imani Polite of Bluffton, S.C., graduated summa cum laude from Savannah State University on Saturday and gave the student address at the spring commencement in Tiger Arena.

Polite, a marine sciences major, will begin a doctoral program at the University of Georgia's Skidaway Institute of Oceanography in the fall, studying how oyster reefs rebuild after storms. She is the daughter of Jamal and Keisha Polite of Bluffton and dedicated her address to her grandmother, the late Queen Esther Polite of Hilton Head Island, "who crossed to school in a bateau so I could cross this stage."

Savannah State awarded 612 degrees this spring.""",
gold=[("SVG020", "parent_of_subject")]),

dict(guid="svg_soc_2026_0524_xanthakos", pub="2026-05-24T08:00:00-04:00",
title="Golden anniversary: Gus and Helen Xanthakos",
body="""Konstantinos "Gus" and Eleni "Helen" Xanthakos of Savannah celebrated their fiftieth wedding anniversary on May 23 with a dinner for 120 family members and friends in the hall of St. Paul Greek Orthodox Church, where they were married on May 23, 1976.

The couple met at the 1974 Greek Festival, where he was grilling souvlaki and she was selling loukoumades. Gus ran Xanthakos Seafood on the Thunderbolt waterfront for thirty-eight years; Helen taught third grade at Heard Elementary. They have three children and six grandchildren.

Dancing went on past midnight, led by Helen's brother, Jimmy Lambrakis of Tybee Island.

Maggie Gallogly writes Squares & Society. Send anniversaries, engagements and milestones to society@savannahharborledger.example.""",
gold=[("SVG005", "subject"), ("SVG006", "subject")]),   # Jimmy Lambrakis leads the dancing, Maggie Gallogly is the columnist: nothing

dict(guid="svg_soc_2026_0614_wedding", pub="2026-06-14T08:00:00-04:00",
title="Gallogly - Reyes wedding at St. James, Whitemarsh Island",
body="""Molly Anne Gallogly and Daniel Reyes were married on Saturday, June 13, at St. James Catholic Church on Whitemarsh Island, the Rev. Liam Costigan officiating.

The bride is the daughter of Sean and Erin Gallogly of Wilmington Island and the granddaughter of the late Patrick "P.J." Gallogly. The bridegroom is the son of Luis and Carmen Reyes of Pooler. Both graduated from the University of Georgia; the bride is a nurse at Memorial Health and the groom teaches history at Savannah High.

The bride's great-aunt, Maggie Gallogly, read from the Book of Ruth. A reception followed at the Wilmington Island Club. The couple will live in Savannah after a wedding trip to Ireland.""",
gold=[("SVG012", "parent_of_subject")]),   # the great-aunt is a reader only: nothing for SVG011
]
