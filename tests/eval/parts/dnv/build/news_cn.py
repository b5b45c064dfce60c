"""Halifax-Pittsylvania-Henry Community Notes: community newsletter (milestones, births, churches, clubs),
teaser description + HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="dnv_cn_20260328_puryear50", pub="2026-03-28T09:00:00-04:00", title="Puryears celebrate 50th anniversary",
body="""Garland and Bettie (Womack) Puryear of South Boston celebrated their 50th wedding anniversary on March 20 with a dinner hosted by their children at the Prizery.

The couple were married March 20, 1976, at Mount Olive Baptist Church, Nathalie. Mr. Puryear retired from Halifax County Public Schools as a transportation supervisor; Mrs. Puryear retired from the Halifax County Department of Social Services. They have three children and seven grandchildren.""",
gold=[("DNV011", "subject"), ("DNV012", "subject")]),

dict(guid="dnv_cn_20260410_births", pub="2026-04-10T09:00:00-04:00", title="Births",
body="""SOVAH Health-Martinsville: A son, Kamari Jace, 7 pounds 4 ounces, born April 2 to Tyrell and Brianna Hairston of Martinsville.

A daughter, Everly Grace, 6 pounds 11 ounces, born April 4 to Cody and Meagan Stanley of Bassett.

Halifax Regional: A son, Elijah, born April 5 to Jerome and Tanisha Bailey of South Boston.""",
gold=[("DNV018", "subject"), ("DNV019", "subject")]),

dict(guid="dnv_cn_20260502_ferrell30", pub="2026-05-02T09:00:00-04:00", title="Bethel honors pastor for 30 years in the pulpit",
body="""The congregation of Bethel Missionary Baptist Church, South Boston, will honor its pastor, the Rev. Dr. Cornelius Ferrell, and First Lady Gloria Ferrell for thirty years of service with an anniversary banquet May 9 at the Washington-Coleman Community Center.

Dr. Ferrell came to Bethel in 1996 from Shiloh Baptist in Clarksville. Under his leadership the church built its family life center and started the Bethel Tutoring Academy. Deacon Lamont Easley chairs the anniversary committee.""",
gold=[("DNV015", "subject")]),   # Lamont Easley only chairs the committee

dict(guid="dnv_cn_20260530_4h", pub="2026-05-30T09:00:00-04:00", title="Gretna 4-H'er takes state title in livestock judging",
body="""Ashlynn Dalton, 15, of the Gretna Go-Getters 4-H Club, won the senior individual title at the Virginia 4-H Livestock Judging Contest in Blacksburg.

Ashlynn, a sophomore at Gretna High School, is the daughter of Travis and Amber Dalton and the granddaughter of Wendell and Carolyn Dalton, all of Gretna. She will represent Virginia at the national contest in Louisville in November.""",
gold=[]),   # judgement call: the clients are grandparents, not parents; nothing

dict(guid="dnv_cn_20260620_fuller", pub="2026-06-20T09:00:00-04:00", title="Hospital auxiliary honors Millie Fuller for 70 years of volunteering",
body="""Mildred "Millie" Fuller of Danville, who began volunteering at the old Memorial Hospital gift shop in 1956, was honored June 14 by the SOVAH Health-Danville Auxiliary for 70 years of service, the longest in the auxiliary's history.

Mrs. Fuller, 93, still works the information desk every Tuesday morning. "I come for the people," she said. "And the coffee's not bad anymore." """,
gold=[("DNV022", "subject")]),
]
