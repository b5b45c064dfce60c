"""Prairie Crossroads Weekly (community weekly for Hamilton, Hall, Adams and Buffalo counties): teaser in
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="gri_pcw-2026-02-0112", pub="2026-02-05T08:00:00-06:00", title="Donors close the gap on Aurora pool project",
body="""AURORA - The Aurora Leadership Center's campaign for a new municipal pool reached its $2.4 million goal this week, two months ahead of schedule.

Leading gifts came from the Hamilton Community Foundation and the Aurora Co-op. Donors at the Lifeguard level include Vern and LaVonne Kucera, Lyle and Denise Bohlken, the Hamilton County Farm Bureau and the Aurora Kiwanis Club. Construction is to begin in September.""",
gold=[]),

dict(guid="gri_pcw-2026-03-0140", pub="2026-03-12T08:00:00-05:00", title="Hirsi honored; Ortiz Mejía named Community Builder",
body="""GRAND ISLAND - Rosa Ortiz Mejía, who has run the free tax clinic at the Grand Island Public Library every spring for fifteen years, received the Multicultural Coalition's Community Builder Award on Saturday.

Ortiz Mejía, a bookkeeper who came to Grand Island from Nicaragua as a college student, estimates the clinic has filed 9,000 returns. The award was presented at the coalition's annual banquet, where Abdiaziz Hirsi of Juba Halal Market catered the dinner.""",
gold=[("GRI009", "subject")]),

dict(guid="gri_pcw-2026-03-0151", pub="2026-03-26T08:00:00-05:00", title="Aurora's Kenzie Pfeifer wins state wrestling title",
body="""AURORA - Aurora sophomore Kenzie Pfeifer won the 120-pound championship at the NSAA girls state wrestling tournament in Omaha on Saturday, pinning her opponent from Gothenburg in the second period.

Pfeifer, the daughter of Brent and Janelle Pfeifer of Aurora, finished the season 44-2. She is Aurora's first girls state champion.""",
gold=[("GRI014", "parent_of_subject"), ("GRI013", "parent_of_subject")]),

dict(guid="gri_pcw-2026-05-0203", pub="2026-05-21T08:00:00-05:00", title="Wieses mark 50 years",
body="""HASTINGS - LeRoy and Arlene (Gangwish) Wiese of Hastings will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, May 31, at First St. Paul's Lutheran Church fellowship hall.

The couple were married May 29, 1976, at St. Paul Lutheran Church in Shelton. Their children request a card shower; no gifts, please.""",
gold=[("GRI010", "subject"), ("GRI011", "subject")]),

dict(guid="gri_pcw-2026-06-0231", pub="2026-06-25T08:00:00-05:00", title="Father Ted marks 40 years a priest",
body="""GRAND ISLAND - Parishioners of the Cathedral of the Nativity of the Blessed Virgin Mary will honor the Rev. Thaddeus Wojtalewicz on the 40th anniversary of his ordination with a Mass and potluck on Sunday.

Father Ted, as he has been known in Grand Island since 2004, was ordained for the Diocese of Grand Island in June 1986 and has served parishes in Loup City, Kearney and Aurora.""",
gold=[("GRI023", "subject")]),

dict(guid="gri_pcw-2026-07-0260", pub="2026-07-23T08:00:00-05:00", title="Columbus coach Brabander calls it a career",
body="""COLUMBUS - Dale Brabander, who coached Columbus Lakeview cross country for 31 years and took the Vikings to four state titles, has retired. Brabander, 63, will keep teaching driver's education in the summer.""",
gold=[]),

dict(guid="gri_pcw-2026-08-0288", pub="2026-08-20T08:00:00-05:00", title="Trudy Hoagland is Buffalo County's volunteer of the year",
body="""KEARNEY - The Kearney Area Community Foundation has named Trudy Hoagland of Kearney its 2026 Volunteer of the Year.

Hoagland, 76, has shelved books at the Kearney Public Library three mornings a week since 1998, drives for Meals on Wheels and organizes the library's Polish Christmas cookie exchange. She will be honored at the foundation's luncheon on Sept. 10.""",
gold=[("GRI019", "subject")]),

dict(guid="gri_pcw-2026-09-0301", pub="2026-09-03T08:00:00-05:00", title="Longtime city electrician retires",
body="""GRAND ISLAND - Duane Ruhter retired Friday after 34 years as an electrician with Grand Island Utilities. Co-workers gave him a send-off at the Burdick Station plant. Ruhter plans to fish.""",
gold=[]),
]
