"""Lakeshore-Vander Ploeg Funeral Chapels (funeral-home site: HTML in content:encoded, permalink guids).
Hand-labelled."""

ITEMS = [
dict(guid="grr_fh_harold-oosterhouse-2026", pub="2026-01-22T15:00:00-05:00", title="Harold Oosterhouse",
body="""Harold Dean Oosterhouse, 80, of Byron Center, went home to be with his Savior on January 19, 2026.

Harold drove a milk truck for Byron Center Dairy for 38 years and loved deer camp in the U.P. He is survived by his daughter, Bev Oosterhouse of Byron Center; his son, Craig (Tammy) Oosterhouse of Dorr; and six grandchildren. He was preceded in death by his wife, Marilyn.

Services Saturday, 11 a.m., at Byron Center First CRC, Pastor Darnell Whitfield officiating.""",
gold=[]),

dict(guid="grr_fh_marvin-dykhuis-2026", pub="2026-02-10T15:00:00-05:00", title="Marvin Dykhuis",
body="""Marvin Lee Dykhuis, age 89, of Grandville, passed away on February 7, 2026, at Porter Hills.

Marv owned Dykhuis Hardware on Chicago Drive from 1962 to 1998. He is survived by his daughters, Marcia (Case) Hoekstra of Grandville and Ellen (Ron) Kuiper of Caledonia; his grandchildren, Cornelius III (Abby), Nathan and Emily Hoekstra, and Joel Kuiper. He was preceded in death by his wife of 60 years, Alberta.

Funeral services will be held Thursday at 11 a.m. at Grandville Baldwin Street CRC. Memorials to Holland Home.""",
gold=[("GRR004", "survivor"), ("GRR003", "survivor")]),

dict(guid="grr_fh_jose-luis-castillo-mendoza-2026", pub="2026-03-12T15:00:00-04:00", title="José Luis Castillo Mendoza",
body="""José Luis Castillo Mendoza, 84, de Grand Rapids, falleció el 8 de marzo de 2026. Born in Moroleón, Guanajuato, he came to Michigan to pick blueberries in 1968 and later opened La Estrella bakery on Grandville Avenue.

Le sobreviven su esposa, Guadalupe Ortega de Castillo; sus hijas, Rosa Elena Castillo (Mario Reyes) of Grand Rapids and Ana Maria Castillo of Chicago; su hijo, Luis Castillo of Wyoming; and eleven grandchildren.

Rosario el jueves a las 7 p.m.; Misa de cuerpo presente Friday 10 a.m. at St. Joseph the Worker, Padre Miguel Sandoval.""",
gold=[("GRR010", "survivor")]),

dict(guid="grr_fh_lucille-haveman-2026", pub="2026-03-28T15:00:00-04:00", title="Lucille Haveman",
body="""Lucille Joan Haveman (nee Dekker), 90, of Holland, died March 25, 2026, at Resthaven.

She loved Tulip Time, having danced in the Klompen Dancers as a girl and marched in the parade every May since. Surviving are her son, Jeffrey (Karen) Haveman of Holland; her granddaughters, Megan Haveman of Holland and Sarah (Kyle) Ten Brink of Zeeland; and her sister, Wilma Dekker. She was preceded in death by her husband, Marvin.

Visitation Tuesday 5-7 p.m.; funeral Wednesday 11 a.m. at Third Reformed Church, Holland.""",
gold=[("GRR022", "survivor")]),

dict(guid="grr_fh_gerrit-dykstra-2026", pub="2026-04-24T15:00:00-04:00", title="Gerrit Dykstra",
body="""Gerrit Dykstra, 86, of Zeeland, passed into glory on April 21, 2026.

Gerrit was born February 9, 1940, in Borculo, the son of Jacob and Hilda Dykstra. He served in the U.S. Army, then built houses across Ottawa County for 40 years. He is survived by his wife of 61 years, Joyce (Kamps) Dykstra; his children, Mark (Deb) Dykstra of Zeeland and Linda (Scott) Van Dyke of Allendale; ten grandchildren; and his sister, Willie Ter Haar of Hudsonville. He was preceded in death by his brother, Harold Dykstra.

Funeral 11 a.m. Monday at First CRC of Zeeland. Pallbearers: Jake DeVries, Tyler Van Dyke, Nick and Sam Dykstra.""",
gold=[("GRR016", "deceased_client"), ("GRR017", "spouse_of_deceased_client"), ("GRR005", "survivor")]),

dict(guid="grr_fh_arie-ter-haar-2026", pub="2026-05-12T15:00:00-04:00", title="Arie Ter Haar",
body="""Arie Ter Haar, 91, of Hudsonville, died May 9, 2026.

Arie worked at the Hudsonville Creamery and served 12 years on the Georgetown Township board. He is survived by his wife, Della; his children, Gary (Pam) Ter Haar and Rhonda Ter Haar; and his sister-in-law, Willie Ter Haar of Hudsonville. He was preceded in death by his brother, Jan Ter Haar.

Services Friday 11 a.m. at Hudsonville Reformed Church.""",
gold=[("GRR005", "survivor")]),
]
