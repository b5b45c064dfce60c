"""Valley Mercury-Courier paid death notices: short, surname-first headings, plain text. Hand-labelled."""

FEED = "vmc"
ITEMS = [
dict(guid="sjc_vmc_dn_20260121_07", pub="2026-01-21T05:00:00-08:00", title="NAKAMURA, Kenji Daniel",
body="""NAKAMURA, Kenji Daniel, 26, of San Jose, died January 17, 2026, in a climbing accident near Yosemite. A 2017 graduate of Lincoln High School and San Jose State. Survived by his parents, Steven and Carol Nakamura of San Jose; his sister, Emi; and his grandmother, Alice Nakamura of Sacramento. Memorial service at 2 p.m. Jan. 31 at San Jose Buddhist Church Betsuin.""",
gold=[]),  # young namesake: roster SJC016 Kenji Nakamura b. 1949, wife June -> nothing

dict(guid="sjc_vmc_dn_20260209_03", pub="2026-02-09T05:00:00-08:00", title="KRISHNAMURTHY, Lakshmi",
body="""KRISHNAMURTHY, Lakshmi, 86, of Cupertino, formerly of Chennai, India, passed away peacefully February 5, 2026. Beloved mother of Raj Krishnamurthy and his wife Priya of Cupertino and of Suresh Krishnamurthy of Austin, Texas; grandmother of Arjun, Meera and Kavya. Prayer service at 11 a.m. Feb. 11 at Lima Family Santa Clara Mission chapel.""",
gold=[("SJC013", "survivor"), ("SJC014", "survivor")]),

dict(guid="sjc_vmc_dn_20260318_11", pub="2026-03-18T05:00:00-07:00", title="FUJIMOTO, Grace",
body="""FUJIMOTO, Grace, of Campbell, passed away March 14, 2026. Arrangements are pending with Oak Hill & Bayside Family Funeral Chapels.""",
gold=[("SJC018", "possible_deceased_client")]),  # same name and town, no age, no family: verify

dict(guid="sjc_vmc_dn_20260325_02", pub="2026-03-25T05:00:00-07:00", title="DELA CRUZ, Benigno",
body="""DELA CRUZ, Benigno "Ben" A., 71, of Vallejo, died March 20, 2026. Retired Mare Island shipfitter and U.S. Navy veteran. Survived by his wife, Norma; his children, Mark and Jennifer; and his brothers, Rodolfo "Rudy" Dela Cruz of Milpitas and Romeo Dela Cruz of Cebu City. Viewing 5-9 p.m. March 27 at Twin Chapels, Vallejo.""",
gold=[("SJC011", "survivor")]),

dict(guid="sjc_vmc_dn_20260407_05", pub="2026-04-07T05:00:00-07:00", title="VILLALOBOS, Roberto",
body="""VILLALOBOS, Roberto, 77, of Fresno, died April 2, 2026. Retired Fresno County sheriff's deputy. Survived by his wife of 52 years, Dolores; his sons, Roberto Jr. of Clovis and Daniel of Los Banos; and seven grandchildren. Mass at 10 a.m. April 10 at St. Anthony of Padua, Fresno.""",
gold=[]),  # namesake far away and ~30 years older than roster SJC022 (San Jose, wife Erica) -> nothing

dict(guid="sjc_vmc_dn_20260513_09", pub="2026-05-13T05:00:00-07:00", title="O'CONNELL, Margaret Rose",
body="""O'CONNELL, Margaret Rose "Peggy," 92, of San Jose, died May 9, 2026. Longtime parishioner of Holy Cross Church in Willow Glen. Survived by her sons, Dennis O'Connell of San Jose and Brian O'Connell of Portland, Ore.; and four grandchildren. Funeral Mass at 10 a.m. May 16 at Holy Cross Church.""",
gold=[]),  # SJC019 Dennis "OConnell" is do_not_contact -> nothing

dict(guid="sjc_vmc_dn_20260602_04", pub="2026-06-02T05:00:00-07:00", title="VO, Van Duc",
body="""VO, Van Duc, 82, of San Jose, died May 29, 2026. Born in Hue, Vietnam; came to San Jose in 1980 and ran a tailoring shop on Story Road for thirty years. Survived by his wife, Le Thi Sen; his children, Vo Bich Ngoc of San Jose, Vo Minh Quang of Sacramento and Vo Thi Hanh of Houston; and six grandchildren. Funeral at 9 a.m. June 5 at the San Jose chapel of Oak Hill & Bayside.""",
gold=[("SJC003", "survivor")]),
]
