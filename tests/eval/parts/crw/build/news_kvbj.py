"""Kanawha Valley Business Journal: business news, plain text. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="crw_kvbj_2026_0414_okelley", pub="2026-04-14T07:00:00-04:00",
title="Kanawha Specialty Polymers names O'Kelley plant manager at Institute",
body="""INSTITUTE - Kanawha Specialty Polymers has named Kim O'Kelley manager of its Institute plant, the first woman to run the 400-employee site in its eighty-year history.

O'Kelley, 53, of Cross Lanes, started at the plant in 1994 as a lab technician after graduating from West Virginia State, and most recently was its operations director. She succeeds Gary Tinsley, who is retiring after 11 years in the job.

"Kim knows every valve on this site and most of the people who turn them," said company vice president Harold Brightwell. The plant makes specialty resins for paints and coatings.""",
gold=[("CRW020", "subject")]),

dict(guid="crw_kvbj_2026_0615_maalouf", pub="2026-06-15T07:00:00-04:00",
title="Maalouf's Market & Deli opens second location in Kanawha City",
body="""CHARLESTON - Maalouf's Market & Deli, the West Side grocery that has sold Lebanese bread, olives and kibbeh sandwiches since 1955, opened a second store Monday on MacCorkle Avenue in Kanawha City.

Owners Tony and Rita Maalouf said the new location, in a former bank branch, has a 40-seat dining room and a catering kitchen. Tony Maalouf's parents, Anthony and Najla Maalouf, founded the original store on Washington Street West.

"My mother would have told us the bread ovens are too small," Tony Maalouf said. "She would have been right." The store employs 22 people.""",
gold=[("CRW003", "subject"), ("CRW004", "subject")]),

dict(guid="crw_kvbj_2026_0804_burdette", pub="2026-08-04T07:00:00-04:00",
title="Belle plant's longest-serving operator retires after 42 years",
body="""BELLE - When Okey Burdette Jr. walked out of the Chemours Belle Works gate on Friday, he took with him 42 years of knowledge about the plant's methylamines unit and, co-workers said, the best pot of soup beans ever served at a shift change.

Burdette, 67, of Belle, started at the plant in 1984, when it was still DuPont, following his father, Okey Burdette, who worked there 37 years. He trained more than 200 operators.

"Okey was the one you called at 3 in the morning," said unit supervisor Tracy Nutter. Burdette said he plans to fish the Gauley and build a porch for his wife, Sharon.""",
gold=[("CRW018", "subject")]),

dict(guid="crw_kvbj_2026_0917_library", pub="2026-09-17T07:00:00-04:00",
title="Library foundation closes $2.1 million campaign for Barboursville branch",
body="""BARBOURSVILLE - The Cabell County Public Library Foundation has closed its campaign for a new Barboursville branch, raising $2.1 million, board chair Denise Moles announced Tuesday.

Lead gifts came from the Huntington Area Community Trust, Tri-State Hardware and the Harmon family. Other donors listed in the campaign report include Ferrell Spurlock, Gladys and Bill Nida, the Barboursville Lions Club, Dr. Omar Siddiqui and the Village Quilters.

Construction on Central Avenue is scheduled to begin in the spring.""",
gold=[]),
]
