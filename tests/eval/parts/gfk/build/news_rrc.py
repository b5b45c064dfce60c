"""The Riverside Courier (community weekly for East Grand Forks and Grand Forks): milestones, church, schools,
clubs; a teaser in description and HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="gfk_rrc_2026_02_12_dufault", pub="2026-02-12T08:00:00-06:00",
title="Dufaults to mark 64 years of marriage",
body="""Clarence and Yvonne (Bergeron) Dufault of East Grand Forks will celebrate their 64th wedding anniversary on Tuesday, February 17.

The couple were married February 17, 1962, at St. Joseph's Church in Red Lake Falls and have lived in East Grand Forks since 1965. Their children, Colleen (Bud) Kjelstrup, Denise (Marc) Girard and Paul Dufault, invite friends to an open house from 2 to 4 p.m. Sunday, February 22, in the Sacred Heart parish hall. No gifts, please; cards may be sent to the couple at 802 4th Ave. NW.""",
gold=[("GFK024", "subject"), ("GFK025", "subject")]),

dict(guid="gfk_rrc_2026_04_02_rinkenberger", pub="2026-04-02T08:00:00-05:00",
title="Fisher's Billie Rinkenberger turns 85",
body="""Wilhelmina "Billie" Rinkenberger of Fisher will be 85 on April 7, and her family is throwing her a party.

Billie taught piano to what her children estimate is half of Fisher and a good part of Crookston, and she still plays the organ at Fisher's Zion Lutheran one Sunday a month. An open house will be held from 1 to 3 p.m. Saturday, April 11, at the Fisher Community Center. Her family asks that guests bring a favorite memory written on a card instead of a gift.""",
gold=[("GFK023", "subject")]),

dict(guid="gfk_rrc_2026_04_08_eaglescout", pub="2026-04-08T08:00:00-05:00",
title="Troop 151 scout earns Eagle with Greenway benches project",
body="""Sagar Ghimire of Grand Forks has earned the rank of Eagle Scout, the highest in Scouts BSA, Troop 151 announced.

For his project the Red River High School junior designed and built, with 14 volunteers, four cedar benches along the Greenway south of the Point Bridge, each with a plaque in English and Nepali. Sagar is the son of Bishnu and Tulasa Ghimire of Grand Forks. His Eagle court of honor will be held April 26 at Wesley United Methodist Church.""",
gold=[("GFK011", "parent_of_subject"), ("GFK012", "parent_of_subject")]),

dict(guid="gfk_rrc_2026_05_06_aamodt", pub="2026-05-06T08:00:00-05:00",
title="Vinland Lutheran installs Aamodt as senior pastor",
body="""Vinland Lutheran Church in Grand Forks installed the Rev. Sigrid Aamodt as its senior pastor on Sunday, the first woman to hold the post in the congregation's 128 years.

Aamodt, who grew up on a farm near Fosston, Minn., came to Vinland as associate pastor in 2019 after graduating from Luther Seminary. Bishop Terry Brandvold of the Eastern North Dakota Synod led the installation. "Vinland taught me to be a pastor," Aamodt said. "Now they're stuck with me."

A reception followed in Fellowship Hall, hosted by the Ladies Aid, whose president, Marit Ostbye, cut the cake.""",
gold=[("GFK022", "subject")]),

dict(guid="gfk_rrc_2026_07_29_quilt", pub="2026-07-29T08:00:00-05:00",
title="Larimore quilter takes best of show at State Fair",
body="""A Larimore woman's quilt has won best of show in the quilting division of the North Dakota State Fair in Minot.

Jo Ann Torkelson's "Prairie Sky at Harvest," a 96-inch hand-quilted star pattern in wheat, rust and blue, took the top prize out of 412 entries. Torkelson, a retired Larimore Public School home economics teacher, said the quilt took her two winters. "My father used to say the sky is the only thing in North Dakota bigger than the fields," she said. "I tried to make it that big."

The quilt will hang at the Larimore Public Library through September.""",
gold=[("GFK009", "subject")]),

dict(guid="gfk_rrc_2026_09_24_lodge", pub="2026-09-24T08:00:00-05:00",
title="Sons of Norway lodge raises $12,000 at lutefisk supper",
body="""Sons of Norway Gyda Varden Lodge served 900 pounds of lutefisk and 1,400 lefse at its 72nd annual supper on Saturday at Nordic Hall, raising $12,000 for the Northlands Rescue Mission and the Grand Forks Food Pantry.

Volunteers worked in shifts from 6 a.m. Major donors to the supper fund included Hal and Marit Ostbye, Gerry and Darlene Tollefsrud, Jo Ann Torkelson and Everest Bazaar. Lodge president Gary Brenden thanked "everyone who peeled potatoes and everyone who pretended to like lutefisk."

The lodge's next event is the Julebord on December 5.""",
gold=[]),
]
