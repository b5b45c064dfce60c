"""The Frontier Ledger (Cheyenne daily): paid death notices, surname-first headings, plain text. Hand-labelled."""

FEED = "fldn"
ITEMS = [
dict(guid="chy_fldn_2026_00311", pub="2026-01-29T06:00:00-07:00", title="HOLLOWAY, Garrett L. Sr.",
body="""Garrett Lloyd Holloway Sr., 84, Wheatland, died Jan. 26, 2026, at home on the ranch. Rancher in the Palmer Canyon country 60 years; Platte County School Board. Survived by wife, June; son, Garrett Holloway Jr. (Kelsey), Wheatland; daughter, Lori Pfister, Chugwater; seven grandchildren. Services 11 a.m. Saturday, First Baptist Church, Wheatland. Gorman Funeral Home in charge.""",
gold=[("CHY007", "survivor")]),

dict(guid="chy_fldn_2026_00398", pub="2026-03-19T06:00:00-06:00", title="LINDHOLM, Carol Ann",
body="""Carol Ann Lindholm, 74, Torrington, died March 16, 2026. Retired Goshen County Extension secretary. Survived by daughter, Jenna (Wade) McAllister, Lingle; son, Erik Lindholm, Casper; five grandchildren. Preceded in death by husband, Roger. Memorial 2 p.m. Monday, Trinity Lutheran Church, Torrington.""",
gold=[("CHY017", "survivor"), ("CHY016", "survivor")]),

dict(guid="chy_fldn_2026_00442", pub="2026-04-08T06:00:00-06:00", title="SCHREINER, Kenneth Ray",
body="""Kenneth Ray Schreiner, 24, Cheyenne, died April 4, 2026, in a motorcycle accident on Happy Jack Road. Graduate of Cheyenne Central High School; apprentice lineman with Black Hills Energy. Survived by parents, Doug and Tammy Schreiner, Cheyenne; sister, Kaylee; grandparents, Vern and Marlys Schreiner, Burns. Services 1 p.m. Saturday, Cheyenne Hills Church.""",
gold=[]),

dict(guid="chy_fldn_2026_00467", pub="2026-04-21T06:00:00-06:00", title="VILLALOBOS, Beatriz",
body="""Beatriz Villalobos, 55, Pueblo, Colo., died April 16, 2026, at Parkview Medical Center, Pueblo. Lifelong Pueblo resident; teacher at Centennial High School 30 years. Survived by husband, Arturo; sons, Mateo and Andres; mother, Celia Montano, Pueblo; cousins in Cheyenne. Mass 10 a.m. Friday, Our Lady of the Meadows, Pueblo.""",
gold=[]),

dict(guid="chy_fldn_2026_00905", pub="2026-10-06T06:00:00-06:00", title="LUCERO, Eloy",
body="""Eloy Lucero, Cheyenne, died Oct. 3, 2026. Arrangements pending with Frontier Memorial Chapel, Cheyenne.""",
gold=[("CHY015", "possible_deceased_client")]),
]
