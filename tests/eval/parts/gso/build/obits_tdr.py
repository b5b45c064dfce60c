"""Piedmont Triad Daily Record - paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

FEED = "tdr"
ITEMS = [
dict(guid="gso_tdr-dn-20260210-1183", pub="2026-02-10T05:30:00-05:00", title="HEGE, Robert Lee",
body="""HEGE, Robert Lee, 89, of Lexington, N.C., died Feb. 7, 2026. Retired Davidson County dairyman and lifelong member of Friedberg Moravian Church. Survived by his wife of 64 years, Nellie; sons Dale Hege and Roger Hege, both of Lexington; his sister, Edith Hege Transou (Bill) of Winston-Salem; seven grandchildren. Funeral 2 p.m. Thursday, Friedberg Moravian Church.""",
gold=[("GSO002", "survivor"), ("GSO001", "survivor")]),

dict(guid="gso_tdr-dn-20260305-1240", pub="2026-03-05T05:30:00-05:00", title="CRIST, Rebecca Lynn",
body="""CRIST, Rebecca Lynn, 61, of Bethlehem, Pa., died Feb. 27, 2026. A graduate of Salem College, class of 1986, and a longtime organist at Central Moravian Church in Bethlehem. Survived by her husband, Paul Crist; daughter Hannah Crist Ortiz of Allentown, Pa.; and her mother, Joan Spach of Bethlehem. Memorial service in Bethlehem, March 14.""",
gold=[]),  # namesake far away (GSO020 Becky Crist is about 45, Winston-Salem)

dict(guid="gso_tdr-dn-20260324-1266", pub="2026-03-24T05:30:00-04:00", title="HOCKETT, Ruth Ellen",
body="""HOCKETT, Ruth Ellen, 92, Greensboro, died March 21, 2026, at Friends Homes Guilford. Retired Guilford County school librarian; member of New Garden Friends Meeting. Survived by her brother, Elwood Hockett of Snow Camp; nieces Mrs. Lewis Hinshaw of Greensboro and Anne Hockett Shields of Liberty. Memorial meeting for worship 2 p.m. Seventh Day, March 28, New Garden Friends Meeting.""",
gold=[("GSO010", "survivor")]),  # "Mrs. Lewis Hinshaw" = GSO010 (roster spouse Lewis, maiden Hockett)

dict(guid="gso_tdr-dn-20260429-1321", pub="2026-04-29T05:30:00-04:00", title="VILLALOBOS DE HERNÁNDEZ, María Elena",
body="""VILLALOBOS DE HERNÁNDEZ, María Elena, 74, of Asheboro, formerly of Rioverde, San Luis Potosí, Mexico, died April 26, 2026. Survived by her husband of 52 years, Jesús Hernández; her daughter, Ana Lucía Hernández Villalobos (Rafael Ortega) of Asheboro; her sons, José Luis Hernández of Siler City and Miguel Hernández of Rioverde; 8 grandchildren. Rosario 7 p.m. Tuesday; Misa de cuerpo presente 10 a.m. Wednesday, St. Joseph Catholic Church, Asheboro.""",
gold=[("GSO015", "survivor")]),

dict(guid="gso_tdr-dn-20260414-1302", pub="2026-04-14T05:30:00-04:00", title="McADOO, Willie James",
body="""McADOO, Willie James, 80, High Point, died April 11, 2026. Retired from Thomas Built Buses after 37 years; deacon at First Missionary Baptist. Survived by his wife, Earlene; son DeShawn McAdoo of High Point; daughters Keisha McAdoo Lyons of Raleigh and Tonya McAdoo of High Point; 9 grandchildren. Homegoing 1 p.m. Saturday, First Missionary Baptist Church. Arrangements by People's Funeral Service.""",
gold=[("GSO009", "survivor")]),

dict(guid="gso_tdr-dn-20260602-1377", pub="2026-06-02T05:30:00-04:00", title="MENDENHALL, Samuel",
body="""MENDENHALL, Samuel, 74, of Richmond, Ind., died May 28, 2026. Retired from Earlham College grounds staff and a member of West Richmond Friends Meeting. Survived by his wife, Carolyn; his sister, Judith Mendenhall Beeson of High Point; nieces and nephews. Memorial meeting for worship June 13 in Richmond.""",
gold=[]),  # namesake far away: GSO011 Sam Mendenhall lives in Jamestown, N.C. (same age, but Richmond, Ind. and a wife Carolyn, roster spouse Ruth)

dict(guid="gso_tdr-dn-20260908-1455", pub="2026-09-08T05:30:00-04:00", title="CHAVIS, Lonnie Ray",
body="""CHAVIS, Lonnie Ray, 71, of Pembroke, died Sept. 4, 2026. U.S. Army veteran and retired tobacco farmer. Survived by his wife, Brenda Locklear Chavis; daughter Crystal Chavis Hunt of Pembroke; brothers Jerome Chavis of Graham and Wendell Chavis of Lumberton. Funeral 2 p.m. Tuesday, Prospect United Methodist Church, Prospect community.""",
gold=[("GSO014", "survivor")]),  # Graham is ~11 km from Burlington, same family name

dict(guid="gso_tdr-dn-20261014-1520", pub="2026-10-14T05:30:00-04:00", title="O'BRIANT, Wade Thomas",
body="""O'BRIANT, Wade Thomas, 97, of Burlington, died Oct. 11, 2026, at Twin Lakes. A World War II Navy veteran and retired loom fixer at Burlington Industries' Plant No. 1. Survived by sons Hal O'Briant (Joyce) of Burlington and Dennis O'Briant of Mebane; 6 grandchildren; 11 great-grandchildren. Graveside service 11 a.m. Friday, Pine Hill Cemetery.""",
gold=[("GSO016", "survivor")]),

dict(guid="gso_tdr-dn-20261105-1588", pub="2026-11-05T05:30:00-05:00", title="SPAINHOUR, Richard",
body="""SPAINHOUR, Richard, Kernersville, died Nov. 3, 2026. Arrangements are pending with Hayworth-Salem Funeral & Cremation, Kernersville chapel.""",
gold=[("GSO018", "possible_deceased_client")]),  # name + town only, no age or spouse: please verify
]
