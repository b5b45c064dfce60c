"""Tuttle-Marino Funeral Home (Rutland, Brandon): funeral-home site, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="rut_tmfh_8801", pub="2026-01-22T14:00:00-05:00", title="Rose C. Valente",
body="""Rose Catherine Valente, 68, of Rutland passed away on January 20, 2026, surrounded by her family.

Rose was born in Rutland, graduated from Mount St. Joseph Academy and worked as a nurse at Rutland Regional Medical Center for 38 years. She loved her garden on Crescent Street, the Red Sox and her grandchildren.

She leaves her son, Peter Valente and his wife, Nadia, of Rutland; her daughter, Lucia Ferraro of Burlington; her grandchildren, Sofia, Marco and Gianna; and her sister, Annette Baird. She was predeceased by her husband, Silvio.

Visiting hours will be Sunday from 3 to 6 p.m. at Tuttle-Marino Funeral Home, Rutland. A Mass of Christian Burial will be celebrated Monday at Christ the King Church.""",
gold=[("RUT018", "survivor"), ("RUT019", "survivor")]),

dict(guid="rut_tmfh_8802", pub="2026-02-11T14:00:00-05:00", title="Harold F. Gilmartin",
body="""Harold Francis Gilmartin, 90, of Rutland died Sunday, February 8, 2026, at the Eden Park nursing home.

Harold was a Rutland railroad man, a Korea veteran and for many years an usher at St. Peter's Church. He could recite the Rutland Railroad timetable of 1953 from memory.

He is survived by his sister, Mary Beth Thibault of Rutland, and by his nieces and nephews. He was predeceased by his wife, Dorothy, his brother, James, and his brother-in-law, Roger Thibault.

A graveside service will be held in the spring at Calvary Cemetery.""",
gold=[("RUT005", "survivor")]),

dict(guid="rut_tmfh_8803", pub="2026-04-08T14:00:00-04:00", title="Conrad L. Ouimette",
body="""Conrad Leo Ouimette, 73, of Florence died April 5, 2026, at the Dartmouth-Hitchcock Medical Center in Lebanon, N.H.

Conrad was born in Proctor and worked at the OMYA plant in Florence for 35 years. He was a deer hunter, a cribbage shark and a lifelong member of the Pittsford Fish and Game Club.

Survivors include his wife of 50 years, Cecile (Ceci) Ouimette of Florence; his sons, Marc and Andre; and four grandchildren. He was predeceased by his brothers, Paul and Gilles.

A funeral Mass will be held Saturday at St. Alphonsus Church, Pittsford.""",
gold=[("RUT022", "survivor")]),

dict(guid="rut_tmfh_8804", pub="2026-05-06T14:00:00-04:00", title="Marguerite A. Lafleur",
body="""Marguerite Alice Lafleur, 94, of North Clarendon died May 3, 2026, at the Rutland Health Care Center.

Born in Clarendon, she was the last of eleven children. She kept house, kept chickens and kept everybody's birthday in a notebook that her nieces treasure.

She is survived by her nieces, Diane Poirier and Susan Lafleur, and several great-nieces and great-nephews. She was predeceased by her husband, Rene, and all of her siblings.

A Mass will be celebrated Thursday at St. Bridget Church. Bearers will be Wendell Trombley, Bart Szczepanik, Marc Poirier and Daniel Lafleur. The family thanks Dr. Imogen Haskins and the staff of the Rutland Health Care Center for their kindness.""",
gold=[]),

dict(guid="rut_tmfh_8805", pub="2026-06-17T14:00:00-04:00", title="Dominic A. Pezzulo Sr.",
body="""Dominic Angelo Pezzulo Sr., 94, of Proctor died Monday, June 15, 2026, at the Vermont Veterans' Home in Bennington.

Dominic was born in Proctor in 1931 to Italian marble carvers. He carved marble himself at the Proctor works for 44 years; his lettering is on half the monuments in St. Dominic Cemetery.

He is survived by his son, Dominic "Dom" Pezzulo Jr. and his wife, Theresa (Bruzzese), of Proctor; his daughter, Anna Pezzulo Reed of Hartford, Conn.; and six grandchildren. He was predeceased by his wife, Lucia, in 2015.

A Mass of Christian Burial will be celebrated Saturday at St. Dominic Church, Proctor.""",
gold=[("RUT001", "survivor"), ("RUT002", "survivor")]),

dict(guid="rut_tmfh_8806", pub="2026-04-03T14:00:00-04:00", title="Dennis M. Hurley",
body="""FAIR HAVEN - Dennis Michael Hurley, 77, died Sunday, March 29, 2026, at the Fair Haven Health Care Center.

Denny was born in Fair Haven, the son of Patrick and Nora (Whalen) Hurley. He worked in the slate quarries of Fair Haven and Poultney for forty years and coached Little League for twenty of them.

He is survived by his sister, Eileen McGarry (Frank) of Fair Haven; his brother, Thomas Hurley of Whitehall, N.Y.; and many nieces and nephews. He was predeceased by his wife, Kathleen, and by his sister, Margaret.

A Mass of Christian Burial will be celebrated Friday at Our Lady of Seven Dolors Church. Burial will follow in St. Mary's Cemetery.""",
gold=[]),

dict(guid="rut_tmfh_8807", pub="2026-07-29T14:00:00-04:00", title="Martin J. Kehoe",
body="""Martin James Kehoe, 58, of Chittenden died suddenly on July 26, 2026, while hiking near Pico Peak, a place he loved.

Marty was a builder who framed houses from Killington to Brandon, and a volunteer with the Chittenden Fire Department.

He is survived by his wife, JoAnn (Roberge) Kehoe of Chittenden; his daughter, Caitlin; his mother, Rita Kehoe of Rutland; and his brothers, Sean and Brendan.

A celebration of his life will be held at the Chittenden Town Hall. Rev. Laura Pike will officiate.""",
gold=[("RUT017", "survivor")]),
]
