"""The Cullman Catholic Messenger (invented parish newsletter of the German Catholic parishes of Cullman County):
"Please pray for the repose of the soul of ...", plain text. Hand-labelled."""

FEED = "ccm"
ITEMS = [
dict(guid="bhm_ccm_2026_02_schwaiger", pub="2026-02-09T08:00:00-06:00", title="Anton J. Schwaiger, 93, Cullman",
body="""Please pray for the repose of the soul of Anton Joseph Schwaiger, 93, of Cullman, who died at home on the family farm on February 5, 2026, the feast of St. Agatha, fortified by the sacraments of Holy Mother Church.

Anton was born in 1932 on the same farm his grandfather cleared after coming from Bavaria with Colonel Cullman's settlers. He farmed sweet potatoes and raised Angus cattle, served as an usher at Sacred Heart for more than sixty years and was a charter member of the Cullman County Farm Bureau.

Left to cherish his memory are his daughters, Marianne (Jerry) Kienzle of Cullman and Kitty Eichler (Walter) of Hanceville; his son, Thomas Schwaiger of Huntsville; eleven grandchildren and nineteen great-grandchildren. He was preceded in death by his wife of 61 years, Theresia (Hufnagel) Schwaiger.

The Mass of Christian Burial was offered at Sacred Heart of Jesus Church with Father Anselm Krebs, O.S.B., as celebrant. Pallbearers were his grandsons and his nephew, Rudy Hufnagel. Burial in Sacred Heart Cemetery. Vergelt's Gott to the sisters of the Benedictine monastery for their many prayers.""",
gold=[("BHM016", "survivor"), ("BHM015", "survivor"), ("BHM017", "survivor")]),
# BHM018 Rudy Hufnagel (pallbearer, do_not_contact): nothing

dict(guid="bhm_ccm_2026_03_benedicta", pub="2026-03-30T08:00:00-05:00", title="Sister M. Benedicta Wiedmer, O.S.B., 91",
body="""Please pray for the repose of the soul of Sister Mary Benedicta Wiedmer, O.S.B., 91, who entered eternal life on March 26, 2026, in the 72nd year of her monastic profession.

Born Rosina Wiedmer in St. Bernard, she entered the monastery at eighteen and taught first grade at Sacred Heart School for thirty-eight years. Generations of Cullman children learned to read at her table, and more than a few learned to be quiet there as well.

She is survived by her sisters in community and by many nieces and nephews. She was preceded in death by her parents, Ludwig and Anna Wiedmer, and by her brothers, Alois, Konrad and Franz.

The Mass of Christian Burial will be offered at the monastery chapel at 10 a.m. Wednesday. The readings will be proclaimed by two of her former pupils, Jerry Kienzle and Theresa Voss. Burial in the monastery cemetery.""",
gold=[]),  # BHM015 Jerry Kienzle is a reader: nothing

dict(guid="bhm_ccm_2026_05_wiedmer", pub="2026-05-18T08:00:00-05:00", title="Bernadette Ann Fuchs, 87, Good Hope",
body="""Please pray for the repose of the soul of Bernadette Ann Fuchs, 87, of Good Hope, who died May 14, 2026, at Cullman Regional Medical Center.

Bernadette was a member of St. John the Baptist parish, a quilter of prize-winning Bavarian star quilts and for forty years the keeper of the parish's Christmas crèche.

She is survived by her son, Paul Fuchs (Debra) of Good Hope; her daughter, Linda Fuchs Ott of Vinemont; six grandchildren; and her sister, Agnes Brunner of St. Louis. She was preceded in death by her husband, Alfred.

Mass of Christian Burial Thursday at 10 a.m. at St. John the Baptist, Good Hope. Rosary Wednesday at 6 p.m.""",
gold=[]),
]
