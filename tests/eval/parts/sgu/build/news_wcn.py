"""Washington County Neighbors (invented community paper: quilt guilds, wards, schools, weddings, history):
teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "wcn"
ITEMS = [
dict(guid="sgu_wcn_2026_0129", pub="2026-01-29T08:00:00-07:00", title="Washington quilter takes best of show at Dixie quilt show",
body="""ST. GEORGE - A hand-appliquéd quilt of the old Washington cotton mill, two years in the making, took best of show at the Dixie Quilt Guild's winter show at the Dixie Convention Center.

Mary Lou Cottam of Washington stitched all 4,800 pieces by hand. "My grandmother worked in that mill," Cottam said. "I wanted her to have a quilt of her own." The quilt will hang in the Washington City museum through spring.""",
gold=[("SGU006", "subject")]),

dict(guid="sgu_wcn_2026_0326", pub="2026-03-26T08:00:00-06:00", title="Tuʻipulotu - Kauvaka wedding",
body="""Viliami and Losaline Tuʻipulotu of St. George are pleased to announce the marriage of their son, Sione Tuʻipulotu, to Mele Kauvaka, daughter of Tevita and Salote Kauvaka of Provo.

The couple was sealed in the St. George Utah Temple on March 21. A reception with a traditional Tongan feast and dancing was held that evening at the Sunset Tongan Ward cultural hall. The groom's late grandfather, Siosaia, had asked that the wedding go ahead as planned. The couple will live in Cedar City, where both attend Southern Utah University.""",
gold=[("SGU020", "parent_of_subject")]),

dict(guid="sgu_wcn_2026_0521", pub="2026-05-21T08:00:00-06:00", title="Toquerville man honored for restoring pioneer rock walls",
body="""TOQUERVILLE - For twelve years Odell Mackelprang has spent his Saturdays rebuilding the dry-laid sandstone walls that pioneer settlers stacked along Toquerville's old ditches, one stone at a time.

On Tuesday the Utah State Historical Society gave Mackelprang its annual Preservation Volunteer Award. He has restored more than a mile of wall, working from 1910 photographs. "My brother Rulon taught me to lay rock," he said. "He'd have had opinions about some of these." """,
gold=[("SGU018", "subject")]),

dict(guid="sgu_wcn_2026_0716", pub="2026-07-16T08:00:00-06:00", title="Art museum gala raises $120,000 for children's classes",
body="""ST. GEORGE - The St. George Art Museum's summer gala raised $120,000 for its free children's art classes, organizers said.

More than 300 guests attended. Sponsors and donors at the patron level included Reed and Arlene Prisbrey, Spencer Tollestrup, Mary Lou Cottam, Panadería Arreola, the Red Mesa Credit Union and the Dixie Sun Rotary Club. Local artist Colby Redd's painting of the Red Cliffs sold for $14,000 in the live auction.""",
gold=[]),

dict(guid="sgu_wcn_2026_0903", pub="2026-09-03T08:00:00-06:00", title="Santa Clara fifth-grader wins county spelling bee",
body="""SANTA CLARA - Reed Prisbrey, a fifth-grader at Santa Clara Elementary, won the Washington County spelling bee on Tuesday by correctly spelling "vermilion."

Reed, 10, is the son of Tyler and Megan Prisbrey of Santa Clara. He will compete at the state bee in Salt Lake City in October.""",
gold=[]),

dict(guid="sgu_wcn_2026_1001", pub="2026-10-01T08:00:00-06:00", title="Washington City names volunteer of the year",
body="""WASHINGTON - Lorin Okelberry, who has organized the Washington Cotton Days parade for fourteen years, was named the city's volunteer of the year at Tuesday's council meeting.

Okelberry, a retired heavy-equipment operator, also chairs the county trails committee. He accepted the award with his wife, Janeal, and said he would "go right back to lining up floats." """,
gold=[]),
]
