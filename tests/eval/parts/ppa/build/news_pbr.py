"""Panhandle Business Review: regional business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ppa_pbr_20260519_delacerda25", pub="2026-05-19T06:30:00-05:00", title="De La Cerda Tire & Auto marks 25 years on Borger's Cedar Street",
body="""BORGER - When Arturo De La Cerda opened De La Cerda Tire & Auto in a two-bay garage on Cedar Street in 2001, he had one tire machine, a used lift and a loan co-signed by his father-in-law.

Twenty-five years later the shop has eight bays, eleven employees and a fleet contract with two Hutchinson County school districts. De La Cerda, who goes by Art, and his wife, Yolanda, who keeps the books, will host a customer barbecue at the shop on May 30.

"We fix a lot of flats for oilfield trucks," De La Cerda said. "When the rigs are running, we're running." """,
gold=[("PPA010", "subject")]),

dict(guid="ppa_pbr_20260602_dunnam", pub="2026-06-02T06:30:00-05:00", title="Top o' Texas Federal Credit Union promotes Dunnam to vice president",
body="""PAMPA - Top o' Texas Federal Credit Union has promoted Kaycee Dunnam to vice president of lending.

Dunnam, a Pampa native and a graduate of West Texas A&M University, joined the credit union as a teller in 2010 and has managed its consumer and agricultural loan department since 2019. She succeeds Dale Hefley, who retired in May.

"Kaycee knows half our members by their first name and the other half by their pickup," said chief executive Ron Benavidez.""",
gold=[("PPA007", "subject")]),

dict(guid="ppa_pbr_20260714_coop", pub="2026-07-14T06:30:00-05:00", title="Groom co-op members hear harvest outlook; wheat yields down a third",
body="""GROOM - Members of the Groom Farmers Co-op heard a sober harvest report at their annual meeting Thursday: dryland wheat yields in southern Carson County averaged 22 bushels an acre, about a third below the five-year average.

"We had the moisture in the fall and then nothing from February to May," said Sonny Frerich, who farms wheat south of Groom and spoke from the floor. "You can't make a crop on wind."

General manager Kurt Friemel said the co-op would still pay a patronage dividend. Board members Leroy Hoelscher and Dale Britten were re-elected without opposition.""",
gold=[]),

dict(guid="ppa_pbr_20260908_realtor", pub="2026-09-08T06:30:00-05:00", title="Texas Realtors name Tyler broker Realtor of the Year",
body="""TYLER - Texas Realtors has named Loretta Tidwell of Tyler its 2026 Realtor of the Year. Tidwell, 58, founded Piney Woods Realty Group in 2003 and chaired the association's East Texas rural housing task force.

She will be honored at the association's convention in San Antonio in October.""",
gold=[]),
]
