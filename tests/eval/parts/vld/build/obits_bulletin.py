"""Mount Calvary Missionary Baptist Church, Quitman: bereavement notices from the weekly bulletin (church style,
"Homegoing", "Mother", "Sister"), plain text. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="vld_mtcalvary_2026_0118_kilgore", pub="2026-01-18T08:00:00-05:00", title="Homegoing: Mother Hattie Bell Kilgore",
body="""With heavy hearts but sure hope, the Mount Calvary family announces the homegoing of Mother Hattie Bell Kilgore, 97, who fell asleep in Jesus on Wednesday, January 14, at her home on Jefferson Street.

Mother Kilgore was the oldest member of our church, a charter member of the Mothers' Board and the pianist for the Sunday School for 50 years. She is survived by her son, our pastor, the Rev. Dr. Amos Kilgore (First Lady Claudette Kilgore); her daughter, Sister Minnie Kilgore Jones of Boston, Ga.; eight grandchildren; and many great-grandchildren.

Homegoing services will be held Saturday, January 24, at 12 noon in the sanctuary, with the Rev. Willie Frank Cooper of Greater Bethel, Thomasville, bringing the eulogy. The family will receive friends in the fellowship hall Friday evening. Please keep Pastor and First Lady Kilgore and the family lifted in prayer.""",
gold=[("VLD013", "survivor")]),

dict(guid="vld_mtcalvary_2026_0906_gaskins", pub="2026-09-06T08:00:00-04:00", title="Homegoing: Mother Pearlie Mae Gaskins",
body="""The Mount Calvary family extends its love to the Gaskins family on the homegoing of Mother Pearlie Mae Gaskins, 89, of Quitman, who entered eternal rest on Tuesday, September 1.

Mother Gaskins worked 35 years in the kitchen of Brooks County Hospital and sang in our Senior Choir. She is survived by her daughters, Shirley Gaskins Mosley and Carrie Gaskins, both of Quitman; her son, Leon Gaskins of Orlando; and many grandchildren.

Services will be held Saturday, September 12, at 11 a.m. Our pastor, the Rev. Dr. Amos Kilgore, will bring the eulogy, and Sister Delia Hammock will sing "His Eye Is on the Sparrow." Repast to follow in the fellowship hall; the Hospitality Committee, chaired by Sister Ozella Grimsley, asks for cakes by Friday.""",
gold=[]),
]
