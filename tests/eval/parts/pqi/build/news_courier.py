"""Le Courrier de la Vallée / The Valley Courier (invented community weekly of the St. John Valley): schools,
milestones, societies, fairs. Teaser in description, HTML in content:encoded. Hand-labelled (gold beside each)."""

FEED = "courier"
ITEMS = [
dict(guid="pqi_courier-2026-0605-valedictorian", pub="2026-06-05T08:00:00-04:00", title="Fort Kent's class of 2026 names its valedictorian",
body="""FORT KENT - Océane Gendreau will lead the Fort Kent Community High School class of 2026 as its valedictorian when 74 seniors graduate Sunday at the Fort Kent Sports Center.

Océane, the daughter of Ben and Amélie Gendreau of Fort Kent, plans to study nursing at the University of Maine at Fort Kent, where her mother teaches. She captained the Nordic ski team and spent two summers as a junior guide on the Allagash, the river her great-grandfather worked for forty years.

Salutatorian is Nathan Dubois, son of Rick and Sonia Dubois of Wallagrass.""",
gold=[("PQI019", "parent_of_subject"), ("PQI020", "parent_of_subject")]),

dict(guid="pqi_courier-2026-0620-anniversary", pub="2026-06-20T08:00:00-04:00", title="Corriveaus of Frenchville mark 50 years",
body="""FRENCHVILLE - Lionel and Marie-Paule (Fongemie) Corriveau of Frenchville will celebrate their 50th wedding anniversary with an open house Sunday, June 28, from 1 to 4 p.m. at the St. Luce parish hall. They were married June 19, 1976, at St. David Church in Madawaska.

Lionel retired from the Maine Department of Transportation in 2014; Marie-Paule was a nurse at Northern Maine Medical Center for 33 years. They have three children, Denis of Frenchville, Chantal of Portland and Michel of Nashua, N.H., and six grandchildren. Their children ask that guests bring no gifts but a favorite memory.""",
gold=[("PQI015", "subject"), ("PQI016", "subject")]),

dict(guid="pqi_courier-2026-0820-quilt", pub="2026-08-20T08:00:00-04:00", title="Grand Isle quilter takes Best of Show at Northern Maine Fair",
body="""PRESQUE ISLE - A quilt stitched from forty years of her family's flour and feed sacks won Yolande Bossé of Grand Isle the Best of Show ribbon in the needlework hall at the Northern Maine Fair.

Bossé, a retired postmistress, spent three winters on the quilt, which she called "Les sacs de ma mère." It will hang this fall at the Acadian Village in Van Buren. Second place went to Darlene Hatheway of Washburn for a log-cabin quilt.""",
gold=[("PQI023", "subject")]),   # Darlene Hatheway is not a client

dict(guid="pqi_courier-2026-0924-historyroom", pub="2026-09-24T08:00:00-04:00", title="Saint Agatha Historical Society opens the Clovis Chassé Room",
body="""SAINT AGATHA - The Saint Agatha Historical Society on Sunday dedicated a reading room to the late Clovis Chassé, the retired milk-truck driver whose three notebooks of family histories became the backbone of the society's archive.

"Clovis knew who married whom on Long Lake back to 1870, and he wrote it all down," said society president Jeannine Fongemie of Madawaska. His nieces, Yolande Bossé and Diane Chassé, cut the ribbon. The room is open Wednesdays and Saturdays, 1 to 4 p.m.""",
gold=[]),   # honours a client who died in June; the president quoted and the relatives cutting the ribbon are not the subject

dict(guid="pqi_courier-2026-1008-postcane", pub="2026-10-08T08:00:00-04:00", title="Eagle Lake presents Boston Post Cane to Phyllis Tardif, 91",
body="""EAGLE LAKE - Eagle Lake's Boston Post Cane, the gold-headed cane kept for the town's oldest resident since 1909, was presented Friday to Philomène "Phyllis" Tardif, who turned 91 on October 2.

Born a Daigle on the Sly Brook Road, Tardif still plays cards at the senior center every Tuesday and was, until last winter, the town's oldest active ice fisherman. The selectmen presented the cane at her home on Old Main Street.""",
gold=[("PQI018", "subject")]),
]
