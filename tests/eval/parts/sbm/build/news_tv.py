"""WLKS Lakeshore 11 News (Sheboygan/Manitowoc TV station site): HTML descriptions, short web stories with
datelines. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="sbm_tv_20260224_barnfire", pub="2026-02-24T17:45:00-06:00",
title="Fire destroys century-old barn in Town of Centerville; couple escapes, cattle saved",
body="""CLEVELAND, Wis. (WLKS) - A Town of Centerville couple lost a 112-year-old dairy barn to fire early Tuesday, but neighbors helped them get all 40 head of cattle out before the roof collapsed.

Dieter and Roswitha Kaltenbrunner were asleep in their farmhouse on Hickory Hills Road when a passing milk hauler saw flames at about 4:30 a.m. and pounded on their door. "Dieter ran out in his slippers," Roswitha Kaltenbrunner said. "By the time the trucks came the neighbors were already leading the heifers across the road."

Cleveland, Centerville and Hingham fire departments fought the blaze in sub-zero wind chills. The Manitowoc County Sheriff's Office said the fire appears to have started in a heat lamp in the calf pen. No one was hurt.""",
gold=[("SBM019", "subject"), ("SBM018", "subject")]),

dict(guid="sbm_tv_20260303_hjelmstad", pub="2026-03-03T12:10:00-06:00",
title="Lakeshore Memorial Health names new chief medical officer",
body="""SHEBOYGAN (WLKS) - Lakeshore Memorial Health has a new chief medical officer, and she is a familiar face on the hospital's fourth floor.

Dr. Ingeborg Hjelmstad, an internist who has practiced at Lakeshore Memorial since 2008 and led its hospitalist program since 2017, was named to the post on Monday. She succeeds Dr. Raymond Achterberg, who is retiring after 31 years.

Hjelmstad, a native of Decorah, Iowa, said her first priority is recruiting primary-care doctors to the county. "Sheboygan County should not have to drive to Milwaukee to see a doctor," she said.""",
gold=[("SBM022", "subject")]),

dict(guid="sbm_tv_20260408_taylor", pub="2026-04-08T06:20:00-05:00",
title="Taylor Drive reconstruction to close lanes through October",
body="""SHEBOYGAN (WLKS) - Drivers on Taylor Drive should expect lane closures between Union Avenue and Kohler Memorial Drive starting Monday as the city begins a $14 million reconstruction project.

City engineer Kelsey Rautmann said two lanes will stay open in each direction during rush hours. The work, which includes new water mains and a roundabout at Erie Avenue, is expected to be finished by the end of October.""",
gold=[]),

dict(guid="sbm_tv_20260514_esslingen", pub="2026-05-14T18:05:00-05:00",
title="Delegation from sister city Esslingen visits Sheboygan",
body="""SHEBOYGAN (WLKS) - A twelve-member delegation from Sheboygan's sister city, Esslingen am Neckar, Germany, arrived Thursday for a five-day visit that includes a tour of the Kohler Co. and a bratwurst fry at Fountain Park.

The group is led by Esslingen city councillor Dieter Kaltenbrunner, who first visited Sheboygan as an exchange student in 1979. "I came for one year and I have been coming back for forty-seven," Kaltenbrunner said.

Mayor Ryan Sorenson said the visit marks 40 years of the sister-city partnership.""",
gold=[]),

dict(guid="sbm_tv_20260625_stormcleanup", pub="2026-06-25T07:30:00-05:00",
title="Kohler, south side residents clean up after severe storm topples trees",
body="""KOHLER (WLKS) - Crews from We Energies were still working Thursday morning to restore power to about 3,200 customers in Kohler, Sheboygan Falls and Sheboygan's south side after Wednesday night's severe thunderstorm brought wind gusts up to 70 miles per hour.

On Highland Drive in Kohler, a 90-year-old oak fell across two driveways. "It missed our house by about six feet," said neighbor Mary Beth Lammersdorf, who helped clear branches. "We were lucky. The Hendersons' garage was not."

No injuries were reported. The village asks residents to put brush at the curb by Monday.""",
gold=[]),

dict(guid="sbm_tv_20260706_ripcurrent", pub="2026-07-06T21:15:00-05:00",
title="Boy, 12, pulled from Lake Michigan rip current at North Point",
body="""SHEBOYGAN (WLKS) - A 12-year-old Sheboygan boy is recovering at Lakeshore Memorial Health after he was pulled from a rip current off North Point on Monday afternoon.

Micah Voskuil, the son of Harlan and Trudy Voskuil, was swimming with friends when he was carried away from shore. A kayaker reached him and held him up until Sheboygan Fire Department divers arrived. He was taken to the hospital for observation and is expected to be released Tuesday.

"The kayaker never hesitated," said Del Kuehnhold, who watched from the overlook while walking his dog. The National Weather Service had issued a Beach Hazards Statement for Sheboygan County on Monday.""",
gold=[("SBM016", "subject")]),
]
