"""St. Patrick & Our Lady of Guadalupe Parishes, North Platte - weekly bulletin, "Pray for Our Faithful Departed"
(invented). Short notices, some bilingual (Spanish first, the parish's Hispanic community), plain text.
Hand-labelled."""

FEED = "olg"
ITEMS = [
dict(guid="lbf_olg_bulletin_2026_0315a", pub="2026-03-15T07:00:00-05:00", title="Herminia Arredondo - Descanse en paz",
body="""Oremos por el eterno descanso de Herminia Arredondo, 91, quien falleció el 9 de marzo de 2026. Nació en Valle de Santiago, Guanajuato, y llegó a North Platte en 1957, donde trabajó muchos años en la cocina del Hotel Pawnee. Fue fundadora del grupo Guadalupano de nuestra parroquia.

Le sobreviven sus hijas, Rosalinda "Rosie" (Tomás) Ybarra de North Platte y Consuelo Arredondo de Denver; su hijo, Jesse Arredondo de Lexington; 11 nietos y 19 bisnietos.

Please pray for the repose of the soul of Herminia Arredondo, 91, a founder of our Guadalupanas. Survived by her daughters Rosie (Tomás) Ybarra of North Platte and Consuelo Arredondo of Denver, and her son Jesse of Lexington. Rosary 6 p.m. Wednesday; Funeral Mass 10 a.m. Thursday at Our Lady of Guadalupe.""",
gold=[("LBF005", "survivor")]),

dict(guid="lbf_olg_bulletin_2026_0426a", pub="2026-04-26T07:00:00-05:00", title="Leonard Kalkowski, Hershey",
body="""Please keep in your prayers the family of Leonard F. Kalkowski, 86, of Hershey, who died April 20 at the Hershey farm where he was born. Leonard was a lifelong member of St. Patrick's and served as an usher at the 8 a.m. Mass for more than forty years, and he never missed the Knights of Columbus fish fry.

He is survived by his wife, Mildred; his daughters, Jolene (Tad) Wiebelhaus of Hershey and Carla Kalkowski of North Platte; his son, Dennis (Jan) Kalkowski of Hershey; and 11 grandchildren, including Brock Wiebelhaus.

Mass of Christian Burial was celebrated Friday, April 24; burial at Calvary Cemetery. Eternal rest grant unto him, O Lord.""",
gold=[("LBF007", "survivor"), ("LBF006", "survivor")]),

dict(guid="lbf_olg_bulletin_2026_0607a", pub="2026-06-07T07:00:00-05:00", title="Orville Kreutzfeld",
body="""Please pray for the repose of the soul of Orville "Orv" Kreutzfeld, 84, husband of our longtime parishioner and Altar Society member Loretta Kreutzfeld. Orv was a retired Bailey Yard yardmaster and a faithful 7 a.m. weekday Mass-goer. His Funeral Mass was celebrated June 5 at St. Patrick's. May he rest in peace.""",
gold=[]),   # second notice of the death first published by the Courier (lbf_ndc_obit_2026_0602): labelled there only

dict(guid="lbf_olg_bulletin_2026_0719a", pub="2026-07-19T07:00:00-05:00", title="Philomena Eickhoff",
body="""Please pray for the repose of the soul of Philomena Eickhoff of North Platte, whose Mass of Christian Burial was celebrated this past Thursday at St. Patrick's. Eternal rest grant unto her, O Lord, and let perpetual light shine upon her.""",
gold=[("LBF018", "possible_deceased_client")]),   # name and town only: no age, no spouse, no maiden name

dict(guid="lbf_olg_bulletin_2026_0823a", pub="2026-08-23T07:00:00-05:00", title="Evangelina Zamarripa - Descanse en paz",
body="""Pedimos sus oraciones por Evangelina Zamarripa, 71, de Scottsbluff, tía de nuestros feligreses el Sr. y la Sra. Ruben Zamarripa. Falleció el 17 de agosto en Scottsbluff.

Please pray for Evangelina Zamarripa, 71, of Scottsbluff, who died Aug. 17. She was the aunt of our parishioners Mr. and Mrs. Ruben Zamarripa of North Platte. Her Funeral Mass will be celebrated Tuesday at Our Lady of Guadalupe in Scottsbluff.""",
gold=[("LBF021", "survivor"), ("LBF020", "survivor")]),   # the deceased is a namesake of LBF020 (b. 1968, North Platte): not her

dict(guid="lbf_olg_bulletin_2026_0830a", pub="2026-08-30T07:00:00-05:00", title="Gladys Ochsner, Wallace",
body="""Please remember in your prayers Gladys M. Ochsner, 93, of Wallace, who died Aug. 24. Gladys taught in the country schools of southern Lincoln County for 34 years.

She is survived by her son, Roger Ochsner of Wallace; her grandchildren, Brittany (Tyson) Engelhaupt of North Platte and Ryan Ochsner of Wallace; and three great-grandchildren.

Her Funeral Mass was celebrated Friday at St. John the Baptist in Wallace.""",
gold=[("LBF019", "survivor")]),
]
