"""The Community Recorder (invented weekly editions for Boone, Kenton and Campbell Counties): schools, sports,
milestones, volunteers; a teaser in description and HTML in content:encoded. Hand-labelled."""

FEED = "recorder"
ITEMS = [
dict(guid="cvg_rec_2026_0306_fish-fry", pub="2026-03-06T08:00:00-05:00", title="St. Paul fish fry feeds 1,400 on its first Friday of Lent",
body="""FLORENCE - The line at the St. Paul fish fry stretched out the school doors and down the parking lot Friday, and the volunteers did not run out of cod until 7:40 p.m.

"We fried 900 pounds of fish and we'll do it again next week," said volunteer Mary Catherine Tewes, who has run the coleslaw table for nineteen Lents. Proceeds go to the parish school's tuition assistance fund.""",
gold=[]),

dict(guid="cvg_rec_2026_0318_sloas-library", pub="2026-03-18T08:00:00-04:00", title="Independence library honors Loretta Sloas for 40 years of volunteering",
body="""INDEPENDENCE - When the Kenton County Public Library's Independence branch opened in a storefront in 1986, Loretta Sloas was shelving books on the first day. She never stopped.

On Saturday the library honored Sloas, 75, for forty years as a volunteer: story-time reader, book-sale organizer and, for the last decade, the person who teaches seniors to use their tablets. The branch named its reading garden the Loretta Sloas Garden.

"I grew up in Knott County with a bookmobile that came once a month," Sloas said. "I figured I owed one." """,
gold=[("CVG011", "subject")]),

dict(guid="cvg_rec_2026_0424_brinkmoeller-nohitter", pub="2026-04-24T08:00:00-04:00", title="Cooper's Ava Brinkmoeller throws first no-hitter in program history",
body="""UNION - Cooper High School junior Ava Brinkmoeller struck out 14 and walked one on Tuesday as the Jaguars beat Ryle 3-0, the first no-hitter in the softball program's history.

Brinkmoeller, the daughter of Joe and Kristen Brinkmoeller of Burlington, has committed to pitch for Northern Kentucky University. "She's been throwing at a bucket in our garage since she was seven," her father said.""",
gold=[("CVG013", "parent_of_subject"), ("CVG014", "parent_of_subject")]),

dict(guid="cvg_rec_2026_0528_rabenstein-kuhl", pub="2026-05-28T08:00:00-04:00", title="Engagement: Rabenstein - Kuhl",
body="""UNION - Keith and Terri Rabenstein of Union announce the engagement of their daughter, Megan Rabenstein, to Tyler Kuhl, son of Dan and Carol Kuhl of Burlington.

The bride-elect is a 2020 graduate of Cooper High School and a 2024 graduate of Thomas More University and teaches third grade at New Haven Elementary. Her fiance is a lineman with Duke Energy. A September wedding is planned at St. Timothy Church, Union.""",
gold=[("CVG010", "parent_of_subject"), ("CVG009", "parent_of_subject")]),

dict(guid="cvg_rec_2026_0611_bricking-50th", pub="2026-06-11T08:00:00-04:00", title="Brickings of Alexandria celebrate 50 years of marriage",
body="""ALEXANDRIA - Ron and Marlene Bricking of Alexandria celebrated their 50th wedding anniversary on June 5 with a Mass at St. Mary Church and a dinner for family at the parish hall.

The former Marlene Enzweiler and Ron Bricking were married at St. Joseph Church, Cold Spring, on June 5, 1976. Ron retired from the Campbell County road department; Marlene was the secretary at Campbell County Middle School for 28 years. They have three children and eight grandchildren.""",
gold=[("CVG021", "subject"), ("CVG020", "subject")]),

dict(guid="cvg_rec_2026_0716_quilt-show", pub="2026-07-16T08:00:00-04:00", title="Fort Thomas quilter takes best of show at Campbell County Fair",
body="""ALEXANDRIA - A Double Wedding Ring quilt pieced from her late mother's feed-sack aprons won Bobbie Lueckenhoff of Fort Thomas best of show in the needlework barn at the Campbell County Fair on Saturday.

Lueckenhoff, 79, said she started it in 1994. Judges this year were JoAnn Ostertag of Cold Spring, Peggy Hils of Wilder and Margaret Dusing of Alexandria.""",
gold=[]),
]
