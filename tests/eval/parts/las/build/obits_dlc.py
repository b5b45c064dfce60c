"""Desert Lawn Memorial Chapels (Henderson and Las Vegas): funeral-home site, HTML in content:encoded, a
one-sentence plain description. Hand-labelled (gold=[...])."""

FEED = "dlc"
ITEMS = [
dict(guid="las_dlc_2026_0114", pub="2026-02-11T10:15:00-08:00", title="Bernard J. \"Bernie\" Wasielewski (1944 - 2026)",
body="""Bernard Joseph "Bernie" Wasielewski, 81, of Henderson, passed away peacefully on Saturday, February 7, 2026, at St. Rose Dominican Hospital, Siena Campus, with his wife holding his hand.

Bernie was born October 3, 1944, in Cicero, Illinois, the son of Stanley and Helen Wasielewski. He served with the U.S. Army in Germany, then spent 36 years as a tool-and-die maker at Western Electric's Hawthorne Works. In 2007 he and Dolores traded Chicago winters for the desert and never once regretted it. At Sun City Anthem he ran the Tuesday pinochle table, sang bass in the men's chorus and grilled kielbasa for every Fourth of July block party.

Bernie is survived by his wife of 58 years, Dolores (Kowalczyk) Wasielewski of Henderson; his daughters, Karen (Mike) Brandvold of Naperville, Ill., and Joanne Wasielewski of Denver; his son, Stephen (Tricia) Wasielewski of Henderson; six grandchildren; and his brother, Edward, of Berwyn, Ill. He was preceded in death by his parents and his sister, Irene Pacholski.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday, February 13, at St. Thomas More Catholic Community, Henderson, with Fr. Adrian Mendoza presiding. Interment with military honors will follow at the Southern Nevada Veterans Memorial Cemetery in Boulder City.""",
gold=[("LAS008", "deceased_client"), ("LAS009", "spouse_of_deceased_client")]),

dict(guid="las_dlc_2026_0139", pub="2026-03-04T09:40:00-08:00", title="Leonor Reyes Dimaculangan (1931 - 2026)",
body="""Leonor Reyes Dimaculangan, 94, of Henderson, formerly of Lipa City, Batangas, Philippines, was called home to the Lord on February 28, 2026, surrounded by her children and grandchildren, who prayed the rosary at her bedside.

Lola Leonor, as everyone called her, was a public-school teacher in Batangas for thirty years before joining her children in Nevada in 1994. Her kitchen on Wigwam Parkway fed three generations and half the choir of St. Francis of Assisi, and her leche flan was requested at every baptism, debut and wedding in the family.

She is survived by her daughters, Corazon "Cora" (Rogelio) Bautista of Henderson and Teresita Dimaculangan-Ong of Daly City, Calif.; her son, Renato (Milagros) Dimaculangan of Las Vegas; eleven grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Atty. Severino Dimaculangan.

Nightly novena prayers will be held at the family home. Viewing will be Friday from 5 to 9 p.m. at the Henderson chapel, with a Mass of Christian Burial at 10 a.m. Saturday at St. Francis of Assisi Catholic Church.""",
gold=[("LAS002", "survivor"), ("LAS001", "survivor")]),

dict(guid="las_dlc_2026_0162", pub="2026-03-27T14:05:00-07:00", title="Dale Openshaw (1941 - 2026)",
body="""Dale Heber Openshaw, 84, of St. George, Utah, passed peacefully through the veil on March 23, 2026, to be reunited with his sweetheart, Verla.

Dale was born in Panguitch, Utah, and grew up herding sheep on the Sevier Plateau. He taught high-school agriculture in Cedar City for 31 years and served with Verla as senior missionaries in the Philippines Cebu Mission. He was a high priest, a temple worker in the St. George Temple, and never met a grandchild he could not teach to fish.

He is survived by his children, Brent (Shauna) Openshaw and Camille (Trent) Gubler, both of St. George; his sister, Marilyn (LaVar) Thygerson of Las Vegas; 17 grandchildren; and 9 great-grandchildren. He was preceded in death by his wife, Verla, and his brother, Reed.

Funeral services will be held Saturday at 11 a.m. in the Bloomington Hills 3rd Ward chapel, with a viewing from 9:30 to 10:30. Interment in the Panguitch City Cemetery. Speakers will include Bishop Kent Sorensen; the grave will be dedicated by Brother Brody Hafen, a longtime family friend.""",
gold=[("LAS005", "survivor"), ("LAS004", "survivor")]),

dict(guid="las_dlc_2026_0188", pub="2026-05-06T11:30:00-07:00", title="Anthony P. Lucchesi Jr. (1969 - 2026)",
body="""Anthony Paul Lucchesi Jr., 56, of Henderson, died unexpectedly on May 2, 2026.

Anthony was born in Atlantic City, New Jersey, and followed his father into the casino business, working his way from bar back to beverage director at two Strip resorts. He coached Green Valley Little League for a decade and could make a Sunday gravy that would bring a grown man to tears.

He is survived by his parents, Tony Lucchesi Sr. and Gloria Lucchesi of Henderson; his daughters, Gianna and Sofia; his sister, Denise Lucchesi-Feeney and her husband, Hal Feeney, of Las Vegas; and his beloved dog, Bruno.

Visitation will be Thursday from 5 to 8 p.m. at the Henderson chapel. A funeral Mass will be celebrated Friday at 10 a.m. at St. Peter the Apostle. Pallbearers: Terry O'Dell, Vince Abruzzo, Mark Delgadillo, Paul Renzi, Jimmy Castellano and Nick Ferraro.""",
gold=[("LAS020", "survivor")]),

dict(guid="las_dlc_2026_0204", pub="2026-06-02T09:20:00-07:00", title="Wendell Jay Bybee II (2001 - 2026)",
body="""Wendell Jay Bybee II, 24, of Las Vegas, returned to his Heavenly Father on May 29, 2026, after a courageous two-year battle with Ewing sarcoma.

Jay graduated from Centennial High School and served a full-time mission in the Philippines Quezon City North Mission, where he learned Tagalog well enough to preach in it and to order lumpia without help. He was studying to become a physical therapist at UNLV.

He is survived by his parents, Jared and Annalise Bybee of Las Vegas; his brothers, Tanner and Garrett; his sister, Elise; and his grandparents, Wendell and Ruth Bybee of Las Vegas, for whom he was named, and Carolyn Pulsipher of Mesquite.

Funeral services will be held Saturday at noon at the Lone Mountain Stake Center, 4770 N Durango Dr., with a viewing beforehand from 10 to 11:30 a.m. Interment at Palm Northwest.""",
gold=[("LAS019", "survivor")]),
]
