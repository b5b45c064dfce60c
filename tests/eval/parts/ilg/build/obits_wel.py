"""The Wilmington Evening Ledger: paid death notices, surname-first headings, terse plain text. Hand-labelled."""

FEED = "wel"
ITEMS = [
dict(guid="ilg_wel_dn_2026_0412", pub="2026-02-27T06:00:00-05:00", title="ORTIZ VELÁZQUEZ, Rafael",
body="""ORTIZ VELÁZQUEZ, Rafael, 67, of Wilmington, born in Cayey, Puerto Rico, died February 23, 2026. Retired SEPTA mechanic; Army veteran. Survived by his wife, Carmen; daughters Marisol and Ivelisse; his sister, Luz Marina Ortiz of New Castle; and seven grandchildren. Visitation 9 a.m., Mass 10 a.m. Tuesday, St. Paul's Church, 1301 E. 4th St. Arrangements: Pérez Funeral Services.""",
gold=[("ILG020", "survivor")]),

dict(guid="ilg_wel_dn_2026_0519", pub="2026-03-19T06:00:00-04:00", title="PATEL, Rajesh N.",
body="""PATEL, Rajesh N., 60, of Parsippany, N.J., formerly of Edison, died March 15, 2026. Survived by his wife, Meena; sons Karan and Dev. Prayer meeting Saturday 4 p.m., BAPS Shri Swaminarayan Mandir, Edison. Notice placed by his cousins in Delaware.""",
gold=[]),

dict(guid="ilg_wel_dn_2026_0633", pub="2026-04-14T06:00:00-04:00", title="D'AGOSTINO, Rosemarie \"Ro\"",
body="""D'AGOSTINO, Rosemarie "Ro", 76, of Wilmington's Little Italy, died April 10, 2026. Born November 22, 1949. Retired after 40 years as a secretary at St. Anthony of Padua Grade School, where three generations called her Miss Ro. Survived by her niece, Gina (Tommy) Ferrante of Wilmington; nephew, Vincent D'Agostino of Glen Mills, Pa.; and her friends of the St. Anthony's Festival committee. Predeceased by her brother, Carmen D'Agostino. Mass of Christian Burial 11 a.m. Friday, St. Anthony of Padua Church. Marconi-Wozniak Funeral Homes.""",
gold=[("ILG003", "deceased_client"), ("ILG022", "survivor"), ("ILG021", "survivor")]),

dict(guid="ilg_wel_dn_2026_0702", pub="2026-05-06T06:00:00-04:00", title="CUBBAGE, Clayton R.",
body="""CUBBAGE, Clayton R. "Clay", 53, of Salisbury, Md., died May 2, 2026. Poultry grower and volunteer firefighter with the Parsonsburg VFC. Survived by his wife, Tammy; sons Logan and Tyler; his mother, Shirley Cubbage of Delmar, Md. Services Saturday 1 p.m., Holloway Funeral Home, Salisbury.""",
gold=[]),

dict(guid="ilg_wel_dn_2026_0788", pub="2026-07-08T06:00:00-04:00", title="JESTER, Harold \"Buck\"",
body="""JESTER, Harold L. "Buck", 79, of Smyrna, died July 4, 2026. Farmed corn, soybeans and lima beans near Clayton for 55 years; longtime member of the Kent County Farm Bureau and Smyrna Ruritan Club. Survived by his wife, Marlene; son, Wayne Jester of Clayton; sister, Doris Messick (Wib) of Dover; four grandchildren. Funeral 11 a.m. Saturday, Asbury United Methodist Church, Smyrna. Burial Glenwood Cemetery.""",
gold=[("ILG014", "survivor"), ("ILG013", "survivor")]),

dict(guid="ilg_wel_dn_2026_0851", pub="2026-10-06T06:00:00-04:00", title="BRITTINGHAM, Ruth Ann",
body="""BRITTINGHAM, Ruth Ann, of Middletown, died October 3, 2026. Arrangements are pending with the Daniels & Hutchison Funeral Home, Middletown.""",
gold=[("ILG016", "possible_deceased_client")]),
]
