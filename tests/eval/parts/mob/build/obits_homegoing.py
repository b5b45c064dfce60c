"""Gaineswood Memorial Chapel (Prichard, Ala.): African American homegoing notices ("transitioned", "leaves to
cherish her memory", "a host of nieces"), teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "homegoing"
ITEMS = [
dict(guid="mob_gaineswood_tribute_260120_ozella-threadcraft", pub="2026-01-20T11:15:00-06:00",
title="Homegoing Celebration for Mother Ozella Threadcraft",
body="""Mother Ozella Threadcraft, 79, of Prichard, transitioned from labor to reward on Saturday, January 17, 2026, at Providence Hospital, surrounded by her children.

Mother Threadcraft was born September 2, 1946, in Thomasville, Alabama, to the late Deacon Amos and Mother Willie Bell Harris. She accepted Christ at an early age and united with Greater Mount Moriah Missionary Baptist Church in Prichard in 1967, where she served faithfully on the Mothers' Board, the Kitchen Ministry and the Usher Board for more than fifty years. She retired from the Mobile County Public School System after 31 years as a lunchroom manager at Vigor High School, where "Miss Ozella" was known for her cornbread and for never letting a child go hungry.

She was preceded in death by her husband of 44 years, Darnell Threadcraft Sr.; her parents; and four brothers.

She leaves to cherish her memory: one son, Deacon Darnell Threadcraft Jr. (Yolanda) of Mobile; two daughters, Carolyn Threadcraft Ames (Marcus) of Atlanta, Georgia, and Sharon Threadcraft of Houston, Texas; eight grandchildren; five great-grandchildren; a devoted friend, Mother Essie Lott; and a host of nieces, nephews, cousins, church family and friends.

Homegoing services will be held at 11 a.m. Saturday, January 24, at Greater Mount Moriah Missionary Baptist Church, 1200 Wilson Avenue, Prichard, with the Rev. Alvin Crumpton delivering the eulogy. Interment will follow at Mobile Memorial Gardens. The family will receive friends Friday from 5 to 7 p.m. at Gaineswood Memorial Chapel.""",
gold=[("MOB003", "deceased_client"), ("MOB004", "survivor"), ("MOB005", "survivor")]),

dict(guid="mob_gaineswood_tribute_260522_roosevelt-tellis", pub="2026-05-22T14:00:00-05:00",
title="Celebrating the Life of Deacon Roosevelt Tellis",
body="""Deacon Roosevelt Tellis, 81, of Saraland, departed this earthly life on Tuesday, May 19, 2026, at his home.

Born in Wilcox County and raised in Plateau, Roosevelt served his country in the U.S. Army in Vietnam and then worked 36 years as a welder at the shipyard on Blakeley Island. He was a deacon of Union Hill Baptist Church for 40 years, a Mason, and the man in Saraland everybody called when a lawn mower would not start. He never met a stranger.

He was preceded in death by his wife, Mother Hattie Tellis; his parents; and a daughter, Gwendolyn.

He leaves to cherish his memory: his son, Kendrick Tellis (Monique) of Satsuma; his daughter, Angela Tellis Mims (Curtis) of Montgomery; his grandchildren, Jaylen, Kiara, Brandon and Curtis Jr.; a sister, Odessa Tellis Hall of Detroit, Michigan; and a host of nieces, nephews, cousins and friends.

A homegoing celebration will be held at 1 p.m. Saturday, May 30, at Union Hill Baptist Church in Saraland. Military honors will be rendered by the Alabama Army National Guard. Interment: Alabama State Veterans Memorial Cemetery at Spanish Fort.""",
gold=[("MOB012", "survivor"), ("MOB013", "survivor")]),

dict(guid="mob_gaineswood_tribute_260814_lula-mae-pettaway", pub="2026-08-14T10:30:00-05:00",
title="Homegoing Celebration for Mother Lula Mae Pettaway",
body="""Mother Lula Mae Pettaway, 93, of Prichard, peacefully transitioned on Monday, August 10, 2026, at Springhill Manor.

Born in Choctaw County, Alabama, she came to Prichard as a young bride and never left. She was a faithful member of Greater Mount Moriah Missionary Baptist Church for 71 years, a charter member of the Prichard Garden Club and a seamstress whose Easter dresses and Mardi Gras costumes were admired from Davis Avenue to Crichton.

She was preceded in death by her husband, Deacon Otis Pettaway; a son, Otis Jr.; and all of her brothers and sisters.

She leaves to cherish her memory: two daughters, Yolanda Threadcraft (Darnell) of Mobile and Ernestine "Teenie" Pettaway of Chickasaw; one son, Wendell Pettaway of Prichard; nine grandchildren; seventeen great-grandchildren; three great-great-grandchildren; a devoted neighbor, Sis. Ruby Nettles; and a host of nieces, nephews, cousins and her Greater Mount Moriah family.

Homegoing services will be held at noon Saturday, August 22, at Greater Mount Moriah Missionary Baptist Church, the Rev. Alvin Crumpton, pastor, officiating. Pallbearers: Terrance Kynard, Jamal Threadcraft, Corey Pettaway, Marcus Ames, Dewayne Nettles and Otis Pettaway III. Interment at Mobile Memorial Gardens.""",
gold=[("MOB005", "survivor"), ("MOB004", "survivor"), ("MOB011", "survivor")]),

dict(guid="mob_gaineswood_tribute_261006_gloria-mayes", pub="2026-10-06T09:45:00-05:00",
title="Homegoing Celebration for Sister Gloria Dean Mayes",
body="""Sister Gloria Dean Mayes, 68, of Mobile, answered the Master's call on Thursday, October 1, 2026, at Mobile Infirmary.

Gloria was born in Mobile and graduated from Blount High School and Bishop State Community College. She worked 29 years as a licensed practical nurse at the University of South Alabama Medical Center and sang alto in the Greater Mount Moriah Mass Choir.

She leaves to cherish her memory: her husband of 45 years, Brother Leon Mayes; two sons, Leon Mayes Jr. (Tamika) and Cedric Mayes, both of Mobile; a daughter, Dr. Keisha Mayes Fairley of Birmingham; six grandchildren; a sister, Dorothy Billups of Chicago; and a host of nieces, nephews, cousins and friends.

Order of service, Saturday, October 10, at 11 a.m., Greater Mount Moriah Missionary Baptist Church: Processional; Hymn of Comfort; Scripture, Old and New Testament, by the Associate Ministers; Acknowledgments and Resolutions; Reading of the Obituary, Sis. Ernestine Pettaway; Selection, the Mass Choir; Eulogy, the Rev. Alvin Crumpton. Interment: Mobile Memorial Gardens. Professional services entrusted to Gaineswood Memorial Chapel.""",
gold=[]),
]
