"""Holy Cross and Sacred Heart parishes, New Britain: weekly bulletin "Módlmy się za zmarłych / Let us pray for the
departed", short bilingual Polish/English notices, plain text. Hand-labelled."""

FEED = "hcb"
ITEMS = [
dict(guid="hfd_hcb-2026-02-08-1", pub="2026-02-08T07:00:00-05:00", title="Śp. Henryk Zawadzki - New Britain",
body="""Śp. Henryk Zawadzki, lat 83, zmarł 3 lutego 2026. Please remember in your prayers our parishioner Henryk Zawadzki, 83, of New Britain, who died on February 3 after a long illness. Born in Tarnów, he came to New Britain in 1966 and was for many years an usher at the 8:30 Polish Mass. He is mourned by his wife, Danuta; his daughter, Ewa Zawadzki of Newington; and his sister, Helen Wisniewski and her husband, Stanley, of New Britain. The funeral Mass was celebrated on Saturday. Wieczny odpoczynek racz mu dać, Panie.""",
gold=[("HFD002", "survivor"), ("HFD001", "survivor")]),

dict(guid="hfd_hcb-2026-03-15-1", pub="2026-03-15T07:00:00-04:00", title="Śp. Zofia Sobczak - Bristol",
body="""Śp. Zofia Sobczak, lat 90. Zofia (Krawczyk) Sobczak, 90, of Bristol, formerly of Booth Street, New Britain, fell asleep in the Lord on March 9 at the Ingraham Manor. She sang in the Holy Cross choir for forty years before moving to Bristol to be near her family. She leaves her son, Gregory Sobczak, and his wife, Mary Beth, of Bristol, with whom she lived; her grandchildren, Adam and Natalie; and her sister, Irena, in Kraków. Her funeral Mass will be celebrated Tuesday at 10 a.m. at St. Stanislaus Church, Bristol.""",
gold=[("HFD004", "survivor")]),

dict(guid="hfd_hcb-2026-05-03-1", pub="2026-05-03T07:00:00-04:00", title="Śp. Władysław Nowak - New Britain",
body="""Śp. Władysław Nowak, lat 88, zmarł 28 kwietnia. Please pray for Władysław "Walt" Nowak, 88, of New Britain, a founder of the Falcons Nest No. 88 and a devoted husband to his late wife, Halina. He is survived by his nieces, Joanna Kozak of Berlin and Beata Nowak of Chicago. Pallbearers were members of the Polish American Veterans Post, among them Stan Wisniewski and Joe Kowalczyk. The funeral was held Saturday at Holy Cross.""",
gold=[]),

dict(guid="hfd_hcb-2026-06-14-1", pub="2026-06-14T07:00:00-04:00", title="Śp. Stanisław (Stanley) Wisniewski - New Britain",
body="""Śp. Stanisław "Stan" Wisniewski, lat 78. We commend to your prayers our brother in the choir, Stanley Wisniewski, who died June 5. His funeral Mass was celebrated here on Thursday. Our sympathy to his wife, Helen, and to their sons, Mark and David, and their families. Niech odpoczywa w pokoju.""",
gold=[]),
]
