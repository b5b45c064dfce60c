"""The Elm City Courier: paid death notices as the New Haven daily prints them ("SURNAME, First M. (Maiden)"
headings, one dense paragraph, plain text). Hand-labelled (gold beside each)."""

FEED = "dn"
ITEMS = [
dict(guid="hvn_dn_2026_1103", pub="2026-01-19T05:00:00-05:00", title="PRZYBYLSKI, Thaddeus S. Sr.",
body="""PRZYBYLSKI, Thaddeus S. Sr., 91, of Meriden, died January 16, 2026, at the Masonicare Health Center. Husband of the late Helen (Bartosik) Przybylski. Born in New Britain, son of the late Stanislaw and Zofia Przybylski, Ted was a tool-and-die maker at International Silver for 38 years and a lifelong member of Holy Trinity Parish and the Polish Falcons Nest 519. Survived by his son, Thaddeus "Ted" Przybylski Jr. (Carol) of Wallingford; his daughter, Barbara Nowak (Edward) of Southington; five grandchildren and two great-grandchildren. Funeral Saturday 9 a.m. from the Wojcik Funeral Home, Meriden, followed by a Mass at 10 a.m. at Holy Trinity Church. Burial in Sacred Heart Cemetery.""",
gold=[("HVN012", "survivor")]),

dict(guid="hvn_dn_2026_1157", pub="2026-02-16T05:00:00-05:00", title="DUNNIGAN, Gerald F.",
body="""DUNNIGAN, Gerald F., 80, of Tucson, Ariz., formerly of Branford, died February 10, 2026, in Tucson. Husband of 54 years of Patricia (Walsh) Dunnigan. Jerry taught industrial arts at Branford High School from 1968 to 1990 before the couple moved west for the sunshine. Besides his wife he leaves his sons, Kevin of Phoenix and Brian of Denver, and four grandchildren. A memorial Mass will be celebrated in Tucson. Contributions to the Branford Historical Society.""",
gold=[]),  # namesake of HVN014 Gerald "Gerry" Dunnigan (b. 1961, wife Mary Beth), 80 and in Arizona -> nothing

dict(guid="hvn_dn_2026_1189", pub="2026-03-09T05:00:00-04:00", title="LOUGHRAN, Bernard J. \"Barney\"",
body="""LOUGHRAN, Bernard J. "Barney", 88, of Branford, died peacefully March 6, 2026, at Connecticut Hospice. Husband of the late Kathleen (Foley) Loughran. Barney was a Branford police officer for 28 years and then a crossing guard at Murphy School, where he knew every child's name and most of their grandparents'. Survived by his daughters, Mary Beth Dunnigan and her husband Gerry of Branford, and Anne Loughran of Providence, R.I.; his son, Francis Loughran of Hamden; seven grandchildren including Caitlin and Sean Dunnigan; and his brother, Thomas Loughran of Dublin, Ireland. Friends may call Thursday 4-7 p.m. at the Branford Memorial Home, 6 Cedar St. Mass Friday 10 a.m. at St. Therese Church. Burial in St. Agnes Cemetery.""",
gold=[("HVN013", "survivor"), ("HVN014", "survivor")]),

dict(guid="hvn_dn_2026_1204", pub="2026-03-23T05:00:00-04:00", title="GWOZDZ, Stanley J.",
body="""GWOZDZ, Stanley J., 74, of Meriden, died March 20, 2026, at home. Stan was a mail carrier in Meriden for 33 years, a Vietnam-era Army veteran and a devoted fan of the Hartford Whalers long after they left. He is survived by his sister, Lorraine Haberstroh and her husband Dale of Cheshire; his nieces, Amy and Kristin; and his faithful companion, Bruno. He was predeceased by his parents, Jan and Stella (Pac) Gwozdz, and his brother, Walter. Funeral Monday 10 a.m. at St. Stanislaus Church, Meriden. Burial with military honors in Walnut Grove Cemetery.""",
gold=[("HVN019", "survivor")]),

dict(guid="hvn_dn_2026_1231", pub="2026-04-06T05:00:00-04:00", title="HABERSTROH, Lorraine M.",
body="""HABERSTROH, Lorraine M., 70, of Toledo, Ohio, died April 1, 2026. Lorraine was a registered nurse at Toledo Hospital for 40 years. She is survived by her husband, Gary Haberstroh; her sons, Eric (Megan) and Todd; and her sister, Janice Albers of Sylvania, Ohio. The family spent many summers at Hammonasset, and Lorraine asked that her ashes be scattered there. A private service will be held in Toledo.""",
gold=[]),  # namesake of HVN019 (Cheshire, b. 1955, husband Dale) in Ohio, husband Gary -> nothing

dict(guid="hvn_dn_2026_1266", pub="2026-04-20T05:00:00-04:00", title="KILBRIDE, Margaret (Foley)",
body="""KILBRIDE, Margaret (Foley), 96, of Milford, died April 17, 2026, at the Milford Health and Rehabilitation Center. Wife of the late Ambrose P. Kilbride Sr. Survived by her son, Ambrose Kilbride of Milford; her daughter, Maureen Costigan of Stratford; eight grandchildren and eleven great-grandchildren. Mass of Christian Burial Thursday 11 a.m. at St. Mary Church, Milford. Arrangements by Cody-White Funeral Home.""",
gold=[]),  # HVN017 Ambrose Kilbride is a survivor but do_not_contact -> nothing

dict(guid="hvn_dn_2026_1290", pub="2026-05-04T05:00:00-04:00", title="MULRYAN, Nora (Keane)",
body="""MULRYAN, Nora (Keane), 90, of West Haven, died May 1, 2026. Wife of the late Patrick Mulryan. Born in County Mayo, Nora came to West Haven in 1957 and worked in the cafeteria at West Haven High School for 25 years. Survived by her daughter, Brigid Houlihan and her husband, Dermot, of West Haven; her son, Padraig Mulryan of Quincy, Mass.; six grandchildren and three great-grandchildren. Mass of Christian Burial Saturday 10 a.m. at St. Louis Church, West Haven. Burial in St. Lawrence Cemetery.""",
gold=[("HVN004", "survivor")]),

dict(guid="hvn_dn_2026_1318", pub="2026-05-18T05:00:00-04:00", title="THREADGILL, Odessa",
body="""THREADGILL, Odessa, of New Haven, entered into rest May 14, 2026. Arrangements entrusted to Dixwell Memorial Chapel, New Haven.""",
gold=[("HVN007", "possible_deceased_client")]),  # no age, no spouse, no maiden name: verify, do not flag
]
