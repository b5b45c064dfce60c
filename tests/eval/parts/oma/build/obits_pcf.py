"""Papio Creek Funeral Home & Cremation (Bellevue): military retirees and Offutt families, HTML description.
Hand-labelled."""

FEED = "pcf"
ITEMS = [
dict(guid="oma_pcf_2026_walter_pflug", pub="2026-03-03T13:00:00-06:00", title="CMSgt (Ret.) Walter \"Walt\" Pflug, USAF",
body="""Chief Master Sergeant (Retired) Walter Henry "Walt" Pflug, 80, of Bellevue, slipped the surly bonds of earth on February 28, 2026, at the Nebraska Veterans' Home.

Walt was born in Hastings, Nebraska, and enlisted in the U.S. Air Force in 1964. He served 30 years as an aircraft maintenance specialist, with tours at Clark Air Base, RAF Mildenhall and Offutt Air Force Base, where he retired in 1994 as the senior enlisted leader of the 55th Maintenance Group. He kept the RC-135s flying and could identify one by engine sound from his back yard. In retirement he drove a school bus for Bellevue Public Schools and volunteered at the Strategic Air Command museum.

Walt is survived by his sister, Judy (Lee) Ostergaard of Bellevue; his nephews, Kurt and Brian Ostergaard; and his beloved dog, Major. He was preceded in death by his wife, Donna (Kessler) Pflug, in 2019, and by his parents, Henry and Ida Pflug.

Visitation will be Thursday from 5 to 7 p.m. at Papio Creek Funeral Home, 2202 Hancock Street, Bellevue. Funeral service Friday at 10 a.m. at Offutt Chapel Center, followed by inurnment with full military honors at Omaha National Cemetery. Pallbearers: Reggie Toussaint, Gene Albers, Dwight Hessel, Kurt Ostergaard, Brian Ostergaard and Tony Mercado.""",
gold=[("OMA013", "survivor"), ("OMA012", "survivor")]),

dict(guid="oma_pcf_2026_yvonne_toussaint", pub="2026-04-20T15:30:00-05:00", title="Yvonne Marie Toussaint",
body="""Yvonne Marie Toussaint, 87, of Bellevue, passed away peacefully on April 17, 2026, at Bellevue Medical Center.

Yvonne was born in Opelousas, Louisiana, and married Master Sergeant Alphonse Toussaint in 1958. As an Air Force wife she made homes in Texas, Guam, England and, finally, Bellevue, where the family settled when Al was assigned to Offutt in 1971. She worked 25 years as a cafeteria manager at Fontenelle Elementary, never met a child she would not feed, and was a faithful member of St. Mary's Catholic Church in Bellevue, where she led the Altar Society for two decades.

She is survived by her son, Lt. Col. Reginald "Reggie" Toussaint, USAF (Ret.), of Bellevue; her daughter, Claudette Broussard (Wayne) of Lafayette, La.; four grandchildren and three great-grandchildren. She was preceded in death by her husband, Alphonse, in 2011.

Mass of Christian Burial will be celebrated Saturday at 11 a.m. at St. Mary's Catholic Church, Bellevue. Interment Omaha National Cemetery beside her husband. In lieu of flowers, memorials to the Offutt Airmen and Family Readiness Center.""",
gold=[("OMA014", "survivor")]),

dict(guid="oma_pcf_2026_dale_wendt", pub="2026-05-26T12:10:00-05:00", title="SMSgt (Ret.) Dale Wendt, USAF",
body="""Senior Master Sergeant (Retired) Dale Allen Wendt, 82, of Papillion, passed away May 23, 2026, after a brave battle with Parkinson's.

Dale was born in Norfolk, Nebraska, and served 24 years in the U.S. Air Force as a communications technician, including two tours in Southeast Asia and 11 years at Offutt with the Strategic Air Command. After retiring he ran Wendt TV & Radio Repair on Washington Street in Papillion for 20 years and never charged a widow for a house call.

He is survived by his wife of 58 years, Carol (Benes) Wendt; his daughters, Lisa (Mark) Brandl of Papillion and Sandra Wendt of Kansas City; and five grandchildren. Dale was preceded in death by his parents, his brother Gary, and his best friend and brother-in-law, Thomas Brannigan.

A memorial service with military honors will be held Friday at 2 p.m. at Papio Creek Funeral Home, Papillion Chapel, 310 N. Washington Street. Memorials to the Parkinson's Nebraska support group.""",
gold=[]),
]
