"""Parish bulletin of the St. Anthony & St. Patrick Parish Family, Watertown (the old Italian parish and its
partner): "Please pray for the repose of the soul of ...", notices sent in by parishioners and by the sister parish
in Cape Vincent. Plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_sap-bulletin-2026-03-01-a", pub="2026-03-01T07:00:00-05:00",
title="Rosetta Lombardi - Watertown",
body="""Please pray for the repose of the soul of Rosetta (Caprara) Lombardi, 93, who entered eternal life on February 25 at the Samaritan Keep Home. Rosetta was baptized, confirmed and married in this church, and for sixty years she rolled the cavatelli for the St. Anthony's Festa. She was the widow of Carmine Lombardi.

She leaves her sister, Mena Scordato of Franklin Street, a daily communicant at our 8 o'clock Mass; her nephew, Raffaele "Ralph" Scordato and his wife, Gina, of Black River; and her godchildren, Angela Caprara Boyer and Vincent Caprara. Her brothers, Dominic and Salvatore Caprara, went before her.

Her Mass of Christian Burial was offered Saturday by Father Anthony Ruggiero. Eternal rest grant unto her, O Lord. Memorial Masses may be requested at the parish office.""",
gold=[("ART009", "survivor"), ("ART019", "survivor")]),

dict(guid="art_sap-bulletin-2026-04-12-a", pub="2026-04-12T07:00:00-04:00",
title="Marie-Ange Goutremout - Cape Vincent",
body="""From our sister parish of St. Vincent of Paul, Cape Vincent: please pray for Marie-Ange Goutremout, 90, who died on April 8 at her home on Real Street, the house where she was born. Priez pour elle.

Mlle. Goutremout was a seamstress who made the costumes for the Cape Vincent French Festival for forty years. She is survived by her sister, Delphine Brouillette (née Goutremout) of Cape Vincent, and by her nieces and nephews on both sides of the river. Her parents, Alcide and Léontine Goutremout, and her brothers, Gérard and Alcide Jr., preceded her in death.

The funeral Mass will be celebrated at St. Vincent of Paul Church on Wednesday at 11 a.m. Those who wish may send a Mass card to the rectory at 351 Broadway.""",
gold=[("ART003", "survivor")]),

dict(guid="art_sap-bulletin-2026-06-21-a", pub="2026-06-21T07:00:00-04:00",
title="Philomena T. Scordato - Rome, N.Y.",
body="""Please remember in your prayers Philomena Theresa Scordato, 64, of Rome, N.Y., who died June 16 at Rome Memorial Hospital after a long illness. Philomena was named for her aunt, our own parishioner Mena Scordato of Watertown, who asked that this notice be printed.

She is survived by her brothers, Anthony and Dominic Scordato of Rome; her aunt, Mena Scordato of Watertown; and her cousin, Ralph Scordato and his wife, Gina, of Black River. Her parents, Vincenzo and Lucia Scordato, preceded her in death.

Her funeral was held Friday at St. Peter's Church in Rome. May the angels lead her into paradise.""",
gold=[("ART009", "survivor"), ("ART019", "survivor")]),

dict(guid="art_sap-bulletin-2026-07-19-a", pub="2026-07-19T07:00:00-04:00",
title="Agnes F. Doyle - Watertown",
body="""We commend to the mercy of God Agnes Fairweather Doyle, 91, of Mullin Street, who died on July 14. Agnes sang in the St. Patrick's choir for 52 years and ran the rummage sale until she was 88.

She is survived by her sons, Kevin Doyle of Watertown and Brian Doyle of Albany; seven grandchildren; and her cousin, Mrs. Thaddeus Quackenbush (Lorraine) of Watertown, who sat with her every Thursday. Her husband, Francis X. Doyle, died in 2006.

The Mass of Christian Burial was celebrated at St. Patrick's Church on Saturday. Pallbearers were Kevin Doyle, Brian Doyle, Sean Doyle and Iggy Pfenninger.""",
gold=[("ART002", "survivor"), ("ART001", "survivor")]),
]
