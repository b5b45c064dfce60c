"""Snowflake-Taylor Neighbors (community newsletter): teaser description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="sow_stn_2026_03_pioneer", pub="2026-03-02T09:00:00-07:00", title="Voneta Kartchner to be grand marshal of Pioneer Days",
body="""Taylor's Voneta Kartchner has been named grand marshal of this summer's Pioneer Days parade.

Sister Kartchner, 84, has sewn pioneer costumes for the Taylor handcart trek for thirty years and taught half the town to quilt. She will ride in a restored buckboard driven by her husband, Orrin.""",
gold=[("SOW004", "subject")]),

dict(guid="sow_stn_2026_04_superintendent", pub="2026-04-13T09:00:00-07:00", title="Round Valley names Chacon superintendent",
body="""Virgil Chacon, principal of Round Valley High School in Eagar for the past nine years, has been named superintendent of the Round Valley Unified School District.

Chacon, a Springerville native, will take over July 1. He coached the Elks to two state football titles before moving into administration.""",
gold=[("SOW016", "subject")]),

dict(guid="sow_stn_2026_05_baby", pub="2026-05-18T09:00:00-07:00", title="Welcome, little one: Oakley Jane Tenney",
body="""Jared and Brooke Tenney of Taylor welcomed their daughter, Oakley Jane, on May 9 at Summit Healthcare. She weighed 7 pounds, 4 ounces.

Oakley joins big brothers Boone and Wyatt. Proud grandparents are Delwin and Carla Rasband of Snowflake.""",
gold=[("SOW014", "subject"), ("SOW015", "subject")]),

dict(guid="sow_stn_2026_07_sweetcorn", pub="2026-07-20T09:00:00-07:00", title="Sweet Corn Festival draws record crowd",
body="""The 2026 Taylor Sweet Corn Festival drew a record crowd of more than 6,000 on Saturday, organizers said.

"We ran out of pie by two o'clock," said Mary Lou Pettengill, who has run the pie booth for the Relief Society for twelve years. "That has never happened."

The festival's proceeds go to the Taylor fire department's new brush truck.""",
gold=[]),

dict(guid="sow_stn_2026_06_promotion", pub="2026-06-22T09:00:00-07:00", title="Nez named fire chief of Pinetop Fire District",
body="""The Pinetop Fire District board on Tuesday named Capt. Tyrell Nez its new fire chief.

Nez, 45, joined the district as a seasonal wildland firefighter in 2001 and led its hotshot crew during the 2011 Wallow Fire. He succeeds Chief Dan Merrill, who is retiring after 30 years.""",
gold=[("SOW010", "subject")]),
]
