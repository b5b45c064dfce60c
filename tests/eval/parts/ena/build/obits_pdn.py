"""Peninsula Death Notices (invented paid-notice column: Kenai Peninsula Borough), very brief, surname-first
headings, plain text. One entry is a later second copy of the Courier's Halvorsen obituary. Hand-labelled."""

from obits_kpc import ITEMS as KPC

FEED = "pdn"
_HALVORSEN = next(it for it in KPC if it["guid"] == "ena_kpc_obit_2026_0109")

ITEMS = [
dict(guid="ena_pdn_2026_000031", pub="2026-01-14T07:00:00-09:00", title="HALVORSEN, Arvid Leif",
body=_HALVORSEN["body"],
gold=[]),   # the same obituary, republished: labelled on the Courier's earlier copy only

dict(guid="ena_pdn_2026_000058", pub="2026-02-18T07:00:00-09:00", title="BRAGG, Kenneth W.",
body="""BRAGG, Kenneth W., 91, Soldotna, died Feb. 16, 2026. Retired borough road service driver. Graveside service in the spring, Soldotna Community Memorial Park. Arrangements by Spruce Hollow Funeral Home, Soldotna.""",
gold=[]),

dict(guid="ena_pdn_2026_000092", pub="2026-04-06T07:00:00-08:00", title="REUTOV, Vasily K.",
body="""REUTOV, Vasily Kirillovich, 17, Nikolaevsk, died April 2, 2026, in the Anchor River. Son of Kirill and Agafia Reutov; brother of eleven. Services according to the Old Believer rite, Church of St. Nicholas, Nikolaevsk.""",
gold=[]),

dict(guid="ena_pdn_2026_000117", pub="2026-05-26T07:00:00-08:00", title="PRUITT, Harlan D.",
body="""PRUITT, Harlan Dale, 82, Ninilchik, died May 21, 2026. Retired Homer Electric lineman and Ninilchik fair board member. Survived by his sister Lorrie Halvorsen of Kasilof; sons Dale and Troy Pruitt of Ninilchik. Preceded in death by wife Shirley and brother-in-law Arvid Halvorsen. Service 1 p.m. Saturday, Ninilchik Community Library grounds.""",
gold=[("ENA004", "survivor")]),

dict(guid="ena_pdn_2026_000140", pub="2026-07-06T07:00:00-08:00", title="OSTRANDER, Harold E.",
body="""OSTRANDER, Harold Edwin, 97, Soldotna, died July 2, 2026. Came to the Kenai in 1958; retired from Unocal. Survived by son Hal (Doreen) Ostrander of Soldotna; daughter Judy Mattson of Sequim, Wash.; four grandchildren. Preceded in death by wife Bernice. Private family service.""",
gold=[("ENA001", "survivor"), ("ENA002", "survivor")]),

dict(guid="ena_pdn_2026_000163", pub="2026-08-05T07:00:00-08:00", title="DAHLGREN, Clifford",
body="""DAHLGREN, Clifford, Homer, died Aug. 3, 2026. Arrangements pending with Spruce Hollow Funeral Home, Homer chapel.""",
gold=[("ENA014", "possible_deceased_client")]),
]
