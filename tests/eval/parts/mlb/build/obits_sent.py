"""The Space Coast Sentinel, paid death notices (brief, surname-first headings, plain text). Hand-labelled."""

FEED = "sent"
ITEMS = [
dict(guid="mlb_scs-dn-2026-0114", pub="2026-01-23T05:00:00-05:00", title="QUACKENBUSH, Thaddeus M. Sr.",
body="""QUACKENBUSH, Thaddeus Martin Sr., 91, of Mims, died January 20, 2026. A retired citrus packer and Korean War veteran, he was a charter member of the Mims Volunteer Fire Department. Survived by his son, Thaddeus "Tad" Quackenbush Jr. (Renee) of Titusville; daughter, Marla Gwinn of DeLand; six grandchildren. Predeceased by his wife, Verna. Visitation Sunday 2-4 p.m., Titusville Memorial Chapel; burial at Crestlawn.""",
gold=[("MLB004", "survivor"), ("MLB005", "survivor")]),

dict(guid="mlb_scs-dn-2026-0151", pub="2026-02-06T05:00:00-05:00", title="STRICKFADEN, Ophelia J.",
body="""STRICKFADEN, Ophelia Jean, 74, of Toledo, Ohio, died February 1, 2026, at the Toledo Hospital. A lifelong Toledoan and a cafeteria manager for Toledo Public Schools for thirty years, she wintered once, in 1988, in Cocoa Beach and talked about it ever after. Survived by her husband, Norbert; sons, Gary and Paul. Services in Toledo. Notice placed by her cousin, Linda Sauer of Titusville.""",
gold=[]),

dict(guid="mlb_scs-dn-2026-0233", pub="2026-03-18T05:00:00-04:00", title="BRUNKHORST, Gerhard",
body="""BRUNKHORST, Gerhard, 90, of Vero Beach, formerly of Hamburg, Germany, died March 14, 2026. A retired master machinist with Piper Aircraft. Survived by his daughter, Anne Wojtaszek (Stan) of West Melbourne; son, Dieter Brunkhorst of Stuart; four grandchildren. Predeceased by his wife, Hannelore. Memorial service Saturday 11 a.m., Trinity Lutheran Church, Vero Beach.""",
gold=[("MLB017", "survivor")]),

dict(guid="mlb_scs-dn-2026-0302", pub="2026-04-20T05:00:00-04:00", title="GREAVES, Leland T.",
body="""GREAVES, Leland Thomas, 83, of Merritt Island, died April 16, 2026. Retired from McDonnell Douglas and Boeing. Survived by his wife of 60 years, Joyce; daughters, Linda Moss of Cocoa and Karen Greaves of Atlanta; his lifelong friend and fishing partner, Ignatius "Iggy" Pflaum of Merritt Island; three grandchildren. Services Thursday 10 a.m., Divine Mercy Catholic Church, Merritt Island.""",
gold=[]),

dict(guid="mlb_scs-dn-2026-0355", pub="2026-05-19T05:00:00-04:00", title="CASTELLUCCI, Philomena (Abbruzzese)",
body="""CASTELLUCCI, Philomena "Mena" (née Abbruzzese), of Melbourne, formerly of Providence, R.I., died May 15, 2026, at home. A seamstress who altered wedding gowns for three generations of Melbourne brides, she was a devoted member of Our Lady of Lourdes parish and its Altar and Rosary Society. Predeceased by her husband, Salvatore, and her son, Anthony. Survived by her daughter, Gina Castellucci Rowe of Orlando; two grandchildren. Mass of Christian Burial Thursday 10 a.m., Our Lady of Lourdes, Melbourne.""",
gold=[("MLB020", "deceased_client")]),

dict(guid="mlb_scs-dn-2026-0418", pub="2026-06-22T05:00:00-04:00", title="OVERBAY, Clarence D.",
body="""OVERBAY, Clarence Dwight, 88, of Wichita, Kansas, formerly of Cocoa, died June 17, 2026. Retired Boeing machinist. Survived by his wife, Ilene; his daughter, Rosalind Thistlewood (Gary) of Wichita; son, Ronald Overbay of Derby, Kansas; five grandchildren. Services in Wichita. Notice placed by friends at Cocoa's Travis Park bowling league.""",
gold=[]),

dict(guid="mlb_scs-dn-2026-0590", pub="2026-09-08T05:00:00-04:00", title="PELLETREAU, Vernon",
body="""PELLETREAU, Vernon, of Merritt Island, passed away September 4, 2026. Arrangements are pending with Brevard Memorial Funeral Home, Cocoa.""",
gold=[("MLB022", "possible_deceased_client")]),
]
