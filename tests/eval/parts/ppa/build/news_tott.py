"""The Top o' Texas Tribune: community weekly (Pampa, Carson and Roberts Counties), teaser description and HTML
in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="ppa_tott_20260611_urbanczyk50", pub="2026-06-11T08:00:00-05:00", title="Urbanczyks to mark 50 years",
body="""Stanley and Irene Urbanczyk of White Deer will celebrate their 50th wedding anniversary with a reception from 2 to 4 p.m. Sunday, June 21, in the Sacred Heart Parish Hall in White Deer.

Stan Urbanczyk and the former Irene Kotara were married June 19, 1976, at Sacred Heart Catholic Church. He farmed and drove a school bus for White Deer ISD for 31 years; she was the school secretary at White Deer Elementary.

They have three children and seven grandchildren. The couple requests no gifts.""",
gold=[("PPA017", "subject"), ("PPA018", "subject")]),

dict(guid="ppa_tott_20260430_ffa", pub="2026-04-30T08:00:00-05:00", title="Panhandle FFA member takes state title in livestock judging",
body="""Panhandle High School sophomore Brody Kuykendall placed first overall in the individual livestock judging contest at the Texas FFA state career development events in Lubbock last week.

Brody, the son of Travis and Shelby Kuykendall of Panhandle, led his team to a third-place finish. He shows Hampshire lambs and plans to study animal science at West Texas A&M.

Panhandle FFA adviser Troy Glasscock said Brody "reads an animal better than most judges I know." """,
gold=[("PPA008", "parent_of_subject"), ("PPA009", "parent_of_subject")]),

dict(guid="ppa_tott_20260813_pruett", pub="2026-08-13T08:00:00-05:00", title="Pruett to retire after 31 years at First Baptist",
body="""The Rev. Garrett Pruett, pastor of First Baptist Church of Pampa since 1995, will retire at the end of September, the church announced Sunday.

Pruett came to Pampa from a small congregation in Memphis, Texas. Under his leadership the church opened the Open Door clothing ministry and rebuilt its fellowship hall after the 2007 fire.

A retirement reception for Pruett and his wife, Annette, is planned for Sept. 27 after the morning service. "Pampa has been home for thirty-one years, and it will stay home," Pruett said.""",
gold=[("PPA013", "subject")]),

dict(guid="ppa_tott_20261008_chili", pub="2026-10-08T08:00:00-05:00", title="Chili Cook-off crowns a Skellytown champion",
body="""Wes Ferrell of Skellytown took the top prize at the 40th annual Top o' Texas Chili Cook-off on Saturday at Recreation Park, beating 31 other cooks with a brisket chili he has been tinkering with since 2009.

Judges this year were Jimmie Ruth Stalcup, Buddy Gossett, Pampa Fire Chief Greg Lemons and Tribune editor Amy Hext. Proceeds of about $6,800 go to the Pampa Meals on Wheels.

The showmanship award went to the Lefors Volunteer Fire Department.""",
gold=[]),

dict(guid="ppa_tott_20260226_lefors", pub="2026-02-26T08:00:00-06:00", title="Lefors library names volunteer of the year",
body="""The Lefors Public Library has named Wanda Faye McWhorter its volunteer of the year.

McWhorter, a retired Lefors ISD teacher, has run the Saturday story hour since 2014 and drove the book cart to the nursing home in McLean twice a month until it closed. She received a plaque and a standing ovation at the library's annual pie supper on Saturday.

The supper raised $4,150 for new shelving. Donors included the Lefors Lions Club, Lupe Zamarripa, Gray County Abstract, Dwight and Pam Carmody, and Pampa Federal Credit Union.""",
gold=[("PPA021", "subject")]),

dict(guid="ppa_tott_20260716_births", pub="2026-07-16T08:00:00-05:00", title="Births",
body="""Tommy and Alyssa Zamarripa of Amarillo announce the birth of their son, Mateo Ramon Zamarripa, born July 8, 2026, at Northwest Texas Hospital. He weighed 7 pounds, 9 ounces, and joins a sister, Sofia, 4.

Cody and Brianne Hext of Pampa announce the birth of a daughter, Emmylou Rae Hext, born July 10 at Pampa Regional Medical Center.""",
gold=[("PPA022", "subject")]),
]
