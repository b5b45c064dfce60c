"""Hillside & West End Voice: neighborhood community paper (Duluth's Hillside, Lincoln Park, West Duluth, Gary-New
Duluth, and the Cloquet-Esko edition); teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "hwv"
ITEMS = [
dict(guid="dlh_hwv_2026_061", pub="2026-06-22T08:00:00-05:00", title="Still bowling at 90",
body="""GARY-NEW DULUTH - Ardith Sorvisto turned 90 on June 19, and she celebrated the way she has celebrated every birthday since 1961: with three games at Gary Lanes.

Sorvisto bowled a 151 in the first game, which she called "not my best." A widow since 2014, she still lives in the Commonwealth Avenue house her husband, Arnold, built, and still shovels her own walk, though her neighbors have been known to beat her to it. More than sixty friends and family came to the party, and the lanes named their Tuesday senior league after her.""",
gold=[("DLH022", "subject")]),

dict(guid="dlh_hwv_2026_044", pub="2026-05-04T08:00:00-05:00", title="Hillside community garden wins city grant",
body="""CENTRAL HILLSIDE - The Fourth Street Community Garden has won a $15,000 grant from the City of Duluth to add raised beds, a tool shed and a rain-catchment system.

Volunteers who wrote the grant include Marit Varpness, Abdi Warsame, Keisha Roberts and Pastor Kjersti Dahl. "Half our gardeners are over seventy and the other half are under ten," said garden coordinator Keisha Roberts. "Raised beds are for both." Plots for the season are still available.""",
gold=[]),

dict(guid="dlh_hwv_2026_052", pub="2026-05-25T08:00:00-05:00", title="Lakeside choir director lays down her baton after 38 years",
body="""LAKESIDE - After 38 years, 76 Christmas concerts and, by her count, one broken baton, Ingrid Tollefsrud conducted her last service at Lakeside Lutheran on Sunday.

Tollefsrud, 71, came to the church in 1988 from St. Olaf College. "She made us sound better than we are," said alto Inga Skaugstad, who has sung in the choir for 30 years. The congregation presented her with a hand-made rosemaled music stand.""",
gold=[]),

dict(guid="dlh_hwv_2026_031", pub="2026-03-30T08:00:00-05:00", title="Cloquet elder honored for a lifetime of language work",
body="""CLOQUET - Rosalind "Roz" Shingibis has spent forty years teaching Ojibwemowin to anyone who would sit still long enough to learn it - children at the Ojibwe School, adults in church basements, and once, she says, a very patient game warden.

On Saturday the Fond du Lac Band honored Shingibis with its Lifetime Achievement Award at the spring gathering, just days after the death of her brother, Harvey. "He would have told me to stop crying and go get my award," Shingibis said. She was given a star quilt made by the Thursday beading circle.""",
gold=[("DLH008", "subject")]),

dict(guid="dlh_hwv_2026_071", pub="2026-07-27T08:00:00-05:00", title="Denfeld grad brings home a James Beard award",
body="""WEST DULUTH - Lucia Tomasetti learned to cook in her grandmother's kitchen on 57th Avenue West. Last month, in Chicago, she won the James Beard Award for Best Chef: Great Lakes for her Minneapolis restaurant, Nonna Rosa.

Tomasetti, 38, a 2006 Denfeld graduate, is the daughter of Gerry Tomasetti of West Duluth, who was in the audience. "My dad still thinks my red sauce needs more garlic," she said in her acceptance speech. She plans a pop-up dinner at St. James Catholic Church in the fall to benefit its food shelf.""",
gold=[("DLH013", "parent_of_subject")]),
]
