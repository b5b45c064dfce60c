"""WMVX 12 News (Morgantown-Clarksburg-Fairmont TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="mgw_wmvx_26_1041", pub="2026-01-29T17:45:00-05:00", title="Allegheny Highlands Credit Union names Satterfield its new president",
body="""MORGANTOWN - Allegheny Highlands Credit Union has named Jeff Satterfield its president and chief executive, effective March 1.

Satterfield, a Morgantown native and WVU graduate, has been the credit union's chief lending officer since 2017. He succeeds Pamela Core, who is retiring after 22 years.

"Jeff knows our members by their first names," board chair Doug Hess said.""",
gold=[("MGW009", "subject")]),

dict(guid="mgw_wmvx_26_1077", pub="2026-02-19T06:10:00-05:00", title="Westover couple escapes overnight house fire",
body="""WESTOVER - A Westover couple got out safely early Thursday when fire broke out in the kitchen of their home on Dupont Road.

Gary and Brenda Pyles told 12 News their smoke detector woke them just after 2 a.m. Westover and Star City firefighters had the fire under control in about twenty minutes, but the kitchen and back porch are a total loss.

"We got out with the dog and our phones, and that's all that matters," Brenda Pyles said. The Red Cross is helping the couple.""",
gold=[("MGW011", "subject"), ("MGW012", "subject")]),

dict(guid="mgw_wmvx_26_1120", pub="2026-03-13T18:20:00-04:00", title="South Middle eighth-grader earns Golden Horseshoe",
body="""MORGANTOWN - Easton Ammons, an eighth-grader at South Middle School, was one of the Monongalia County students knighted Thursday at the Culture Center in Charleston as a Golden Horseshoe winner, the state's oldest academic honor for West Virginia studies.

Easton, the son of Travis and Kayla Ammons of Morgantown, knelt to be dubbed a Knight of the Golden Horseshoe by the state superintendent. He says he studied county formation "until I could name all fifty-five in order.\"""",
gold=[("MGW018", "parent_of_subject"), ("MGW019", "parent_of_subject")]),

dict(guid="mgw_wmvx_26_1188", pub="2026-04-21T12:05:00-04:00", title="West Fork crests in Clarksburg; downtown businesses clean up",
body="""CLARKSBURG - The West Fork River crested a little more than a foot below flood stage Monday night, sparing most of downtown Clarksburg, though several basements along Water Street took on water.

"I've lived here sixty years and I've never seen it come up that fast," said Vince DeMarco, who watched from the Fourth Street bridge with his neighbors. City crews spent Tuesday clearing debris from storm drains.""",
gold=[]),

dict(guid="mgw_wmvx_26_1203", pub="2026-05-01T22:30:00-04:00", title="Bridgeport's Harold Prunty named to all-conference team",
body="""BRIDGEPORT - Fairmont State linebacker Harold Prunty, a Bridgeport High graduate, was named first-team all-Mountain East Conference on Friday after leading the Falcons with 97 tackles.

Prunty, a junior, is the first Bridgeport product to earn the honor since 2011.""",
gold=[]),

dict(guid="mgw_wmvx_26_1240", pub="2026-05-22T17:00:00-04:00", title="Marion County library foundation tops $2 million campaign",
body="""FAIRMONT - The Marion County Public Library Foundation says it has passed the $2 million mark in its campaign to renovate the Fairmont branch.

Donors recognized at Thursday's celebration included the Hutchinson family, Nick and Eleni Costianes, Rosemary Yost, the Fairmont Rotary Club and the Hazel Ruby McQuain trust. Construction begins in August.""",
gold=[]),

dict(guid="mgw_wmvx_26_1266", pub="2026-06-11T18:40:00-04:00", title="Grafton quilter's work chosen for state Capitol exhibit",
body="""GRAFTON - A quilt made by Rena Moyers of Grafton will hang in the West Virginia State Capitol this fall as one of twelve pieces chosen for the Quilts and Wall Hangings juried exhibit.

Moyers, 77, pieced "Mother's Day at the Shrine" from fabric saved over fifty years. "My mother taught me on a treadle machine," she said. Her brother, Denny Funk, drove her to Charleston for the judging.""",
gold=[("MGW023", "subject")]),
]
