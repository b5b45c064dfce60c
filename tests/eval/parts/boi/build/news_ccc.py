"""Canyon County Courier & Kuna-Melba Neighbors (invented small-town weekly): teaser description, HTML in
content:encoded. Hand-labelled."""

FEED = "ccc"
ITEMS = [
dict(guid="boi_ccc-2026-0219", pub="2026-02-19T08:00:00-07:00", title="Caldwell couple marks 60 years: met at Minidoka, married in Ontario",
body="""George and Fumi Tamura of Caldwell will celebrate their 60th wedding anniversary on February 26 with a dinner for family at the Caldwell Nisei hall.

George Kiyoshi Tamura and Fumiko Hironaka first met as small children at the Minidoka camp near Hunt. They married at the Ontario Buddhist Temple on February 26, 1966. George ran the Tamura Seed Company on Simplot Boulevard for 40 years; Fumi taught ikebana at the College of Idaho.

They have three children and seven grandchildren. Cards may be sent to the couple at 1122 Everett Street, Caldwell.""",
gold=[("BOI017", "subject"), ("BOI018", "subject")]),

dict(guid="boi_ccc-2026-0430", pub="2026-04-30T08:00:00-06:00", title="Vallivue student scholarship fund tops $100,000",
body="""The Vallivue Education Foundation's scholarship fund passed $100,000 this spring, foundation president Marcy Elgin announced at the April board meeting.

The foundation thanked its largest donors of the year: Kent and Mary Lou Hymas, Dr. Naomi Fujikawa, Panadería La Rosa, the Caldwell Rotary Club, Sagebrush Federal Credit Union and the family of the late Frank Ikeda. Eighteen scholarships of $2,500 to $5,000 will be awarded to graduating seniors in May.

Applications are available in every Vallivue high school counseling office.""",
gold=[]),

dict(guid="boi_ccc-2026-0507", pub="2026-05-07T08:00:00-06:00", title="Nampa senior wins Air Force Academy appointment",
body="""Ernesto Zamora Jr., a senior at Nampa High School, has received an appointment to the U.S. Air Force Academy in Colorado Springs, Congressman Lyle Hatcher's office announced this week.

Zamora, the son of Ernesto and Rosie Zamora of Nampa, is a four-year varsity wrestler, a member of the National Honor Society and a cadet commander in the school's JROTC program. He has worked at his parents' bakery, Panadería La Rosa, since he was twelve.

"He is going to fly," his father said. "We always knew it. He would jump off the bakery roof with a bedsheet."

Zamora will report to the academy on June 25.""",
gold=[("BOI014", "parent_of_subject"), ("BOI013", "parent_of_subject")]),

dict(guid="boi_ccc-2026-0611", pub="2026-06-11T08:00:00-06:00", title="Engagement: Bilbao - Rigby",
body="""Jon and Tami Bilbao of Boise announce the engagement of their daughter, Ashley Anne Bilbao, to Tyler Rigby, son of Dean and Joyce Rigby of Idaho Falls.

The bride-elect is a 2014 graduate of Centennial High School and of Boise State University, and works as a physical therapist in Meridian. Her fiancé is a graduate of Idaho State University and a pharmacist in Nampa.

A September wedding is planned at the Basque Center in Boise.""",
gold=[("BOI024", "subject")]),

dict(guid="boi_ccc-2026-0625", pub="2026-06-25T08:00:00-06:00", title="Kuna's Herrera honored for 40 years teaching English to migrant families",
body="""Socorro "Coco" Herrera, who taught evening English and citizenship classes to farmworker families in Kuna and Melba for forty years, received the Kuna Chamber of Commerce's Lifetime Community Award on Thursday.

Herrera, 85, began teaching in a church basement in 1984 and estimates that more than 2,000 students have passed through her classes, including the current Kuna city clerk. "I only ever taught one thing," she said, "that this is your town too."

She was presented the award by Mayor Joe Stear at the chamber's annual dinner.""",
gold=[("BOI016", "subject")]),
]
