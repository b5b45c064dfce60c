"""Blackfeet Plains Messenger (community weekly, Browning and the Hi-Line): teaser description, HTML in
content:encoded. Hand-labelled (gold=...)."""

FEED = "bpm"
ITEMS = [
dict(guid="ctb_bpm_20260115_calf_robe_dean", pub="2026-01-15T08:00:00-07:00", title="Calf Robe named dean of students at Two Medicine Tribal College",
body="""Two Medicine Tribal College has a new dean of students, and she is no stranger to the campus.

Rosalind "Roz" Calf Robe, who has directed the college's student success center since 2015, was promoted by the board of trustees last week. Calf Robe, a Browning High graduate, started at the college as a work-study student answering phones.

"Most of our students are the first in their families to go to college," Calf Robe said. "So was I. That is the whole job." """,
gold=[("CTB009", "subject")]),

dict(guid="ctb_bpm_20260605_running_crane_retires", pub="2026-06-05T08:00:00-06:00", title="After 38 years, Mrs. Running Crane closes the library door",
body="""Generations of Browning children learned to read in her library. This week, school librarian Delphine Running Crane retired after 38 years with Browning Public Schools.

Running Crane, known to students as Mrs. Del, started at Napi Elementary in 1988 and built the district's Blackfeet-language book collection from a single shelf to more than 2,000 titles. Staff gave her a star quilt at a school-wide assembly on Tuesday.

"I'll still be at the public library on Saturdays," she said. "They can't get rid of me that easily." """,
gold=[("CTB003", "subject")]),

dict(guid="ctb_bpm_20260713_indian_days_results", pub="2026-07-13T08:00:00-06:00", title="North American Indian Days: dance contest results",
body="""More than 600 dancers competed at the 2026 North American Indian Days powwow on the Blackfeet Nation powwow grounds in Browning.

Golden age men's: first, Leonard Weasel Head, Heart Butte; second, Amos Rides Protector, Standoff, Alberta. Women's traditional: first, Carla Spotted Wolf, Browning. Junior girls' jingle: first, Talia Many Hides, Browning.

Head judge was Del Running Crane; contest judges included Marvin Wolf Plume and Wendell Heavy Shield. Arena director was Gerald Bull Calf.""",
gold=[]),

dict(guid="ctb_bpm_20260825_births", pub="2026-08-25T08:00:00-06:00", title="Births at Northern Rockies Medical Center",
body="""The following births were reported at Northern Rockies Medical Center, Cut Bank.

A son, Anders Dale, 8 pounds 2 ounces, born Aug. 19 to Garrett and Kaylee Sundquist of Sunburst. Grandparents are Dale and Marcy Sundquist of Sunburst and Tom and Ann Reichelt of Shelby.

A daughter, Aiyana Marie, born Aug. 21 to Shane and Brittany Old Chief of Browning.""",
gold=[("CTB020", "subject")]),

dict(guid="ctb_bpm_20260903_hospital_wing", pub="2026-09-03T08:00:00-06:00", title="Donors make new dialysis wing possible",
body="""The new four-chair dialysis wing at Blackfeet Community Hospital opened Monday, and patients who have been driving to Great Falls three times a week can now be treated at home.

The wing was built with a federal grant and more than $400,000 in local gifts. Donors recognized at the ribbon cutting included the Blackfeet Nation Store, Glacier Bank, Two Medicine Lodge Motel and Curt Many Guns, Dussome Realty and Sharla Dussome, Ostrem Seed & Grain, and the Browning Elks Lodge.""",
gold=[]),
]
