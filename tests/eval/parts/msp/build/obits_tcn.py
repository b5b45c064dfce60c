"""Twin Cities Courier-Press death notices: paid notices, surname-first headings, plain text. Hand-labelled.
One item is a later, verbatim copy of the Nordlund-Hegge obituary of Tor Engebretsen (labelled there only)."""

import obits_nhf

FEED = "tcn"
_TOR = obits_nhf.ITEMS[0]

ITEMS = [
dict(guid="msp_tcn_2026_0211", pub="2026-02-11T05:30:00-06:00", title="PEDERSEN, Norma Jean",
body="""PEDERSEN, Norma Jean (Kvale), age 86, of Richfield, on February 8, 2026. Retired Richfield school secretary, Lutheran Church of the Redeemer altar guild. Preceded in death by husband Vernon and brother Lyle Kvale. Survived by sister-in-law Dot Kvale of North St. Paul; nephews Mark and Tim Kvale; nieces; and friends. Service 1 p.m. Saturday at Redeemer, visitation at noon. Halvorsen-Strand Funeral Home arrangements.""",
gold=[("MSP009", "survivor")]),

dict(guid="msp_tcn_2026_0218", pub="2026-02-18T05:30:00-06:00", title="ENGEBRETSEN, Torvald A. \"Tor\"",
body=_TOR["body"], gold=[]),

dict(guid="msp_tcn_2026_0324", pub="2026-03-24T05:30:00-05:00", title="AMUNDSEN, Steven R.",
body="""AMUNDSEN, Steven Roy, 84, of Thief River Falls, formerly of Warroad, on March 20, 2026. Retired Arctic Cat machinist, Korean-era Navy veteran, lifelong Warroad hockey fan. Survived by wife of 61 years, Phyllis; sons Roger (Deb) and Curtis; 5 grandchildren. Funeral 11 a.m. Thursday at Our Savior's Lutheran, Thief River Falls.""",
gold=[]),

dict(guid="msp_tcn_2026_0612", pub="2026-06-12T05:30:00-05:00", title="NIEMI, Eila Marie (Lahti)",
body="""NIEMI, Eila Marie (Lahti), 80, of Virginia, Minn., on June 8, 2026, at Essentia Health-Virginia. Born in Embarrass to Finnish immigrant parents; retired nurse; sauna every Saturday of her life. Preceded in death by husband Wayne. Survived by daughter Karen (Dale) Maki of Eveleth; sister Margaret "Midge" Hautala of Woodbury; brother Eino Lahti of Aurora; grandchildren. Funeral 11 a.m. Tuesday, Gethsemane Lutheran Church, Virginia. Burial Embarrass Cemetery.""",
gold=[("MSP018", "survivor")]),

dict(guid="msp_tcn_2026_0714", pub="2026-07-14T05:30:00-05:00", title="LOFGREN, Harriet Eleanor",
body="""LOFGREN, Harriet Eleanor, 93, of Minneapolis, July 11, 2026. Fifty years a member of Lake Nokomis Lutheran; Swedish Institute volunteer; famous for her Christmas julbord. Preceded in death by husband Everett. Survived by daughter, the Rev. Kari Lofgren of Minneapolis; son Nils (Amy) Lofgren of Duluth; 4 grandchildren. Memorial 2 p.m. Saturday at Lake Nokomis Lutheran Church.""",
gold=[("MSP020", "survivor")]),

dict(guid="msp_tcn_2026_1020", pub="2026-10-20T05:30:00-05:00", title="KVALE, Dorothy",
body="""KVALE, Dorothy, of Maplewood, on October 17, 2026. Arrangements pending with Kellerman-Roos Funeral Home, Roseville. Notice to follow.""",
gold=[("MSP009", "possible_deceased_client")]),
]
