"""Prairie Region Death Notices (brief paid notices from the Pontiac, Lincoln, Clinton and Bloomington papers),
surname-first headings, plain text. Hand-labelled."""

FEED = "pdn"
ITEMS = [
dict(guid="bmi_pdn-2026-0311", pub="2026-03-16T07:00:00-05:00", title="SCHERTZ, Wendell L. Sr.",
body="""SCHERTZ, Wendell Lee Sr., 88, Pontiac, died March 8, 2026. Founder of Schertz Implement. Survived by son Wendell Schertz Jr. (Joyce), Pontiac; daughter Karen (Phil) Bauman, Fairbury; seven grandchildren; 12 great-grandchildren. Preceded in death by wife Marjorie. Services were March 13 at First United Methodist Church, Pontiac. Arrangements: Ostermeier-Pfaff Funeral Home, Pontiac.""",
gold=[]),   # a later second copy of bmi_opf-wendell-schertz-sr-3104: labelled on the earlier copy only

dict(guid="bmi_pdn-2026-0472", pub="2026-05-26T07:00:00-05:00", title="LITWILLER, Gerald D.",
body="""LITWILLER, Gerald Dean, 79, Goshen, Ind., formerly of Hopedale, died May 21, 2026. Retired Goshen College maintenance supervisor. Survived by wife Lois (Nafziger) Litwiller, Goshen; daughters Renee Litwiller, Elkhart, and Sara (Tim) Beachy, Goshen; brother Paul Litwiller, Hopedale. Memorial service May 30 at Eighth Street Mennonite Church, Goshen.""",
gold=[]),   # namesake of BMI006 Gerald "Jerry" Litwiller, Lincoln (b. 1951, wife Anita): nothing

dict(guid="bmi_pdn-2026-0655", pub="2026-07-29T07:00:00-05:00", title="THRELKELD, Marcus A.",
body="""THRELKELD, Marcus Allen, 71, Paducah, Ky., died July 25, 2026. Retired towboat pilot on the Ohio River. Survived by wife Brenda; sons Cody and Travis, Paducah. Services July 31 at Milner & Orr Funeral Home, Paducah.""",
gold=[]),   # namesake of BMI021 Marcus Threlkeld, Bloomington: nothing

dict(guid="bmi_pdn-2026-0803", pub="2026-10-06T07:00:00-05:00", title="RIENTS, Dale",
body="""RIENTS, Dale, Pontiac, died Saturday, Oct. 3, 2026. Arrangements are pending at Ostermeier-Pfaff Funeral Home, Pontiac.""",
gold=[("BMI015", "possible_deceased_client")]),   # no age, no survivors: not corroborated
]
