"""Prairie Heritage Funeral Chapels (Huron, Miller, Wessington Springs): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.prairieheritagechapels.example/obituaries/"
ITEMS = [
dict(guid="hon_pfc_ardella-schoenfelder", pub="2026-01-22T15:00:00-06:00", title="Ardella Schoenfelder (1935 - 2026)",
body="""Ardella Schoenfelder, 90, of Miller entered eternal rest on January 19, 2026, at the Hand County Memorial Hospital.

Ardella Rose Kusler was born July 7, 1935, in Faulk County. She married Edwin Schoenfelder in 1954 and together they ran the Schoenfelder Hardware store on Main Street in Miller until 1997.

Left to cherish her memory are her daughter Connie and her husband Duane Fuhrman of Miller; son Gary Schoenfelder of Bismarck, N.D.; seven grandchildren and nine great-grandchildren.

Ardella was preceded in death by her husband Edwin and her sister Irma.

Funeral service will be held at 10:30 AM Monday at St. Ann's Catholic Church in Miller. Casket bearers: Brad Mairose, Tyler Fuhrman, Ethan Schoenfelder and Cole Fuhrman."""
, gold=[("HON013", "survivor"), ("HON012", "survivor")]),

dict(guid="hon_pfc_albert-wipf", pub="2026-02-05T15:00:00-06:00", title="Albert Wipf (1934 - 2026)",
body="""Albert Wipf, 91, formerly of Wolsey, died February 2, 2026, at Prairie Estates in Huron.

Albert was born on the Spring Valley Colony and left the colony as a young man to farm near Wolsey. He married Sarah Hofer in 1957; she died in 2012.

Survivors include his daughter Joyce (Harlan) Tschetter of Wolsey; son Daniel Wipf of Yankton; nephew Randy Hofer of Huron; and 14 grandchildren.

Services will be 2 PM Saturday at Bethel Mennonite Church, Wolsey."""
, gold=[("HON018", "survivor")]),

dict(guid="hon_pfc_luverne-sippel", pub="2026-03-04T15:00:00-06:00", title="Luverne Sippel (1946 - 2026)",
body="""Luverne "Vern" Sippel, 79, of Huron passed away peacefully on March 1, 2026, surrounded by his family.

Vern was a mail carrier in Huron for 32 years and a longtime Huron Elks bowler. His coffee group at the Daylight Donuts will miss his stories.

He is survived by his daughter, Kathy Sippel of Huron; son, Mark Sippel and his wife Rachel of Watertown; and four grandchildren.

Vern was preceded in death by his wife, Joan, and his parents.

A celebration of life will be held at 1 PM Thursday at the Prairie Heritage Chapel in Huron."""
, gold=[("HON009", "survivor")]),

dict(guid="hon_pfc_gerald-hinrichs-sr", pub="2026-03-26T15:00:00-05:00", title="Gerald Hinrichs Sr. (1944 - 2026)",
body="""Gerald Hinrichs Sr., 81, of Miller died March 23, 2026, at his home.

Gerald farmed and ranched south of Miller his whole life and served 20 years on the Hand County Commission.

He is survived by his wife of 59 years, Delores; son Jerry (Tammy) Hinrichs of Miller; daughter Lisa (Mike) Bauman of Highmore; and seven grandchildren.

Funeral will be 10 AM Tuesday at Zion Lutheran Church, Miller, Pastor Ruth Lindquist officiating."""
, gold=[("HON006", "survivor")]),

dict(guid="hon_pfc_alma-mairose", pub="2026-04-16T15:00:00-05:00", title="Alma Mairose (1932 - 2026)",
body="""Alma Mairose, 93, of Highmore passed away April 13, 2026, at the Highmore Health nursing home.

Alma was a country school teacher in Hyde and Hand Counties and a lifetime member of the Highmore American Legion Auxiliary.

She is survived by her grandchildren, Brad (Colette) Mairose of Miller and Amber Mairose of Denver; and three great-grandchildren, including Tanner.

She was preceded in death by her husband, Leonard; and her son, Roger.

Services will be held at 11 AM Monday at St. Mary's Catholic Church, Highmore."""
, gold=[("HON020", "survivor"), ("HON019", "survivor")]),

dict(guid="hon_pfc_irene-schaefbauer", pub="2026-05-07T15:00:00-05:00", title="Irene Schaefbauer (1935 - 2026)",
body="""Irene Schaefbauer, 90, of Wessington Springs died May 4, 2026, at Weskota Manor.

Irene cooked at the Wessington Springs school for 25 years and was known for her kuchen at every church supper.

She is survived by her sons, Vernon Schaefbauer of Wessington Springs and Leroy (Deb) Schaefbauer of Woonsocket; and five grandchildren.

She was preceded in death by her husband, Anton, and a daughter, Rita.

Mass of Christian Burial will be 10:30 AM Friday at St. Joseph Catholic Church, Wessington Springs."""
, gold=[("HON023", "survivor")]),
]
