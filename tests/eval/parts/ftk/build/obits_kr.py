"""Knob Creek & Rolling Fork Funeral Homes (invented; chapels in Hodgenville, New Haven, Elizabethtown and
Cecilia): funeral-home site, HTML in content:encoded, guids 'ftk_kr_<slug>' (not permalinks; the link is the page URL). Hand-labelled."""

FEED = "kr"
BASE = "ftk_kr_"
URL = "https://www.knobcreekrollingforkfh.example/obituaries/"
ITEMS = [
dict(guid=BASE + "agnes-boone", pub="2026-01-20T10:15:00-05:00", title="Agnes Marie Boone (1937 - 2026)",
body="""Agnes Marie Boone, 88, of Cecilia, passed away peacefully on Saturday, January 17, 2026, at her home surrounded by family.

She was born in Grayson County to the late Otis and Lena Hatcher Pierce. Agnes was a homemaker, a 4-H leader for forty years and a member of Cecilia Baptist Church, where her jam cake was the first thing to go at every homecoming dinner.

She is survived by her son, Kenny (Darlene) Boone of Cecilia; her grandchildren, Brooke Mattingly (Nathan) of Bardstown and Tyler Boone of Elizabethtown; and three great-grandchildren. She was preceded in death by her husband of 52 years, Clarence Boone.

Funeral services will be held at 1 p.m. Wednesday at the Cecilia chapel with Bro. Jerry Cundiff officiating. Burial will follow in Cecilia Memorial Cemetery. Pallbearers: Cliff Goodin, Tyler Boone, Nate Mattingly, Ronnie Pierce, Danny Pierce and Wes Hatcher.""",
gold=[("FTK021", "survivor"), ("FTK022", "survivor"), ("FTK017", "survivor"), ("FTK016", "survivor")]),

dict(guid=BASE + "mattie-lou-spalding", pub="2026-02-09T09:40:00-05:00", title="Mattie Lou Spalding (1932 - 2026)",
body="""Mattie Lou Spalding, 93, of New Haven, died Friday, February 6, 2026, at Nazareth Home.

Born at Howardstown, she was a lifelong member of St. Catherine Church in New Haven and worked at the New Haven post office for twenty-six years. She could name every family on every rural route in southern Nelson County.

She is survived by her daughters, Rita (Tommy) Wathen of New Haven and Anne Spalding Hughes of Lebanon; eight grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Leo Spalding, and a son, Michael Spalding.

Mass of Christian Burial will be at 10 a.m. Tuesday at St. Catherine Church, with burial in the church cemetery. The rosary will be prayed at 6 p.m. Monday at the New Haven chapel.""",
gold=[("FTK007", "survivor"), ("FTK006", "survivor")]),

dict(guid=BASE + "curtis-thurman", pub="2026-03-02T14:05:00-05:00", title="Curtis Lee Thurman (1946 - 2026)",
body="""Curtis Lee Thurman, 79, of Sonora, died Friday, February 27, 2026, at Baptist Health Hardin.

He was an Army veteran of Vietnam, a retired mail carrier and a deacon of Sonora Baptist Church.

Survivors include his wife, Nancy Thurman; a son, Kevin Thurman of Sonora; and his sisters, Betty Lou Gaddie of Elizabethtown and Glenda Thurman Sims of Leitchfield. He was preceded in death by his parents, Roy and Velma Thurman, and a brother-in-law, Carl Gaddie.

Funeral at 11 a.m. Thursday at the Elizabethtown chapel. Military honors by the Hardin County Honor Guard.""",
gold=[("FTK011", "survivor")]),

dict(guid=BASE + "wilbur-cundiff", pub="2026-04-14T11:30:00-04:00", title="Wilbur Eugene Cundiff (1945 - 2026)",
body="""Wilbur Eugene Cundiff, 80, of Glendale, passed away on Sunday, April 12, 2026, under the care of Hospice of Central Kentucky.

Wilbur farmed near Glendale all his life, sold sweet corn from the tailgate of his truck every July and never missed a Glendale Crossing Festival.

He is survived by his brother, Jerry Cundiff of Glendale; his daughter, Pam Cundiff of Elizabethtown; and his granddaughter, Jessica Rhodes (Brandon) of Elizabethtown. He was preceded in death by his wife, Juanita Cundiff.

The family thanks Dr. Anita Rao and the nurses of Hospice of Central Kentucky for their kindness. Services will be held at 2 p.m. Friday at Glendale Christian Church.""",
gold=[("FTK019", "survivor"), ("FTK013", "survivor")]),

dict(guid=BASE + "thomas-wathen-sr", pub="2026-06-03T08:50:00-04:00", title="Thomas Aloysius Wathen Sr. (1938 - 2026)",
body="""Thomas Aloysius Wathen Sr., 88, of New Haven, died Monday, June 1, 2026, at Flaget Memorial Hospital in Bardstown.

A distiller for forty-one years at the New Haven warehouses, Tom Sr. was a Fourth Degree Knight of Columbus and an usher at St. Catherine Church for half a century.

He is survived by his son, Tommy Wathen Jr. and his wife, Rita, of New Haven; a daughter, Carol Wathen Bowling of Boston, Ky.; and six grandchildren. He was preceded in death by his wife, Dorothy (Hagan) Wathen.

Mass of Christian Burial will be at 10 a.m. Friday at St. Catherine Church. Pallbearers will be his grandsons.""",
gold=[("FTK006", "survivor"), ("FTK007", "survivor")]),
]
