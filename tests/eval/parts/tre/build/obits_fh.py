"""Marcucci & Sons Funeral Home (Chambersburg section of Trenton and Hamilton Square chapels): funeral-home site,
HTML in content:encoded, guids tre_msfh-obit-<slug>. Hand-labelled."""

FEED = "fh"
BASE = "tre_msfh-obit-"
ITEMS = [
dict(guid=BASE + "dominic-pellegrino", pub="2026-01-13T10:15:00-05:00", title="Dominic A. \"Dom\" Pellegrino (1941 - 2026)",
body="""Dominic A. "Dom" Pellegrino, 84, of Hamilton, passed away peacefully on Saturday, January 10, 2026, at Robert Wood Johnson University Hospital Hamilton, surrounded by his family.

Dom was born on July 22, 1941, in the Chambersburg section of Trenton, the son of the late Carmine and Filomena (Russo) Pellegrino. He grew up above his father's shoe-repair shop on Butler Street, graduated from Trenton Catholic Boys High School and served two years in the U.S. Army in Germany. For 36 years he was a pressman at the old Trentonian plant, and on weekends he made the gravy for half of Immaculate Conception's spaghetti dinners. He moved to Hamilton in 1974 but, as he liked to say, never really left the Burg.

He is survived by his beloved wife of 61 years, Lucille (Iacono) Pellegrino; his sons, Carmine Pellegrino and his wife Denise of Robbinsville, and Anthony Pellegrino of Charlotte, N.C.; his niece, Mary Jo D'Addario of Ewing, whom he raised as his own after her father died; five grandchildren; and two great-grandchildren. He was predeceased by his sister, Angela D'Addario.

Relatives and friends are invited to call Thursday from 9 to 11 a.m. at Marcucci & Sons Funeral Home, Hamilton Square. A Mass of Christian Burial will follow at 11:30 a.m. at St. Gregory the Great Church. Entombment will be at Our Lady of Lourdes Cemetery. In lieu of flowers, donations may be made to the Trenton Area Soup Kitchen.""",
gold=[("TRE003", "deceased_client"), ("TRE004", "spouse_of_deceased_client"), ("TRE005", "survivor")]),

dict(guid=BASE + "laszlo-nagy", pub="2026-02-03T09:40:00-05:00", title="Laszlo \"Les\" Nagy (1946 - 2026)",
body="""Laszlo "Les" Nagy, 79, of Hamilton, died Friday, January 30, 2026, at home.

Les was born in Budapest and was ten years old in 1956 when his parents carried him across the Austrian border on foot. The family settled in Trenton's Hungarian neighborhood on South Broad Street, where his father worked at the Roebling mill. Les became a machinist, raised his family in Hamilton, and for decades played violin with the Csárdás Club band at every wedding and name-day party within twenty miles. He was a member of the Hungarian Reformed Church of Trenton.

He is survived by his wife of 52 years, Margit; his daughter, Kata Nagy-Reiss of Lambertville; his son, Peter Nagy of Hamilton; his sister, Irene (Stan) Kowalczyk of Hamilton Square; and four grandchildren.

Visitation will be held Friday from 5 to 8 p.m. at Marcucci & Sons, Hamilton Square. A funeral service will be held Saturday at 10 a.m. at the Hungarian Reformed Church, with the Rev. Zoltan Kiss officiating. Burial will be in Greenwood Cemetery.""",
gold=[("TRE007", "survivor"), ("TRE006", "survivor")]),

dict(guid=BASE + "concetta-tomasello", pub="2026-02-24T11:05:00-05:00", title="Concetta \"Connie\" Tomasello (1930 - 2026)",
body="""Concetta "Connie" Tomasello, 95, a lifelong resident of Trenton's Chambersburg neighborhood, went to be with the Lord on February 21, 2026.

Born in Trenton to Sicilian immigrants, Connie worked as a seamstress at a Hamilton Avenue dress factory until it closed, and then for twenty years behind the counter of her late husband's bakery, Tomasello's, on Roebling Avenue, where she was famous for telling customers which pastry they really wanted. She attended Mass every morning at St. Joachim's until she was 92.

Connie is survived by her daughter, Rosemarie Cardinale and her husband Sal, of Trenton; her son, Vincent Tomasello of Toms River; seven grandchildren, including Gina and Nicholas Cardinale; and eleven great-grandchildren. She was preceded in death by her husband, Salvatore Tomasello, in 1998, and by her brothers, Nino and Frank Scarpa.

Visitation Tuesday 8:30 to 10 a.m. at Marcucci & Sons, Chambersburg chapel, followed by a funeral Mass at 10:30 a.m. at St. Joachim's. Burial at Our Lady of Lourdes Cemetery.""",
gold=[("TRE002", "survivor"), ("TRE001", "survivor")]),

dict(guid=BASE + "edward-zielinski-jr", pub="2026-04-07T10:30:00-04:00", title="Edward J. Zielinski Jr. (1971 - 2026)",
body="""Edward J. "Eddie" Zielinski Jr., 54, of Florence Township, died unexpectedly on Friday, April 3, 2026.

Born in Trenton and raised in Bordentown, Eddie graduated from Bordentown Regional High School, where he still holds the school record in the shot put. He drove for UPS for 28 years and coached Little League in Florence for almost as long. Nobody who ever played for him forgot how to slide.

Eddie is survived by his wife, Lynn; his daughters, Kayla and Brianna; his parents, Edward Sr. and Dolores Zielinski of Bordentown; and his brother, Mark Zielinski of Levittown, Pa.

Visitation will be held Thursday from 4 to 8 p.m. at Marcucci & Sons Funeral Home, Hamilton Square. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Mary of the Assumption Church, Bordentown. Interment will follow at St. Mary's Cemetery.""",
gold=[("TRE020", "survivor")]),

dict(guid=BASE + "joseph-a-horvath", pub="2026-05-19T09:20:00-04:00", title="Joseph A. Horvath (2003 - 2026)",
body="""Joseph Anthony Horvath, 22, of Lawrenceville, died Saturday, May 16, 2026, as the result of a motorcycle accident.

Joey graduated from Lawrence High School in 2021 and was finishing an electrician's apprenticeship with IBEW Local 269. He could fix anything with a motor, and frequently did so for neighbors who had not asked.

He is survived by his parents, Gabor and Anna Horvath of Lawrenceville; his sister, Krisztina; his grandmother, Erzsebet Horvath of New Brunswick; and his girlfriend, Alyssa Morales.

Visitation will be held Thursday from 5 to 8 p.m. at Marcucci & Sons, Hamilton Square. A funeral service will be held Friday at 11 a.m. at the funeral home.""",
gold=[]),
]
