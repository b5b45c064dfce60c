"""Kremer-Dietz Funeral Homes (invented; chapels in Covington, Florence and Fort Thomas, Ky.): funeral-home
site, HTML in content:encoded, a one-sentence plain description. Hand-labelled (gold beside each text)."""

FEED = "kd"
ITEMS = [
dict(guid="cvg_kd_dorothy-wessendarp-2026", pub="2026-01-16T10:20:00-05:00", title="Dorothy M. Wessendarp (1931 - 2026)",
body="""Dorothy Mae Wessendarp (nee Ruh), 94, of Park Hills, died peacefully on Tuesday, January 13, 2026, at Madonna Manor in Villa Hills, surrounded by her family and a rosary she had carried since her First Communion.

Dorothy was born in Covington's Mainstrasse neighborhood to the late Anton and Clara Ruh. She graduated from Notre Dame Academy in 1949 and worked for 31 years as a bookkeeper at the Wiedemann brewery office in Newport. She was a member of St. Agnes Parish for more than sixty years, where she ran the funeral luncheon committee and made a goetta that people still ask about.

She was the beloved wife of the late Elmer Wessendarp (2011). She is survived by her daughter, Ruth Ann (Jerry) Kloentrup of Fort Wright; her son, Thomas (Barbara) Wessendarp of Lakeside Park; seven grandchildren and eleven great-grandchildren. She was preceded in death by her brother, Rev. Leo Ruh.

Visitation will be Friday from 9 to 11 a.m. at St. Agnes Church, Fort Wright, followed by the Mass of Christian Burial at 11 a.m. Burial in St. Mary Cemetery, Fort Mitchell. Memorials are suggested to Madonna Manor or St. Agnes School. Kremer-Dietz Funeral Home, Covington, is serving the family.""",
gold=[("CVG002", "survivor"), ("CVG001", "survivor")]),

dict(guid="cvg_kd_bernard-schwietermann-2026", pub="2026-04-08T09:05:00-04:00", title="Bernard J. \"Bernie\" Schwietermann (1939 - 2026)",
body="""Bernard Joseph "Bernie" Schwietermann, 87, of Latonia, passed away on Sunday, April 5, 2026, at St. Remigius Hospital in Edgewood.

Bernie was born March 9, 1939, in Covington, the fourth of nine children of the late Joseph and Irma Schwietermann. He served in the U.S. Army in Germany, came home and spent 38 years as a tool-and-die maker at the Crosley plant and later at a machine shop on Madison Avenue. He bowled Tuesday nights at the Latonia Lanes for half a century, never missed a Reds opening day parade, and kept a tomato garden that fed the whole block.

He was the beloved husband of 61 years of Dolores (nee Huelsman) Schwietermann; loving father of Mark (Lisa) Schwietermann of Taylor Mill and Denise (Greg) Dusing of Edgewood; grandfather of five. He was preceded in death by his brothers, Ralph, Eugene and Norbert Schwietermann.

Mass of Christian Burial will be celebrated Saturday at 10 a.m. at Holy Cross Church, Latonia, with Rev. Martin Stuempel officiating. Pallbearers: Keith Rabenstein, Tony Dusing, Kevin Huelsman and his grandsons. Burial with military honors at Mother of God Cemetery. Kremer-Dietz Funeral Home, Covington.""",
gold=[("CVG003", "deceased_client")]),

dict(guid="cvg_kd_earl-hatmaker-2026", pub="2026-02-19T14:40:00-05:00", title="Earl Wayne Hatmaker (1954 - 2026)",
body="""Earl Wayne Hatmaker, 71, of Crittenden, went home to be with the Lord on Monday, February 16, 2026, at his home.

Earl was born in Breathitt County, Kentucky, to the late Roscoe and Ola (Napier) Hatmaker, and came north with his family in 1962 when his daddy found work at the Ford plant. He drove a truck for forty years, coon-hunted every fall, and sang bass in the men's quartet at Crittenden Missionary Baptist Church.

He leaves behind his wife of 48 years, Sharon Hatmaker; his son, Wayne Hatmaker of Dry Ridge; his brother, Clifford (Brenda) Hatmaker of Walton; his sister, Nora Spicer of Jackson, Ky.; and a host of nieces, nephews and friends. He was preceded in death by his parents and a brother, Homer Hatmaker.

Funeral services will be held Friday at 1 p.m. at Crittenden Missionary Baptist Church, Bro. Delbert Noble officiating. Burial in Hillcrest Cemetery, Dry Ridge. Kremer-Dietz Funeral Home, Florence, is in charge of arrangements.""",
gold=[("CVG012", "survivor")]),

dict(guid="cvg_kd_helen-vogelpohl-2026", pub="2026-03-12T11:15:00-04:00", title="Helen C. Vogelpohl (1937 - 2026)",
body="""Helen Clare Vogelpohl, 88, of Union, died on Tuesday, March 10, 2026, at St. Remigius Hospital, Florence.

Helen grew up on a dairy farm on Big Bone Road and married Paul Vogelpohl in 1958. Together they ran Vogelpohl Dairy for thirty-five years. She taught CCD at St. Timothy Parish, played euchre every Thursday and never let anybody leave her kitchen hungry.

She is survived by her daughters, Terri (Keith) Rabenstein of Union and Carol Kuhl of Burlington; her son, Paul Vogelpohl Jr. of Verona; twelve grandchildren and four great-grandchildren. She was preceded in death by her husband, Paul, in 2019.

Mass of Christian Burial Monday at 10 a.m. at St. Timothy Church, Union. Burial in St. Paul Cemetery, Florence. Kremer-Dietz Funeral Home, Florence.""",
gold=[("CVG009", "survivor"), ("CVG010", "survivor")]),

dict(guid="cvg_kd_gertrude-enzweiler-2026", pub="2026-02-05T10:00:00-05:00", title="Gertrude \"Trudy\" Enzweiler (1935 - 2026)",
body="""Gertrude "Trudy" Enzweiler, 90, of Cold Spring, passed away on Monday, February 2, 2026, at Highlandspring nursing home in Fort Thomas.

Trudy was a lifelong member of St. Joseph Parish, Cold Spring, and worked for many years in the cafeteria at Bishop Brossart High School, where three generations of Mustangs remember her mashed potatoes. She loved card club, the Cincinnati Reds and her great-grandchildren, not necessarily in that order.

She was the beloved wife of the late Alvin Enzweiler. She is survived by her daughter, Marlene (Ron) Bricking of Alexandria; her son, Dale Enzweiler of Melbourne; her sister, Bobbie Lueckenhoff of Fort Thomas; her niece, JoAnn Ostertag of Cold Spring; six grandchildren and nine great-grandchildren.

Visitation Thursday from 5 to 8 p.m. at the Fort Thomas chapel. Mass of Christian Burial Friday at 10 a.m. at St. Joseph Church, Cold Spring. Burial in St. Joseph Cemetery. Kremer-Dietz Funeral Home, Fort Thomas.""",
gold=[("CVG020", "survivor"), ("CVG021", "survivor"), ("CVG023", "survivor")]),

dict(guid="cvg_kd_evangeline-fullilove-2026", pub="2026-05-21T16:30:00-04:00", title="Mother Evangeline Fullilove (1937 - 2026)",
body="""Mother Evangeline Fullilove, 88, of Covington, closed her eyes in peace and entered into eternal rest on Sunday, May 17, 2026.

Born in Lynch, Kentucky, Mother Fullilove came to Covington's Eastside in 1956. For forty-four years she was a member of First Baptist Church of Covington on Robbins Street, where she served as a mother of the church, president of the Missionary Society and the keeper of the Sunday-school attendance book. She cleaned houses in Fort Mitchell for thirty years and put two children through college doing it.

She leaves to cherish her memory her son, Deacon Curtis Fullilove (Delores) of Cincinnati; her daughter, Gwendolyn Tate of Louisville; her granddaughter, Tamika Fullilove of Covington, who cared for her these last years; five other grandchildren; eight great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Roosevelt Fullilove.

Homegoing service Saturday at 11 a.m. at First Baptist Church of Covington, Rev. Dr. Calvin Purcell, eulogist. Interment at Mary E. Smith Cemetery, Elsmere. Kremer-Dietz Funeral Home, Covington.""",
gold=[("CVG022", "survivor")]),
]
