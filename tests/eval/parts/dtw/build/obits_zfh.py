"""Zielinski & Sons Funeral Home, Hamtramck: Polish-American obituaries (Polish given names, Sto lat, Polish
Legion of American Veterans, parish of St. Florian / Our Lady Queen of Apostles). Plain text. Hand-labelled."""

FEED = "zfh"
ITEMS = [
dict(guid="dtw_zfh_2026_0114", pub="2026-01-19T08:00:00-05:00", title="Leokadia \"Lottie\" Wnuk",
body="""Leokadia "Lottie" Wnuk (nee Sobczak), age 97, of Hamtramck, fell asleep in the Lord on January 16, 2026. Born in Hamtramck in 1928, she worked 30 years at the Chrysler Dodge Main plant and never missed a Paczki Day.

Beloved wife of the late Bolesław. Dear mother of Dorota "Dottie" Grzeskowiak of Hamtramck and the late Edward Wnuk. Proud Babcia of Michael and Anna. Sister of the late Stanisława and Józef.

Visitation Thursday 3-8 p.m. at Zielinski & Sons, with a rosary at 7 p.m. Funeral Mass Friday 10 a.m. at St. Florian Church. Interment Mount Olivet Cemetery. In lieu of flowers, memorials to the Polish Art Center scholarship fund.""",
gold=[("DTW012", "survivor")]),

dict(guid="dtw_zfh_2026_0209", pub="2026-02-12T08:00:00-05:00", title="Stanley J. \"Stash\" Przybylowicz",
body="""Stanley J. "Stash" Przybylowicz, age 85, of Hamtramck, passed away February 10, 2026. He was born February 9, 1941, in Hamtramck, the son of Polish immigrants from Rzeszów, and celebrated his 85th birthday with his family the day before he died.

Stash served in the U.S. Army in Germany and then 34 years as a tool and die maker at Chevrolet Gear & Axle. He was a past commander of Polish Legion of American Veterans Post 10 and sang bass in the St. Florian choir for half a century.

Beloved husband of 59 years of Halina (nee Zaremba). Loving father of Mark (Joanne) Przybylowicz of Sterling Heights and Teresa Przybylowicz of Chicago. Dear Dziadzia of four. Brother of the late Casimir.

Visitation Sunday 2-8 p.m., Zielinski & Sons Funeral Home, 11800 Jos. Campau, Hamtramck; Parastas 7 p.m. Funeral Mass Monday 10 a.m. at Our Lady Queen of Apostles. Pallbearers: Kaz Pawlikowski, Jerry Koscielniak, Tom Wilk, Rick Nowicki. Military honors at Mount Olivet Cemetery.""",
gold=[("DTW010", "deceased_client"), ("DTW011", "spouse_of_deceased_client")]),

dict(guid="dtw_zfh_2026_0302", pub="2026-03-05T08:00:00-05:00", title="Irena Koscielniak",
body="""Irena Koscielniak (nee Jablonski), age 93, of Hamtramck, entered eternal rest March 2, 2026. Irena was a seamstress at the Hamtramck Sewing Center and a lifelong member of the Polish National Alliance Lodge 2415.

Wife of the late Walter. Mother of Gerald "Jerry" Koscielniak of Hamtramck and Barbara (Dennis) Kulka of Warren. Babcia of five.

Funeral Mass Saturday 10 a.m. at St. Florian Church. Interment Mount Olivet.""",
gold=[]),

dict(guid="dtw_zfh_2026_0327", pub="2026-03-30T08:00:00-04:00", title="Wanda Pawlikowski",
body="""Wanda Pawlikowski (nee Kubiak), age 90, formerly of Hamtramck, died March 27, 2026, at Marian Village, Livonia.

Beloved wife of the late Zygmunt. Loving mother of Kazimierz "Kaz" (Irene) Pawlikowski of Dearborn Heights and Janina (Paul) Sroka of Canton. Babcia of six, Prababcia of two. Preceded in death by her sister, Dorota Grzeskowiak of Chicago.

Funeral Mass Wednesday 10 a.m. at Our Lady Queen of Apostles, Hamtramck. Interment Mount Olivet Cemetery.""",
gold=[("DTW013", "survivor")]),

dict(guid="dtw_zfh_2026_0421", pub="2026-04-24T08:00:00-04:00", title="Krystyna Zaremba",
body="""Krystyna Zaremba, age 86, of Warren, formerly of Hamtramck, fell asleep in the Lord April 21, 2026. Born in Kraków, she came to Hamtramck in 1958 and worked as a bookkeeper for the Polish Daily News.

Daughter of the late Jan and Zofia. Beloved sister of Halina (the late Stanisław "Stash") Przybyłowicz of Hamtramck and the late Ryszard Zaremba. Dear aunt of Mark, Teresa and many nieces and nephews in Poland.

Funeral Mass Tuesday 10 a.m. at St. Florian Church, Hamtramck. Interment Mount Olivet. Wieczny odpoczynek racz jej dać, Panie.""",
gold=[("DTW011", "survivor")]),
]
