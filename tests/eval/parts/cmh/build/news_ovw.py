"""Olentangy & Licking Valley Weekly (small-town paper: Delaware, Westerville, Newark, Heath), teaser in
description and HTML in content:encoded. Hand-labelled."""

FEED = "ovw"
ITEMS = [
dict(guid="cmh_ovw-2026-0305", pub="2026-03-05T08:00:00-05:00", title="Westerville library campaign passes $2 million",
body="""WESTERVILLE - The Friends of the Westerville Public Library have raised $2.1 million toward the renovation of the Alcott Reading Room, campaign chair Deborah Lyle announced.

Donors at the Founders level include Hector and Lupe Villalobos, Walter and Anna Marie Brenneman, the Otterbein Rotary, and Dr. Kevin and Lisa Strahm. A full list of donors is posted at the library.""",
gold=[]),  # donor list: nothing

dict(guid="cmh_ovw-2026-0521", pub="2026-05-21T08:00:00-04:00", title="Hayes senior Kaylee O'Dell earns full ride to Ohio University",
body="""DELAWARE - Delaware Hayes senior Kaylee O'Dell has been awarded the Templeton Scholarship, a full four-year scholarship to Ohio University, where she plans to study engineering.

O'Dell, the daughter of Mick and Tammy O'Dell of Delaware, is class valedictorian and captain of the Pacers girls' soccer team. She is the first in her family to attend college.""",
gold=[("CMH018", "parent_of_subject")]),

dict(guid="cmh_ovw-2026-0702", pub="2026-07-02T08:00:00-04:00", title="Newark fire captain Gary Stacy hangs up his helmet after 34 years",
body="""NEWARK - Capt. Gary Stacy worked his last shift at Newark Fire Station 3 on Tuesday, ending a 34-year career that began when he was 21.

Stacy, who grew up on Hudson Avenue and still lives there, led the department's water rescue team and trained two generations of firefighters. Crews lined the apparatus bay and sounded the sirens as he drove off. His retirement party is July 11 at the Heath Eagles.""",
gold=[("CMH022", "subject")]),

dict(guid="cmh_ovw-2026-0917", pub="2026-09-17T08:00:00-04:00", title="Engagement: Villalobos - Okonkwo",
body="""WESTERVILLE - Hector and Lupe Villalobos of Westerville announce the engagement of their daughter, Daniela Villalobos Ramírez, to Chidi Okonkwo, son of Emeka and Grace Okonkwo of Gahanna.

The bride-to-be is a 2018 graduate of Westerville North and a pharmacist at Nationwide Children's. Her fiancé is a civil engineer with the city of Columbus. A June 2027 wedding is planned at St. Paul the Apostle Church.""",
gold=[("CMH016", "parent_of_subject"), ("CMH015", "parent_of_subject")]),

dict(guid="cmh_ovw-2026-1008", pub="2026-10-08T08:00:00-04:00", title="Delaware County Fair harness results",
body="""DELAWARE - Final-day results from the Delaware County Fair: the Little Brown Jug undercard was swept by trainers from Marion and Ashland counties. The fair board reported record attendance of 211,000. The Delaware County Sheriff's Office said no serious incidents were reported during fair week.""",
gold=[]),  # nobody on the roster
]
