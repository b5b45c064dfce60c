"""Med City Somali Community News (invented community paper, English edition): "Tacsi" (condolence) notices,
Somali naming (given name, father's name, grandfather's name; no shared family surname), plain text.
Hand-labelled."""

FEED = "mcs"
ITEMS = [
dict(guid="rst_mcs_tacsi_2026_017", pub="2026-01-20T12:00:00-06:00", title="Tacsi: Abdi Warsame Hirsi (1947 - 2026)",
body="""Inna lillahi wa inna ilayhi raji'un. The Med City Somali community shares the news that Mr. Abdi Warsame Hirsi, 78, passed away on Sunday, January 18, 2026, in Minneapolis.

Abdi was born in Beledweyne and worked for many years as a teacher of mathematics in Mogadishu before coming to Minnesota in 1996. In Minneapolis he tutored hundreds of children at the Cedar-Riverside homework center and was known to everyone as "Macallin Abdi", Teacher Abdi.

He is survived by his wife, Faadumo Hassan Ali; his daughters, Hodan Abdi Warsame of Rochester and Ifrah Abdi Warsame of Columbus, Ohio; his sons, Mohamed and Yusuf Abdi Warsame of Minneapolis; and fourteen grandchildren.

The janaza prayer was held after Dhuhr prayer on Monday at Masjid Al-Noor in Minneapolis, and he was buried at Garden of Eden cemetery. The family is receiving visitors at the home of his daughter Hodan in Rochester through Friday. Allah ha u naxariisto.""",
gold=[("RST008", "survivor")]),

dict(guid="rst_mcs_tacsi_2026_044", pub="2026-04-21T12:00:00-05:00", title="Tacsi: Faadumo Ali Jama",
body="""Inna lillahi wa inna ilayhi raji'un. Faadumo Ali Jama, 66, of Rochester, passed away on April 19, 2026, at Saint Marys Hospital after a long illness.

Faadumo was one of the first Somali women to settle in Rochester, in 1994, and for twenty years she cooked for community weddings and Eid celebrations at the Rochester community center. She is survived by her sons, Abdirahman and Abdullahi Hassan Nur of Rochester, and her daughter, Hodan Abdi Mohamed of St. Cloud.

The janaza was held at the Rochester mosque on Monday. The family thanks everyone who visited the hospital. Allah ha u naxariisto.""",
gold=[]),  # "Hodan Abdi Mohamed of St. Cloud" is not the client Hodan Abdi Warsame of Rochester
]
