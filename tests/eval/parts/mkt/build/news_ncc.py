"""Nicollet County Courier & Community Notes (invented weekly and community newsletter: St. Peter, North
Mankato, New Ulm, Le Center): teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "ncc"
ITEMS = [
dict(guid="mkt_ncc_2026_0307_sciencefair", pub="2026-03-07T08:00:00-06:00",
title="Regional science fair sends 14 students to state",
body="""Fourteen students from Nicollet, Blue Earth and Le Sueur counties earned trips to the state science fair at Saturday's South Central Regional Science and Engineering Fair at Minnesota State University, Mankato.

Top honors went to St. Peter sophomore Nora Vang for a project on nitrate runoff in the Minnesota River, and to New Ulm eighth-grader Eli Marti for a bridge-load study.

Judges this year included Hamdi Warsame, an environmental engineer with Blue Earth County; the Rev. Kjersti Halvorsen-Moe of St. Peter; and retired MSU chemistry professor Gene Ostby.""",
gold=[]),  # clients only as judges: nothing

dict(guid="mkt_ncc_2026_0418_presidentialscholar", pub="2026-04-18T08:00:00-05:00",
title="St. Peter senior named U.S. Presidential Scholar semifinalist",
body="""St. Peter High School senior Sigrid Engebretson has been named a semifinalist in the U.S. Presidential Scholars Program, one of about 600 students nationwide.

Sigrid, the daughter of Paul and Janelle Engebretson of St. Peter, is first in her class, plays cello in the Mankato Symphony Youth Orchestra and founded the school's Minnesota River cleanup day. She will attend Gustavus Adolphus College in the fall.""",
gold=[("MKT016", "parent_of_subject"), ("MKT017", "parent_of_subject")]),

dict(guid="mkt_ncc_2026_0502_scholarship", pub="2026-05-02T08:00:00-05:00",
title="Mankato East senior wins $20,000 Rotary scholarship",
body="""Ayaan Yusuf, a senior at Mankato East High School, is this year's winner of the Mankato Rotary Club's Vision Scholarship, worth $20,000 over four years.

Ayaan, the daughter of Hamdi Warsame and Abdirahman Yusuf of Mankato, tutors younger students at the Mankato Area Islamic Center and plans to study nursing at the University of Minnesota.""",
gold=[("MKT009", "parent_of_subject")]),

dict(guid="mkt_ncc_2026_0516_foundationdonors", pub="2026-05-16T08:00:00-05:00",
title="Hospital foundation thanks donors to new cancer center",
body="""The River Valley Health Foundation has raised $4.2 million toward the new cancer treatment wing in Mankato and thanked its donors at a dinner Thursday.

Leadership donors include Koehnen Heating & Air, Brad and Tami Koehnen, Irma Rosenhahn, Al and Bernice Sladek, Thorsrud Cabinetry, the Wenisch family, and the Riverbend Community Credit Union. Construction begins this fall.""",
gold=[]),  # donor list: nothing

dict(guid="mkt_ncc_2026_0530_births", pub="2026-05-30T08:00:00-05:00",
title="Births at Mayo Clinic Health System - Mankato",
body="""Born to Luke and Hannah Brandvold of Mankato, a son, Everett Lucas, May 21, 2026. Grandparents are Arne and Judy Brandvold of Lake Crystal.

Born to Kyle and Morgan Stenzel of Eagle Lake, a daughter, Quinn Marie, May 24, 2026.""",
gold=[("MKT010", "subject")]),  # a birth announcement: the new parents are congratulated

dict(guid="mkt_ncc_2026_0606_teacheroftheyear", pub="2026-06-06T08:00:00-05:00",
title="Le Center teacher named Le Sueur County Teacher of the Year",
body="""Mary Jo Pribyl, who has taught fourth grade at Tri-City United's Le Center Elementary for 31 years, has been named Le Sueur County Teacher of the Year.

Pribyl was nominated by three generations of one family. "She taught my mom, me and now my son," wrote parent Angie Kubes. Pribyl will be honored at the county fair in July.""",
gold=[("MKT021", "subject")]),
]
