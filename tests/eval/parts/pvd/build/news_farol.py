"""O Farol Luso-Americano (Portuguese-American and Cape Verdean community weekly, English edition): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "farol"
ITEMS = [
dict(guid="pvd_farol_2026_0521", pub="2026-05-21T08:00:00-04:00",
title="Bodas de ouro: Manny and Fátima Raposo celebrate fifty years",
body="""FALL RIVER - Manuel "Manny" Raposo and Maria de Fátima (Cabral) Raposo of Columbia Street celebrated their fiftieth wedding anniversary on Saturday with a Mass at Santo Christo Church, the same church where they were married on May 16, 1976.

The couple met at a Holy Ghost feast in 1974, when he was a young weaver at the Bourne Mills and she was sewing collars at the Shelburne Shirt Company beside her mother. They raised three sons in the Columbia Street neighborhood, and Manny retired in 2012 after thirty years with the Fall River Housing Authority.

More than 150 relatives and friends joined them afterward for a dinner at the Clube Juventude Lusitana. "Fifty years, and she still won't tell me the recipe for her sopas," Manny said.""",
gold=[("PVD002", "subject"), ("PVD001", "subject")]),

dict(guid="pvd_farol_2026_0611", pub="2026-06-11T08:00:00-04:00",
title="First in her family: New Bedford's Djamila Tavares Lopes earns nursing degree",
body="""NEW BEDFORD - When Djamila Tavares Lopes walked across the stage at UMass Dartmouth's commencement last month, the loudest cheering section in the arena was from the South End.

Tavares Lopes, 22, the daughter of Gilberto "Gil" Tavares Lopes of New Bedford and the late Maria Andrade, graduated summa cum laude with a bachelor's degree in nursing, the first in her family to finish college. She starts in July as a nurse in the cardiac unit at St. Luke's Hospital.

"My father fixed boat engines at 5 a.m. so I could study," she said. "This diploma has his name on it too." """,
gold=[("PVD011", "parent_of_subject")]),

dict(guid="pvd_farol_2026_0709", pub="2026-07-09T08:00:00-04:00",
title="Feast of the Blessed Sacrament committee thanks sponsors",
body="""NEW BEDFORD - The Clube dos Madeirenses has announced the sponsors and committee for the 112th Feast of the Blessed Sacrament, to be held July 30 through August 2 at Madeira Field.

This year's committee is led by president Rui Gouveia, with vice president Armando Estrela, treasurer Paulo Rebelo and secretary Lurdes Vieira. Gold sponsors include Acushnet Fish Co., Aguiar Auto Body, José Carlos Amaral Furtado, the Ferreira family of Dartmouth and Sousa Rebelo Marine Electric.

Admission is free. Carne de espeto and Madeira wine will be served on the field each night.""",
gold=[]),  # committee and sponsor list: nothing for PVD019, PVD022, PVD006; PVD016 is do_not_contact

dict(guid="pvd_farol_2026_0820", pub="2026-08-20T08:00:00-04:00",
title="Consulate honors New Bedford's Armando Estrela for four decades of Portuguese school",
body="""NEW BEDFORD - Armando Estrela, who has taught Portuguese to the children of the South End every Saturday morning since 1985, received the Medal of Merit of the Portuguese Communities on Saturday from the consul of Portugal in New Bedford.

Estrela, 76, a retired machinist born in Rabo de Peixe, São Miguel, has directed the Escola Portuguesa of Our Lady of the Immaculate Conception for thirty years. By his count, more than 2,400 students have passed through his classroom. "Some of them are grandparents now," he said. "They still conjugate badly."

His wife, Conceição, and their children and grandchildren attended the ceremony at the Casa da Saudade library.""",
gold=[("PVD019", "subject")]),

dict(guid="pvd_farol_2026_0903", pub="2026-09-03T08:00:00-04:00",
title="Azorean poet Helena Câmara wins national literary prize in Lisbon",
body="""PONTA DELGADA, Azores - The poet Helena Câmara of Ponta Delgada has won Portugal's Prémio Nacional de Poesia for her collection "Mar de Dentro," the Portuguese culture ministry announced on Friday.

Câmara, 41, teaches literature at the University of the Azores. Her collection, written during a year spent on the island of Corvo, will be published in English translation next spring by a Boston press.""",
gold=[]),  # namesake in the Azores, age 41: nothing for PVD017 (East Providence, b. 1972)

dict(guid="pvd_farol_2026_0528", pub="2026-05-28T08:00:00-04:00",
title="Thousands fill Kennedy Park for the Great Feast of the Holy Ghost",
body="""By Armando Estrela, Special to O Farol

FALL RIVER - Under a cloudless sky, more than 40,000 people filled Kennedy Park over the weekend for the 2026 Great Feast of the Holy Ghost, the largest Portuguese festival in the region.

The Sunday procession, led by this year's festival president, Eduardo Sardinha, and the queens of the Holy Ghost brotherhoods of Fall River, Taunton and Somerset, stretched more than a mile along South Main Street. The traditional free meal of sopas, prepared overnight by about two hundred volunteers, was served to some 8,000 people on Sunday afternoon.

"The feast belongs to everyone," Sardinha said. "You do not need to be Azorean to eat sopas. You only need to be hungry." """,
gold=[]),  # PVD019 is the writer of the story: nothing
]
