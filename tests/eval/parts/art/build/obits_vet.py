"""North Country Veterans Council "Final Roll Call" (Fort Drum and Jefferson County veterans' community): terse
military death notices, rank and branch first, surname in capitals. Plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_nvc-rollcall-2026-0202", pub="2026-02-02T08:00:00-05:00",
title="CW3 Harlow T. ASHPOLE, USA (Ret.), 70, Chaumont",
body="""CW3 Harlow T. ASHPOLE, U.S. Army (Ret.), 70, of Chaumont, answered the last roll call on January 29, 2026, at the Syracuse VA Medical Center.

Born May 4, 1955, in Watertown. Enlisted 1973; warrant officer, UH-1 and UH-60 pilot; served with the 10th Mountain Division at Fort Drum and in Operation Desert Storm. Retired 1998. Life member of VFW Post 1400 and American Legion Post 61.

Survived by his brother, Gideon Ashpole of Chaumont; his niece, Marisol Haverkamp (SSG Dustin Haverkamp) of Calcium; and his companion of twenty years, Darlene Kittle of Three Mile Bay. Preceded in death by his parents, Earl and Vera Ashpole.

Full military honors at the Sackets Harbor Military Cemetery, Friday at 1100. Honor guard: Fort Drum.""",
gold=[("ART020", "survivor")]),

dict(guid="art_nvc-rollcall-2026-0525", pub="2026-05-25T08:00:00-04:00",
title="SGM Thaddeus R. QUACKENBUSH, USA (Ret.), 80, Fort Myers, Fla.",
body="""SGM Thaddeus R. QUACKENBUSH, U.S. Army (Ret.), 80, of Fort Myers, Florida, died May 19, 2026. Memorial Day notice submitted by his former unit.

Born 1945 in Schenectady, N.Y. Two tours in Vietnam; first sergeant, 1st Battalion, 22nd Infantry, Fort Drum, 1986-1989; retired 1995 as command sergeant major of the Florida National Guard training site. He never forgot the winters at Drum and never forgave them.

Survived by his wife of 56 years, Bonita; his son, Chief Warrant Officer Dean Quackenbush, of Tampa; and four grandchildren.

Services with military honors at Sarasota National Cemetery. Hooah, Sergeant Major.""",
gold=[]),

dict(guid="art_nvc-rollcall-2026-0814", pub="2026-08-14T08:00:00-04:00",
title="MSG Raymond E. GAUDREAU, USA (Ret.), 81, Massena",
body="""MSG Raymond E. GAUDREAU, U.S. Army (Ret.), 81, of Massena, died August 11, 2026, at Massena Hospital.

Born February 2, 1945, in Ogdensburg. Served 1963-1985; Vietnam 1967-1968 with the 1st Infantry Division (Bronze Star); later first sergeant at Fort Drum. After the Army, 20 years at the Reynolds plant in Massena.

Survived by his wife, Jacqueline; his son, Ronald Gaudreau of Potsdam; his sister-in-law, Yvette Gaudreau of Alexandria Bay; and nieces and nephews. Preceded in death by his brother, Ferdinand "Ferd" Gaudreau of Alexandria Bay, in March of this year, and by his sister, Therese Hebert.

Mass at Sacred Heart Church, Massena, Monday at 10:00; military honors at the graveside.""",
gold=[("ART014", "survivor")]),
]
