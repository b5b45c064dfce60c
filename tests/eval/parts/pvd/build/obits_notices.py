"""SouthCoast & Blackstone Valley Paid Death Notices: terse surname-first paid notices (Fall River, New Bedford,
Pawtucket, Central Falls, Providence), plain text. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="pvd_sdn_2026_01_23_04", pub="2026-01-23T06:00:00-05:00", title="TROMBETTA, CARMELA (DiSandro)",
body="""TROMBETTA, CARMELA (DiSandro), 94, of Providence, Jan. 17, 2026. Wife of the late Salvatore Trombetta. Mother of Anna Marie Capobianco (Joseph Jr.) and Francesca Trombetta. Grandmother of Marisa and Paul. Funeral Thursday 9 a.m. from Caruolo-Venditto Funeral Home, 320 Atwells Ave., Providence; Mass 10 a.m. Holy Ghost Church.""",
gold=[]),  # later, shorter copy of pvd_nbj_obit_2026_0119: labelled on the earlier copy only

dict(guid="pvd_sdn_2026_05_12_02", pub="2026-05-12T06:00:00-04:00", title="SEMEDO, DOMINGOS",
body="""SEMEDO, DOMINGOS, 62, of Brockton, May 9, 2026. Husband of Lídia (Gomes) Semedo. Father of Kevin, Jailson and Edmilson Semedo, all of Brockton. Born in Santa Catarina, Santiago, Cape Verde. Retired MBTA bus driver. Mass Friday 10 a.m. at St. Edith Stein Parish, Brockton. Arrangements by the Russell & Pica Funeral Home, Brockton.""",
gold=[]),  # namesake of PVD007 (Pawtucket, wife Ana Lucia): different town and state, different wife

dict(guid="pvd_sdn_2026_07_02_01", pub="2026-07-02T06:00:00-04:00", title="OUIMETTE, ROLAND J.",
body="""OUIMETTE, ROLAND J., 88, of Central Falls, June 29, 2026. Husband of the late Jeannine (Paquin) Ouimette. Father of Christine "Chris" Ouimette of Central Falls and Marc Ouimette of Lincoln. Brother of Therese Gagne of Woonsocket. Retired loom fixer, Lorraine Mills. Mass of Christian Burial Monday 10 a.m. at Notre Dame Church, Central Falls. Arrangements by Manning-Heffern.""",
gold=[("PVD020", "survivor")]),

dict(guid="pvd_sdn_2026_08_18_03", pub="2026-08-18T06:00:00-04:00", title="PACHECO, EDUARDO M.",
body="""PACHECO, EDUARDO M., 70, of New Bedford, Aug. 14, 2026. Husband of Gloria (Faria) Pacheco. Father of Ryan and Nicole Pacheco. Brother of Alda Rego of Fall River. Retired fisherman, F/V Santa Isabel. Funeral Saturday 9 a.m. from Rosario & Filhos, 1040 Acushnet Ave.; Liturgy of the Word at the funeral home led by Deacon Armando Estrela. Burial Pine Grove Cemetery.""",
gold=[]),  # PVD019 Armando Estrela is the officiating deacon: nothing

dict(guid="pvd_sdn_2026_09_15_02", pub="2026-09-15T06:00:00-04:00", title="LETENDRE, LUCILLE",
body="""LETENDRE, LUCILLE, of Pawtucket, Sept. 12, 2026. Arrangements are pending and will be announced by the Lachapelle Funeral Home, Pawtucket.""",
gold=[("PVD012", "possible_deceased_client")]),
]
