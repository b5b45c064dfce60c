"""Triple Cities Neighbors: community news, teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="bgm_tcn_2026_03_kulyk_40_years", pub="2026-03-05T09:00:00-05:00", title="St. Michael's pastor marks 40 years a priest",
body="""Parishioners of St. Michael's Byzantine Catholic Church filled the Clinton Street church hall on Sunday to mark the 40th anniversary of the ordination of their pastor, the Very Rev. Thaddeus Kulyk.

Father Thaddeus, who was ordained in Pittsburgh in 1986 and has served St. Michael's since 2003, was presented with a hand-painted icon of St. Michael. He and his wife, Pani Oksana, cut a cake shaped like the church's three onion domes.

The dinner was organized by the parish sisterhood, chaired by Bernadette Yurchak, with pirohy from the Tuesday kitchen crew. Donors to the icon fund included the Krupansky family, Rosalind Pettengill and the Knights of Columbus.""",
gold=[("BGM016", "subject")]),

dict(guid="bgm_tcn_2026_03_ofa_wrestling", pub="2026-03-02T09:00:00-05:00", title="Owego's Estremera wins state wrestling title",
body="""Owego Free Academy junior Mateo Estremera is a state champion. Estremera pinned his opponent from Wantagh in 3:41 to win the Division II 138-pound title at the state tournament in Albany on Saturday.

He is the son of Hector and Yolanda Estremera of Owego and the first OFA state champion since 2011. "He's been wrestling since he was five, in our living room," his mother said. Coach Brian Tolbert called him the hardest-working athlete he has coached.""",
gold=[("BGM022", "parent_of_subject")]),

dict(guid="bgm_tcn_2026_08_vander_meulen_quilt", pub="2026-08-24T09:00:00-04:00", title="Apalachin quilter, 84, takes blue ribbon at the State Fair",
body="""A Frisian star quilt pieced by Coby Vander Meulen of Apalachin won the blue ribbon for hand quilting at the Great New York State Fair on Saturday.

Vander Meulen, 84, who learned to quilt from her mother in Leeuwarden, spent fourteen months on the quilt, which she made in memory of her sister, Trudy, who died in April. It will hang at the Tioga County Historical Society through October.""",
gold=[("BGM010", "subject")]),
]
