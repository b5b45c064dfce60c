"""Sun Prairie & Middleton Neighbors: community paper (milestones, churches, schools, clubs); teaser in
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="msn_spmn_2026-05-lodi-parade", pub="2026-05-14T07:00:00-05:00", title="Retired Lt. Col. Tschudy named Lodi Memorial Day grand marshal",
body="""Lt. Col. Reinhold "Ray" Tschudy (ret.) of Lodi will lead the city's Memorial Day parade as grand marshal on May 25.

Tschudy, who flew helicopters in the Wisconsin Army National Guard for 28 years and later chaired the Lodi veterans' memorial committee, was chosen by the American Legion post. "It's really about the ones who didn't come home," he said.""",
gold=[("MSN020", "subject")]),

dict(guid="msn_spmn_2026-06-fruehling-65", pub="2026-06-18T07:00:00-05:00", title="Fruehlings celebrate 65 years",
body="""Wendell "Wendy" and Arlene Fruehling of Sun Prairie will celebrate their 65th wedding anniversary on June 24.

They were married June 24, 1961, at Sacred Hearts Lutheran Church in Sun Prairie, where they are still members. Wendy farmed and drove school bus; Arlene worked 30 years at the Sun Prairie post office. Their children are hosting an open house Sunday afternoon at the church. Cards may be sent to the couple at their home.""",
gold=[("MSN013", "subject"), ("MSN014", "subject")]),

dict(guid="msn_spmn_2026-06-oberdorfer", pub="2026-06-25T07:00:00-05:00", title="Pastor Oberdorfer retires after 31 years at Sacred Hearts",
body="""After 31 years in the pulpit, the Rev. Ted Oberdorfer will preach his last sermon as senior pastor of Sacred Hearts Lutheran Church in Sun Prairie on June 28.

Oberdorfer came to the church in 1995 and led the building of its food pantry and its youth mission trips to Guatemala. He and his wife, Jeanne, plan to stay in Sun Prairie.

"He married half this town and baptized the other half," said Arlene Fruehling, who has sung in the choir since 1962 and organized the farewell potluck.""",
gold=[("MSN011", "subject")]),

dict(guid="msn_spmn_2026-06-juneteenth", pub="2026-06-11T07:00:00-05:00", title="Odessa Fairweather receives Juneteenth lifetime achievement award",
body="""Odessa Fairweather, who taught for 34 years in the Madison schools and founded the Southside Reading Circle, received the Lifetime Achievement Award at the Madison Juneteenth celebration at Penn Park on Saturday.

The award committee thanked this year's sponsors, including Pheasant Branch Community Credit Union, Zuehlsdorf Bakehouse and Lupe Zamarripa of Zamarripa Tax Service.""",
gold=[("MSN019", "subject")]),  # sponsors listed: nothing

dict(guid="msn_spmn_2026-08-rosemaling", pub="2026-08-06T07:00:00-05:00", title="Monona woman's rosemaling takes gold medal",
body="""Solveig Ingebritsen of Monona has won a gold medal in the national rosemaling exhibition at Vesterheim, the Norwegian-American museum in Decorah, Iowa.

Ingebritsen learned the decorative painting from her mother, Evelyn Dahlquist of Stoughton, and has taught classes at the Stoughton Norwegian center for twenty years. Her winning piece is a trunk painted in the Telemark style.""",
gold=[("MSN015", "subject")]),

dict(guid="msn_spmn_2026-04-scholar", pub="2026-04-30T07:00:00-05:00", title="Madison West senior named Presidential Scholar",
body="""Kalia Thao, a senior at Madison West High School, has been named a U.S. Presidential Scholar, one of two in Wisconsin this year.

Kalia, the daughter of Nhia Blong Thao and Mai Kou Lor of Madison, will study chemical engineering at the University of Wisconsin-Madison this fall. She founded the school's Hmong heritage club and tutors younger students in math.""",
gold=[("MSN006", "parent_of_subject"), ("MSN007", "parent_of_subject")]),
]
