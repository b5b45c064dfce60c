"""KMKA Island News 6 (Honolulu TV station): short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="hnl_kmka_story_20260216_1142", pub="2026-02-16T17:30:00-10:00",
title="Kona low floods Kaneohe homes as streams overflow",
body="""KANEOHE, Hawaii (KMKA) - Several homes along Keaahala Road in Kaneohe took in water early Monday after Kamooalii Stream overflowed during the kona low's heaviest downpour.

Glenn and Joyce Shimabukuro woke to about a foot of muddy water in their living room. "We've lived here 40 years and never saw it come over the bank like this," Glenn Shimabukuro said, as relatives hauled soaked carpet and a ruined piano to the curb. The couple is staying with their daughter while the house dries out.

Family friend Keola Naone, who brought his pickup truck to help move furniture, said the water rose "in maybe 20 minutes." The city is offering free bulky-item pickup in the area through Friday.""",
gold=[("HNL001", "subject"), ("HNL002", "subject")]),

dict(guid="hnl_kmka_story_20260309_1317", pub="2026-03-09T18:10:00-10:00",
title="Waipahu family loses home in early-morning fire",
body="""WAIPAHU, Hawaii (KMKA) - A Waipahu man and his two teenage children escaped a fire that destroyed their single-story home on Pupuole Street early Sunday.

Ferdinand "Ferdie" Bumanglag Jr. said a smoke alarm woke him at about 2:30 a.m. "I just grabbed the kids and ran," he said. Honolulu Fire Department officials said the fire started in a carport and caused an estimated $350,000 in damage. The American Red Cross is helping the family.

Neighbor Roger Agbayani said he saw the flames from his lanai and called 911. "Ferdie just lost his mom last month," Agbayani said. "This family needs a break." """,
gold=[("HNL011", "subject")]),

dict(guid="hnl_kmka_story_20260422_1455", pub="2026-04-22T17:45:00-10:00",
title="Police arrest man in string of Waipahu catalytic converter thefts",
body="""WAIPAHU, Hawaii (KMKA) - Honolulu police arrested a 31-year-old man Tuesday in connection with at least a dozen catalytic converter thefts in Waipahu and Pearl City since February.

One of the victims, Erlinda Agbayani, told Island News 6 she heard sawing under her car in the driveway at 4 a.m. "By the time my husband went outside, he was gone," she said. Police said surveillance video from a neighbor's doorbell camera led to the arrest.

The suspect is being held on $50,000 bail.""",
gold=[]),
dict(guid="hnl_kmka_story_20260613_1622", pub="2026-06-13T20:15:00-10:00",
title="Waipahu bus driver's son takes top prize at falsetto contest",
body="""HONOLULU (KMKA) - Benjamin "Bennie" Kaaihue Jr. of Waipahu won the Kani Ka Pila Falsetto Contest on Saturday at the Hawaii Convention Center, singing "Ku'u Home o Kahalu'u" and his own composition for his late father.

Kaaihue, 55, a forklift operator at the Honolulu Harbor, took up falsetto in his father's Waipahu Hawaiian Civic Club choir. His father, longtime city bus driver Benjamin Kaaihue Sr., died in March. "He was in the front row tonight, I know it," Kaaihue said.

The prize includes $5,000 and a recording session at a Kapolei studio.""",
gold=[("HNL007", "subject")]),
]
