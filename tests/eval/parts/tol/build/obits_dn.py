"""The Maumee Valley Courier (invented Toledo metro daily) - paid death notices: terse, surname-first headings.
Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="tol_dn_2026_02_0412", pub="2026-02-19T05:00:00-05:00", title="PRZYBYLSKI, Stanley J. \"Stan\"",
body="""PRZYBYLSKI, Stanley J. "Stan," 82, Toledo, Feb. 14, 2026. Beloved husband of Dorothy; father of Mark (Theresa) and Jolie; grandfather of three. Mass of Christian Burial Fri. 10 a.m., Our Lady of Czestochowa Shrine Church. Lagrinka & Birmingham Funeral Chapels.""",
gold=[]),   # later second copy of tol_fh_2026_0114: labelled on the funeral-home copy only

dict(guid="tol_dn_2026_03_0188", pub="2026-03-11T05:00:00-05:00", title="NEMETH, Jozsef",
body="""NEMETH, Jozsef "Joe," 84, of Toledo, March 8, 2026. Retired tool-and-die maker, 35 years at the Rossford glass plant. Survived by his daughter, Krisztina "Kriszti" Halmagyi (Gabor) of Rossford; grandsons Mate and Bence. Preceded by his wife, Erzsebet. Visitation Thurs. 4-7 p.m., Birmingham chapel; Mass Fri. 10 a.m., St. Stephen of Hungary.""",
gold=[("TOL009", "survivor")]),

dict(guid="tol_dn_2026_04_0057", pub="2026-04-03T05:00:00-04:00", title="ZAWIERUCHA, Helen",
body="""ZAWIERUCHA, Helen, Toledo, April 1, 2026. Arrangements pending with Zielinski-Kowal Funeral Home, Sylvania Ave.""",
gold=[("TOL013", "possible_deceased_client")]),

dict(guid="tol_dn_2026_04_0301", pub="2026-04-22T05:00:00-04:00", title="SOBIERALSKI, Anton P.",
body="""SOBIERALSKI, Anton P. "Tony," 90, of Monroe, Mich., April 19, 2026. Retired from the Monroe stamping plant after 36 years; UAW. Husband of the late Jeanette; father of Paul (Donna) and the late Michael; brother of Bernadette "Bernie" Grzelak (Ted) of Monroe. Funeral Mass Sat. 11 a.m., St. Mary Catholic Church, Monroe. Raisin River Funeral Home.""",
gold=[("TOL011", "survivor"), ("TOL010", "survivor")]),

dict(guid="tol_dn_2026_05_0119", pub="2026-05-07T05:00:00-04:00", title="MROCZKOWSKI, Gerald A. \"Jerry\"",
body="""MROCZKOWSKI, Gerald A. "Jerry," 31, of Parma, formerly of Maumee, May 2, 2026. Maumee High School Class of 2013; sous-chef. Son of Dennis and Carla Mroczkowski of Parma; brother of Ashley. Memorial gathering Sat. 1-4 p.m., Parma. Memorials to a Cleveland addiction-recovery charity of your choice.""",
gold=[]),   # namesake of TOL012 (Maumee, b. 1955): clearly different age -> nothing

dict(guid="tol_dn_2026_05_0277", pub="2026-05-21T05:00:00-04:00", title="CHMIELOWIEC, Bogdan",
body="""CHMIELOWIEC, Bogdan, 79, of Bowling Green, May 17, 2026. Born in Rzeszow, Poland; Solidarity shipyard organizer in Gdansk; came to Bowling Green in 1988 and taught Polish language and history at BGSU. Survived by son Andrzej "Andy" (Renata) Chmielowiec of Bowling Green; grandchildren Kacper and Maja. Preceded by wife Halina. Mass Tues. 11 a.m., St. Aloysius, Bowling Green.""",
gold=[("TOL021", "survivor"), ("TOL022", "survivor")]),

dict(guid="tol_dn_2026_06_0044", pub="2026-06-04T05:00:00-04:00", title="ASSALEY, Nadia",
body="""ASSALEY, Nadia (Khoury), 88, of Dearborn, Mich., formerly of Toledo's Old West End, May 31, 2026. Wife of the late Fouad; mother of George, Samir and Leila; teta of nine. Divine Liturgy Sat. 10 a.m., St. Elias Church, Dearborn. Arrangements by Cedar Valley Funeral Home, Dearborn.""",
gold=[]),   # namesake of TOL018 (Sylvania, b. 1971): another city and a clearly different age -> nothing
]
