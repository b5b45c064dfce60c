"""Vermilion Cliffs Family Mortuary (invented; chapels in St. George and Hurricane, Utah): funeral-home site,
HTML in content:encoded, one-sentence plain description. Written the way southern Utah obituaries run: Latter-day
Saint life sketch (mission, temple sealing, callings), maiden names written as middle names ("Verla Gubler
Wittwer"), survivors with spouses in parentheses "Kory (Shanna) Wittwer", viewing + ward-chapel funeral +
cemetery. Hand-labelled: gold=[(client_id, role)]."""

FEED = "vcfm"
ITEMS = [
dict(guid="sgu_vcfm_2026_0101", pub="2026-01-12T09:30:00-07:00", title="Kimball Jay \"Kim\" Wittwer (1948 - 2026)",
body="""Kimball Jay "Kim" Wittwer, 77, of Santa Clara, Utah, passed away peacefully at home on Friday, January 9, 2026, surrounded by his family, after a long and courageous fight with pulmonary fibrosis.

Kim was born July 8, 1948, in St. George, Utah, to Jay Elmer and Verla Gubler Wittwer, the fourth of six children. He grew up hauling water and picking peaches in the orchards along the Santa Clara Creek, and he never lost his love of a good irrigation turn. He served a mission for The Church of Jesus Christ of Latter-day Saints in the Central American Mission, where he learned the Spanish he used for the rest of his life.

On June 2, 1969, he married his sweetheart, LaDawn Hafen, in the St. George Temple. Together they built a home, a family and, over forty-one years, Wittwer Pump & Well, which drilled half the wells between Gunlock and Motoqua. Kim served as a bishop, a high councilor and, most happily, as a temple worker with LaDawn for twelve years.

Kim is survived by his wife of 56 years, LaDawn Hafen Wittwer; his children, Kory (Shanna) Wittwer, Santa Clara; Kristen (Brad) Leany, Hurricane; Kade (Amber) Wittwer, Mesa, Arizona; 14 grandchildren and 3 great-grandchildren; and his brother, Elmer "Bud" (Lorraine) Wittwer, Ivins. He was preceded in death by his parents and his sister, Norma.

A viewing will be held Thursday, January 15, from 6 to 8 p.m. at the Vermilion Cliffs Family Mortuary, St. George chapel, and Friday from 9:30 to 10:30 a.m. at the Santa Clara Heights 2nd Ward chapel, 2930 Santa Clara Drive, prior to the funeral at 11 a.m. President Garth Van Wagoner of the Santa Clara Heights Stake will conduct. Interment will be in the Santa Clara City Cemetery.""",
gold=[("SGU003", "deceased_client"), ("SGU004", "spouse_of_deceased_client")]),

dict(guid="sgu_vcfm_2026_0102", pub="2026-01-26T10:15:00-07:00", title="DeWayne Lamar Stucki Sr. (1937 - 2026)",
body="""DeWayne Lamar Stucki Sr., 88, of Hurricane, returned to his Heavenly Father on January 23, 2026, at his home on the bench above the Hurricane canal that his grandfather helped dig.

DeWayne was born April 17, 1937, in Hurricane to Lamar and Ida Spendlove Stucki. He married Ila Mae Sanders in the St. George Temple on September 6, 1961. He ran cattle on the Arizona Strip for fifty years, taught seminary, and was the best horseshoe pitcher at every Peach Days anyone can remember.

He is survived by his wife of 64 years, Ila Mae; his children, DeWayne Jr. (Colleen), Hurricane; Lynn (Becky) Stucki, Enterprise; Rhonda (Kirk) Hinton, Cedar City; 17 grandchildren and 22 great-grandchildren. He was preceded in death by his parents, a grandson, Tyler, and his brothers, Rulon and Lavell.

Funeral services will be held Saturday, January 31, at noon at the Hurricane 4th Ward chapel, 85 W 100 S, with a viewing from 10 to 11:30 a.m. Interment, Hurricane City Cemetery, with military honors by the Hurricane Valley Veterans. Grandsons will serve as pallbearers.""",
gold=[("SGU005", "survivor")]),

dict(guid="sgu_vcfm_2026_0103", pub="2026-02-09T09:00:00-07:00", title="Dale Orval Staheli (1946 - 2026)",
body="""Dale Orval Staheli, 79, of Enterprise, Utah, passed away February 5, 2026, at Cedar City Hospital after a short illness.

Dale was born March 21, 1946, in St. George to Orval and Thelma Reber Staheli, the only boy among four sisters, which he said explained a great deal. He grew alfalfa and potatoes in the Escalante Valley for over fifty years, served on the Enterprise City Council, and sang bass in every stake choir that would have him. He married Georgia Holt on August 19, 1967, in the St. George Temple.

Dale is survived by his wife, Georgia; his children, Travis (Jill) Staheli, Enterprise, and Tami (Brent) Frehner, Beryl; 9 grandchildren; and his sisters, Arlene (Reed) Prisbrey, St. George, and Beth Staheli Harmon, Veyo. He was preceded in death by his parents and his sisters, Irene and Donna.

Funeral services will be held Saturday, February 14, at 11 a.m. at the Enterprise Stake Center, with a viewing Friday evening from 6 to 8 p.m. at the Vermilion Cliffs Family Mortuary, St. George chapel. Interment, Enterprise City Cemetery.""",
gold=[("SGU002", "survivor"), ("SGU001", "survivor")]),

dict(guid="sgu_vcfm_2026_0104", pub="2026-02-20T11:00:00-07:00", title="Spencer Kade Tollestrup (2003 - 2026)",
body="""Our beloved son and brother, Spencer Kade Tollestrup, 22, of St. George, passed away unexpectedly on February 16, 2026.

Spencer was born October 30, 2003, in St. George to Brent and Heather Nielsen Tollestrup. He graduated from Pine View High School in 2022, where he ran cross-country and played the trombone badly and happily in the pep band. He served in the Philippines Cebu Mission and was studying aviation at Utah Tech University. He could fix anything with an engine and loved sunrise flights over Snow Canyon.

Spencer is survived by his parents, Brent and Heather Tollestrup, St. George; his sisters, Kenzie and Addison; his brother, Tate; and his grandparents, LeRoy and Judith Tollestrup of Washington and Gary and Pam Nielsen of Beaver. He was preceded in death by his grandfather, Dee Nielsen.

A celebration of Spencer's life will be held Tuesday, February 24, at 11 a.m. at the Bloomington Hills 6th Ward chapel, with a viewing beforehand from 9:30 to 10:30. Interment, Tonaquint Cemetery. In lieu of flowers, the family invites donations to the Utah Tech aviation scholarship fund.""",
gold=[]),

dict(guid="sgu_vcfm_2026_0105", pub="2026-03-05T09:45:00-07:00", title="Velda Mae Tobler Frei (1931 - 2026)",
body="""Velda Mae Tobler Frei, 94, of Santa Clara, slipped away to join her sweetheart on March 2, 2026, at the home of her daughter.

Velda was born December 1, 1931, in Gunlock, Utah, to Andrew and Luella Bowler Tobler. She married LaVell Frei on May 12, 1950, in the St. George Temple; they were married 63 years before his passing in 2013. She taught Primary for forty years, bottled everything that grew, and made a pineapple-carrot jello salad that was requested at every ward party until the end.

She is survived by her children, Ronald (Debra) Frei, Santa Clara; Sharla (Neil) Beckstrand, Santa Clara; and Joyce (Mark) Atkin, Logan; 11 grandchildren and 26 great-grandchildren. She was preceded in death by her husband, LaVell, her son, Gary, and her brothers and sisters.

Funeral services will be Saturday, March 7, at 11 a.m. at the Santa Clara Historic Ward chapel, with a viewing from 9:30 to 10:45 a.m. Interment, Santa Clara City Cemetery. The family thanks the nurses of Dixie Sun Hospice for their tender care.""",
gold=[("SGU017", "survivor")]),

dict(guid="sgu_vcfm_2026_0106", pub="2026-03-23T14:20:00-07:00", title="Siosaia Kaufusi Tuʻipulotu (1947 - 2026)",
body="""Siosaia Kaufusi Tuʻipulotu, 78, of St. George, passed away peacefully on March 19, 2026, surrounded by his family singing the hymns of his childhood.

Siosaia was born in Nukuʻalofa, Tonga, on November 4, 1947, to Sione and Mele Tuʻipulotu. He came to Utah in 1972 to attend school, married ʻAna Hufanga in the Salt Lake Temple in 1974, and moved the family to St. George in 1989, where he worked as a stonemason. Many of the rock walls along Sunset Boulevard are his. He was a faithful home teacher, a patriarch to his extended family and the loudest voice in the Tongan ward choir.

He is survived by his wife, ʻAna; his children, Viliami (Losaline) Tuʻipulotu, St. George; Salote (Sione) Fonua, West Valley City; Tevita (Kalo) Tuʻipulotu, Hurricane; and Mele Tuʻipulotu, Laie, Hawaii; 23 grandchildren and 9 great-grandchildren. He was preceded in death by his parents and his brother, Manu.

A family prayer service (lotu) will be held Thursday, March 26, at 7 p.m. at the Sunset Tongan Ward chapel, 1375 W Sunset Blvd. The funeral will be held Friday at 11 a.m. at the same chapel, with a viewing from 9 to 10:45 a.m. Interment, Tonaquint Cemetery. ʻOfa atu.""",
gold=[("SGU020", "survivor")]),

dict(guid="sgu_vcfm_2026_0107", pub="2026-04-14T09:10:00-06:00", title="Rulon Dee Mackelprang (1952 - 2026)",
body="""Rulon Dee Mackelprang, 73, of Orderville, passed away April 10, 2026, at Kane County Hospital in Kanab.

Rulon was born August 2, 1952, in Cedar City to Dee and Afton Heaton Mackelprang. He drove a school bus in Long Valley for thirty-one years and never lost a child or a thermos. He loved deer hunting on the Paunsaugunt, fiddle music and his wife's peach cobbler.

He is survived by his wife, Lorna; his sons, Cody (Janae) and Trent Mackelprang, both of Orderville; 6 grandchildren; and his brothers, Odell Mackelprang of La Verkin and Wayne (Sherry) Mackelprang of Panguitch. He was preceded in death by his parents and a sister, LuDean.

Funeral services will be held Saturday, April 18, at 1 p.m. at the Orderville Ward chapel, with a viewing from 11:30 a.m. to 12:45 p.m. Interment, Orderville Cemetery. Arrangements by the Vermilion Cliffs Family Mortuary, Hurricane chapel.""",
gold=[("SGU018", "survivor")]),

dict(guid="sgu_vcfm_2026_0108", pub="2026-05-11T10:00:00-06:00", title="Ardith Jolley Okelberry (1934 - 2026)",
body="""Ardith Jolley Okelberry, 91, of Washington, Utah, passed away May 7, 2026, at the Red Rock Care Center.

Ardith was born January 22, 1934, in Washington to Heber and Alta Jolley. She married Vernal Okelberry in the St. George Temple in 1953 and worked thirty years at the old cotton-mill gift shop. She was a Daughter of Utah Pioneers camp captain and told the story of the Washington cotton mission to anyone who would stand still.

She is survived by her son, Lorin (Janeal) Okelberry, Washington; her daughter, Ranae (Stephen) Haws, Mesquite, Nevada; and her sister-in-law, Evelyn Okelberry, St. George; 8 grandchildren. She was preceded in death by her husband, Vernal, and her brothers, Ray and Leland Jolley.

Funeral services will be held Thursday, May 14, at 11 a.m. at the Washington Fields 3rd Ward chapel. Speakers will include her longtime friend and ministering sister, Mary Lou Cottam. Interment, Washington City Cemetery.""",
gold=[]),
]
