"""Southern Minnesota Death Notices (invented paid-notice page of regional papers): brief notices with
surname-first headings, plain text. One item is a later full copy of a Minnesota Valley Tribune obituary.
Hand-labelled."""

FEED = "smdn"
ITEMS = [
dict(guid="mkt_smdn_2026_0041", pub="2026-01-27T06:00:00-06:00", title="KOEHNEN, Bradley J. Sr.",
body="""Bradley Joseph Koehnen Sr., 88, of Mankato, died Friday, January 16, 2026, at Mayo Clinic Health System in Mankato.

Brad was born April 2, 1937, in Madison Lake to Joseph and Rose (Hanzel) Koehnen. He served in the U.S. Army in West Germany and in 1976 started Koehnen Heating & Air out of his garage on Hickory Street. He bowled Tuesday nights at Mankato Bowl for 40 years and never missed a Twins home opener.

He is survived by his wife of 66 years, Darlene; son, Brad (Tami) Koehnen Jr. of Mankato; daughter, Lisa (Mark) Stenzel of Eagan; five grandchildren and three great-grandchildren. He was preceded in death by his parents, brothers Eugene and Ray, and sister Loretta Haefner.

Funeral service will be 11 a.m. Saturday, January 24, at Good Shepherd Lutheran Church, Mankato, with Rev. Kjersti Halvorsen-Moe officiating. Visitation one hour prior. Interment in spring at Glenwood Cemetery. Memorials preferred to the Mankato Area Foundation.""",
gold=[]),  # duplicate copy of mkt_mvt_obit_2026_00114: labelled on the earlier copy only

dict(guid="mkt_smdn_2026_0093", pub="2026-02-26T06:00:00-06:00", title="GALLEGOS, Rafael",
body="""GALLEGOS, Rafael, 78, of Mankato, formerly of San Luis Potosí, Mexico, died Feb. 22, 2026. Retired from Hubbard Feeds. Survived by his wife, Guadalupe; daughters Ximena Gallegos of Mankato and Lucía Gallegos of Austin, Texas; son Rafael Jr. of Waseca. Misa de cuerpo presente 10 a.m. Saturday, Ss. Peter and Paul Catholic Church, Mankato.""",
gold=[("MKT008", "survivor")]),  # roster Ximena Gallegos Orozco; one part of the compound surname

dict(guid="mkt_smdn_2026_0158", pub="2026-04-09T06:00:00-05:00", title="ENGEBRETSON, Arvid O.",
body="""ENGEBRETSON, Arvid Olaf, 96, of Sioux Falls, S.D., died April 5, 2026. Born in Lake Preston, S.D.; retired Augustana University custodian. Survived by daughter Karin Engebretson of Sioux Falls; nephew Paul Engebretson of St. Peter, Minn.; nieces and nephews. Preceded in death by wife, Solveig, and brother, Elmer. Service Saturday, First Lutheran Church, Sioux Falls.""",
gold=[("MKT016", "survivor")]),

dict(guid="mkt_smdn_2026_0201", pub="2026-05-06T06:00:00-05:00", title="TSCHIDA, Dolores",
body="""TSCHIDA, Dolores, of St. Peter, died May 3, 2026. Arrangements are pending with the Brandt-Hagen Funeral Chapel, St. Peter.""",
gold=[("MKT015", "possible_deceased_client")]),  # name and town only: no age, no survivors

dict(guid="mkt_smdn_2026_0247", pub="2026-06-02T06:00:00-05:00", title="HALVORSEN, Ragnhild",
body="""HALVORSEN, Ragnhild Marie, 97, of Decorah, Iowa, died May 29, 2026, at Aase Haugen Homes. Survived by daughters Rev. Kjersti Halvorsen-Moe of St. Peter, Minn., and Ingrid (Paul) Lee of Decorah; six grandchildren. Preceded in death by husband, Rolf. Service 11 a.m. Friday, First Lutheran Church, Decorah.""",
gold=[("MKT018", "survivor")]),  # one part of the compound surname is the deceased's
]
