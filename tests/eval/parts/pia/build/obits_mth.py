"""Morton Tri-County Herald - small-town weekly for Morton, Deer Creek, Mackinaw and Eureka: plain-text
obituaries, some Mennonite and Apostolic Christian. Hand-labelled."""

FEED = "mth"
ITEMS = [
dict(guid="pia_mth_obit_2026_0114", pub="2026-01-28T06:00:00-06:00", title="Melvin D. Zehr",
body="""MORTON - Melvin Daniel Zehr, 83, of Morton died at 2:10 p.m. Saturday, Jan. 24, 2026, at Apostolic Christian Restmor.

He was born Aug. 2, 1942, on a farm south of Morton to Jacob and Lena (Schrock) Zehr. He married Alma Gerber on Sept. 20, 1964, at Morton Mennonite Church. She died in 2018.

Melvin farmed east of town for 45 years and built hog barns with his brothers for anybody who asked. He was a member of Morton Mennonite Church, where he taught Sunday school to four decades of eighth graders and sang bass in the men's chorus.

Surviving are his sons, Dale (Sharon) Zehr of Morton and Kevin Zehr of Goshen, Ind.; nine grandchildren; two sisters, Mrs. Harold (Edna) Nafziger of Morton and Lois Sommer of Archbold, Ohio; and one brother, Wilbur Zehr of Deer Creek.

Preceding him in death were his parents, his wife and a brother, Orval.

Funeral services will be at 10 a.m. Friday at Morton Mennonite Church, Pastor Jonathan Stauffer officiating. Burial will be in Mennonite Cemetery. Memorials may be made to Mennonite Central Committee.""",
gold=[("PIA019", "survivor"), ("PIA018", "survivor")]),
# "Mrs. Harold (Edna) Nafziger" = PIA019 (maiden Zehr), her husband PIA018.

dict(guid="pia_mth_obit_2026_0231", pub="2026-03-25T06:00:00-05:00", title="Raymond L. Gingerich",
body="""MORTON - Raymond Lee Gingerich, 61, of Morton died Sunday, March 22, 2026, at OSF Saint Francis Medical Center in Peoria after a brief illness.

He was born Feb. 9, 1965, in Peoria to Ervin and Ruth (Nafziger) Gingerich. He married Lydia Ann Roth on Aug. 16, 1986, at Morton Mennonite Church.

Ray was a service technician for Morton Metalcraft for 32 years and could fix anything that had a motor, a hinge or a grudge. He and Lydia Ann raised their children, and a great many foster children, in the big house on South Main Street.

Surviving are his wife, Lydia Ann (Roth) Gingerich of Morton; three children, Nathan (Jessica) Gingerich of Goshen, Ind., Emma Gingerich of Morton and Luke Gingerich of Bloomington; one grandson; his mother, Ruth Gingerich of Morton; and a sister, Carol Sommer of Eureka.

Services will be at 10:30 a.m. Saturday at Morton Mennonite Church. Burial in Mennonite Cemetery. Memorials to the Morton Pregnancy Resource Center.""",
gold=[("PIA020", "survivor")]),
# Roster spouse of PIA020 (Raymond) is not a client, so she is a survivor (widow).

dict(guid="pia_mth_obit_2026_0298", pub="2026-04-22T06:00:00-05:00", title="Harold J. Nafziger",
body="""ARCHBOLD, Ohio - Harold James Nafziger, 88, of Archbold, Ohio, a cousin of several Morton families, died Tuesday, April 14, 2026, at Fairlawn Haven.

He was born March 30, 1938, in Fulton County, Ohio, to Jacob and Lydia (Rupp) Nafziger and married Verna Stuckey in 1960. He farmed near Archbold and served on the board of Sauder Village.

Survivors include his wife, Verna; four children, all of Ohio; and fourteen grandchildren.

Services were held April 18 at Zion Mennonite Church, Archbold.""",
gold=[]),
# Namesake far away with the same birth date as PIA018 Harold Nafziger of Morton, but of Archbold, Ohio, with a
# wife Verna (roster spouse Edna): nothing. PIA018 is later alive in news (storm story is weather only).

dict(guid="pia_mth_obit_2026_0377", pub="2026-06-03T06:00:00-05:00", title="Marvin E. Sommer",
body="""EUREKA - Marvin Eugene Sommer, 74, of Eureka died May 30, 2026, at his home.

He was born Nov. 11, 1951, in Eureka to Elmer and Katie (Hohulin) Sommer and married Janet Plattner in 1973. Marvin farmed 800 acres of corn and beans north of Eureka, served 20 years on the Woodford County Farm Bureau board and was a trustee of the Apostolic Christian Church.

Surviving are his wife, Janet; sons Dan (Kristen) Sommer of Eureka and Mark Sommer of Roanoke; a daughter, Beth Plattner of Morton; and eight grandchildren.

Services will be at 10 a.m. Thursday at the Apostolic Christian Church, Eureka. Burial in Olio Township Cemetery.""",
gold=[("PIA023", "survivor")]),
]
