"""North Country Sentinel (Plattsburgh, N.Y.): terse paid death notices, surname-first headings, plain text.
French-Canadian families of Clinton County; dit names. Hand-labelled."""

FEED = "ncs"
ITEMS = [
dict(guid="btv_ncs_2026_0122_boulanger", pub="2026-01-22T05:00:00-05:00", title="BOULANGER, Rose-Anna (Lefebvre dit Boulanger)",
body="""BOULANGER, Rose-Anna (Lefebvre dit Boulanger), 97, of Plattsburgh, died Jan. 19, 2026, at Saranac View Nursing Home. Born in Chazy to Ovila and Délima (Trombley) Lefebvre dit Boulanger, she married Omer Boulanger, a cousin "on the dit side," in 1949. She worked in the cafeteria at St. John's Academy for 25 years. Survived by her son Armand Boulanger (Gisèle) of Peru; daughters Jeannine Racine of Chazy and Thérèse Boulanger of Albany; 9 grandchildren; 14 great-grandchildren. Predeceased by her husband Omer in 1998 and son Roger in 2011. Mass of Christian Burial Sat., 10 a.m., St. Ann's Church; burial in spring, St. Peter's Cemetery. Cumberland Head Funeral Home, Plattsburgh.""",
gold=[("BTV015", "survivor")]),

dict(guid="btv_ncs_2026_0226_marcotte", pub="2026-02-26T05:00:00-05:00", title="MARCOTTE, Henri J.",
body="""MARCOTTE, Henri J., 81, of Plattsburgh, died Feb. 23, 2026, at CVPH Medical Center. Retired from the Plattsburgh Air Force Base civil engineering squadron; later a school bus driver for the Plattsburgh City School District; longtime usher at St. Peter's. Survived by his wife of 54 years, Cécile (Dubuc) Marcotte; sons Daniel (Kim) of Cadyville and Paul of Saratoga Springs; 4 grandchildren; sister Georgette Lamoy of Champlain. Calling hours Fri., 4-7 p.m., Cumberland Head Funeral Home, Plattsburgh; Mass Sat., 11 a.m., St. Peter's Church. In lieu of flowers, donations to the Clinton County Honor Guard.""",
gold=[("BTV017", "survivor")]),

dict(guid="btv_ncs_2026_0319_choiniere", pub="2026-03-19T05:00:00-04:00", title="CHOINIERE, Raymond L. \"Ray\"",
body="""CHOINIERE, Raymond L. "Ray", 90, of Cadyville, formerly of Plattsburgh, died March 16, 2026, at home. Navy veteran (Korea); 32 years a lineman for the power company; charter member of the Cadyville Fire Department. Survived by daughters Lorraine Bessette and her husband, Gaétan "Guy," of Plattsburgh, and Diane Choinière-Wells of Morrisonville; son Michel Choinière of Dannemora; 6 grandchildren. Predeceased by his wife, Jacqueline (Patnode), in 2019. Graveside service with military honors in May, Cadyville Cemetery. Racette Funeral Home, Peru.""",
gold=[("BTV014", "survivor"), ("BTV013", "survivor")]),

dict(guid="btv_ncs_2026_0421_brisebois", pub="2026-04-21T05:00:00-04:00", title="BRISEBOIS, Jean-Paul",
body="""BRISEBOIS, Jean-Paul, 71, of Sherbrooke, Que., formerly of Rouses Point, died April 16, 2026, at the CHUS Fleurimont hospital in Sherbrooke. Retired customs broker at the Champlain-Lacolle crossing. Survived by his wife Huguette (Pépin); daughters Nathalie and Sophie, both of Sherbrooke; a brother, Réal Brisebois of Rouses Point. Funeral Mass was celebrated April 20 at Cathédrale Saint-Michel, Sherbrooke. Local arrangements: Lacolle Road Funeral Home, Rouses Point.""",
gold=[]),

dict(guid="btv_ncs_2026_0512_trombley", pub="2026-05-12T05:00:00-04:00", title="TROMBLEY, Gilbert A. \"Gib\"",
body="""TROMBLEY, Gilbert A. "Gib", 68, of Plattsburgh, died May 9, 2026, at the University of Vermont Medical Center in Burlington. Retired millwright at the Plattsburgh paper mill; bowler, deer hunter, and for forty years the man who ran the fish fry at the Knights of Columbus. Survived by his wife Linda (Duquette); son Jason (Amber) of Beekmantown; daughter Kelly Trombley of Plattsburgh; 3 grandchildren; brothers Wayne and Alan. Mass Thurs., 10 a.m., St. Alexander's Church, Morrisonville. Bearers: Jason Trombley, Wayne Trombley, Guy Bessette, Dennis LaDuke, Ron Lagree and Mike Sorrell. Burial, St. Alexander's Cemetery. Cumberland Head Funeral Home.""",
gold=[]),
dict(guid="btv_ncs_2026_0130_lafountain", pub="2026-01-30T05:00:00-05:00", title="LaFOUNTAIN, Dorothy (Dubuc) \"Dot\"",
body="""LaFOUNTAIN, Dorothy (Dubuc) "Dot", 83, of Morrisonville, died Jan. 27, 2026, at CVPH Medical Center. Born in Plattsburgh, daughter of Léon and Albina (Giroux) Dubuc. Waitress 40 years at the Lakeside Hot Dog stand on Cumberland Head; never missed a Saturday bingo at St. Alexander's. Survived by her sister Cécile (Henri) Marcotte of Plattsburgh; nieces and nephews. Predeceased by her husband Eugene LaFountain in 2008 and brothers Gérard and Roland Dubuc. Mass Tues., 11 a.m., St. Alexander's Church; burial in spring. Racette Funeral Home, Peru.""",
gold=[("BTV017", "survivor")]),
]
