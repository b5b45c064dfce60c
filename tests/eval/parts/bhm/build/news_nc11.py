"""NewsChannel 11 WMCX (invented Birmingham TV station): HTML descriptions, short web stories. Hand-labelled."""

FEED = "nc11"
ITEMS = [
dict(guid="bhm_nc11_20260401_tornado", pub="2026-04-01T12:15:00-05:00", title="Bessemer neighbors help each other clean up after overnight tornado",
body="""BESSEMER, Ala. (WMCX) - Chainsaws were running before sunrise Wednesday on Clarendon Avenue, where an EF-1 tornado snapped oaks and peeled roofs overnight.

No one was hurt. The National Weather Service said the tornado was on the ground for about four miles, from the Bessemer airport toward the old downtown.

"We've got about twenty men from the church out here with saws and trucks," said Velt Threadgill, a deacon at Bethel Missionary Baptist Church who organized the crew. "Anybody who needs a tree off their house, call the church office."

Alabama Power said about 6,000 customers were without power at the peak.""",
gold=[]),  # BHM001 quoted as the volunteer organizer (house not damaged): nothing; the tornado alert is labelled separately

dict(guid="bhm_nc11_20260420_oglesby", pub="2026-04-20T17:40:00-05:00", title="Ensley dentist honored for 20 years of free Saturday clinics",
body="""BIRMINGHAM, Ala. (WMCX) - For twenty years, Dr. Cedric Oglesby has opened his Ensley dental office on the first Saturday of every month and treated anyone who walked in, for free.

On Monday the Alabama Dental Association gave him its Humanitarian Award. Oglesby, 59, estimates he and his volunteers have seen more than 9,000 patients.

"Pain doesn't check your insurance card," he said. "So I don't either." His wife, Renita, keeps the appointment book.""",
gold=[("BHM004", "subject")]),

dict(guid="bhm_nc11_20260505_breakins", pub="2026-05-05T18:05:00-05:00", title="Trussville police arrest two in string of vehicle break-ins",
body="""TRUSSVILLE, Ala. (WMCX) - Trussville police have arrested two men they say broke into more than 30 vehicles in neighborhoods off Deerfoot Parkway over the past month.

Police said one of the victims, Darnell Hairston, recorded the suspects on a doorbell camera as they tried the doors of his truck early Saturday, and the video led officers to a car parked at a nearby gas station.

The two men, 19 and 22, both of Birmingham, are charged with multiple counts of breaking and entering a vehicle.""",
gold=[]),  # crime story, BHM005 a victim/witness: nothing (crime rule)

dict(guid="bhm_nc11_20260609_bolden", pub="2026-06-09T16:20:00-05:00", title="Ensley pastor appointed presiding elder of CME district",
body="""BIRMINGHAM, Ala. (WMCX) - The Rev. Lionel Bolden, pastor of Miles Chapel CME Church in Ensley for fourteen years, has been appointed presiding elder of the church's Birmingham-Bessemer district.

The appointment was announced at the denomination's annual conference in Montgomery. As presiding elder, Bolden will oversee 31 congregations.

Bolden said he will remain in Ensley "in spirit and most Sundays." Miles Chapel will announce a new pastor in July.""",
gold=[("BHM007", "subject")]),
]
