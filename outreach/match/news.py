"""News: a person (or the business the text ties to them) who is the subject of a life event.

Pure. Mentions come from the roster's surname automaton (the caller passes the hits); this module reads
the given names before each hit, the place after it, and whether the sentence (or the headline) puts a
life event on that person. Bare lists ("Donors include A, B, C and D") are not subjects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import ahocorasick

from outreach.match.config import DEFAULT_CONFIG, MatchConfig
from outreach.match.names import is_known_given_name, suffix_key
from outreach.match.places import city_key, is_country, is_known_town, leading_town, state_code, states_with_town
from outreach.match.sentences import boundary_after, sentence_after, sentence_around, sentence_before
from outreach.match.text import PersonName, Token, read_place, tokens
from outreach.match.words import TITLE_STOP, TITLES

LIFE_EVENTS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "loss": r"\b(?:died|dies|killed|death\s+of|passed\s+away|mourn(?:s|ing)?|lost\s+(?:his|her|their)\s+"
        r"(?:wife|husband|son|daughter|mother|father|child|brother|sister)|fatal(?:ly)?|"
        # a funeral, but not the funeral home or director named in every notice and its support-group posts
        r"funeral(?!\s+(?:homes?|chapels?|directors?|parlou?rs?|services\s+(?:inc|llc)\b)))\b",
        # "fire" but not the fire department that is quoted about everything.
        "fire": r"\b(?:fires?(?!\s+(?:department|dept|chief|station|hall|district|officials?|fighters?|truck|"
        r"marshal|protection|engine|company|inspector|prevention))|blaze|burned|burnt|flames|arson|smoke\s+damage)\b",
        "flood": r"\b(?:flood(?:s|ed|ing|waters)?|water\s+damage|swept\s+away|took\s+(?:on\s+)?water|"
        r"spill(?:s|ed)\s+into\s+(?:[\w'\-]+\s+){0,3}?(?:homes|houses|basements|streets|neighborhoods?))\b",
        # ... but not "was not injured", "no injuries were reported", "escaped injury"
        "injury": r"\b(?:(?<!not\s)(?<!n't\s)(?<!no\s)(?<!escaped\s)(?<!without\s)injur(?:ed|ies|y)|hospitali[sz]ed|"
        r"critical\s+condition|seriously\s+hurt|crash|collision|rescued|struck\s+by|"
        # an animal's attack ("recovering after an alligator bit his arm", "bitten by a rattlesnake", "mauled")
        r"(?:alligator|gator|shark|dog|bear|rattlesnake|snake|cougar|bull)\s+(?:bite|bit|attack(?:ed)?)|bitten\s+by|mauled|"
        r"recovering\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w'.\-]+\s+){0,4}?(?:hospital|medical\s+center)|"
        r"pulled\s+from\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:river|lake|current|water|surf|ocean|pond|creek|canal|"
        r"wreckage|rubble|icy|burning)|(?<!not\s)(?<!n't\s)hurt|wounded|"
        # ("flown to a Kearney hospital Tuesday after he was pinned against a working chute by a bull")
        r"pinned\s+(?:against|under|beneath|between|in)|(?:flown|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:hospital|medical\s+center|trauma\s+center)|airlifted|"
        r"accident)\b",
        "award": r"\b(?:award(?:ed|s)?|honou?red|honou?rs?|recogni[sz]ed|inducted|of\s+the\s+year|wins|won|"
        r"receives|received\s+the|medal|scholarship|perfect\s+(?:act|sat)\s+score|perfect\s+(?:\d{2,4}\s+)?on\s+the\s+(?:act|sat)\b|(?:named|selected\s+(?:as|for\s+the)|chosen\s+(?:as|for\s+the))\s+(?:an?\s+)?(?:\d{4}\s+)?(?:[\w.'\-]+\s+){0,2}?scholars?\b|"
        # ("accepted to the South Carolina Governor's School for Science and Mathematics")
        r"(?:accepted|admitted|selected|chosen)\s+(?:to|for|into)\s+(?:the\s+)?(?:[\w.'\-]+\s+){0,4}?governor'?s\s+"
        r"(?:school|honors\s+academy)\b|"
        # ("named U.S. Presidential Scholars candidate", "named a candidate for the U.S. Presidential Scholars Program",
        # "a National Merit semifinalist")
        r"named\s+an?\s+candidate\s+for\s+the\s+(?:[\w.\-]+\s+){0,3}?scholars?\b|(?:semi)?finalists?|hall\s+of\s+fame|eagle\s+scouts?|earn(?:s|ed)\s+(?:(?:his|her|the)\s+)?(?:rank\s+of\s+)?eagle\b|merit\s+badges?|earned\s+the|prizes?|win|"
        r"qualif(?:y|ies|ied)|champions?|championships?|"
        # the rescuer who pulls someone from the water ("helps pull kayakers from"), not the one pulled from it
        r"pull(?:s|ed)?\s+(?!out\b|away\b|off\b|from\b)(?:[^\s]+\s+){1,3}?from|saves|saved|"
        r"hero(?:es|ic)?|rescues|commencement|sign(?:s|ed)\s+with|letter\s+of\s+intent|"
        # a college commitment ("has committed to play college hockey", "commits to UMD hockey")
        r"commit(?:s|ted)\s+to\s+(?:play\b|(?:[\w'\-]+\s+){0,2}?(?:hockey|football|basketball|baseball|softball|"
        r"soccer|volleyball|wrestling|golf|lacrosse|rowing|tennis|swimming)\b)|hole[- ]in[- ]one|"
        r"eagle\s+rank|living\s+treasures?|(?:be|is|are|was|were|led\s+by)\s+(?:the\s+)?grand\s+marshals?|grand\s+marshals?:|"
        r"leads?\s+(?:the\s+)?(?:[\w'\-]+\s+){0,3}?parade|valedictorian|salutatorian|valedictory|(?:named|chose|chosen|selected|as)\s+(?:the\s+)?(?:[\w'\-]+\s+){0,2}?grand\s+marshal|"
        r"(?:took|takes|taking|placed|finished|earned)\s+first\s+(?:place|overall)|(?:took|takes)\s+first\s+(?:at|in)\b|"
        # a contest's title ("takes state title in livestock judging", "claims district title")
        r"(?:wins|won|takes|took|claims|claimed|captures|captured)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?"
        r"titles?\b|"
        r"best\s+(?:of|in)\s+show|(?:blue|purple|champion)\s+ribbons?|"
        # a readers' or viewers' poll ("Sabor de Minas has been voted the best bakery on Cape Cod")
        r"(?:voted|named)\s+(?:as\s+)?(?:the\s+)?(?:[\w'\-]+\s+){0,2}?best\b|"
        # a perfect game ("rolls first perfect game", "rolled a 300 game", "pitched a no-hitter"), a pitcher's day
        r"perfect\s+game|\b300\s+game|no-hitter|(?:strikes|struck)\s+out\s+\d+|"
        # a grant to one's own business ("Strasburg cidery lands state agricultural innovation grant")
        r"(?:land(?:s|ed)|receiv(?:es|ed)|secur(?:es|ed)|won|wins|awarded)\s+(?:an?\s+)?(?:\$[\d.,]+\s*(?:k|m|million)?\s+)?"
        r"(?:[\w\-]+\s+){0,4}?grant\b|"
        # a work chosen for a show ("one of forty quilts chosen for the heritage museum's summer exhibit")
        # ("At 87, Volcano woodturner Gil Kuboyama gets his first retrospective")
        r"retrospective|"
        r"(?:chosen|selected|juried)\s+(?:for|into)\s+(?:the\s+|a\s+)?(?:[\w'\-]+\s+){0,4}?(?:show|exhibit|exhibition|"
        r"museum|gallery|festival)|"
        # ("cherry-orchard quilt headed to the Smithsonian", "will join the National Museum of American History's")
        r"(?:headed\s+to|acquired\s+by|will\s+join)\s+the\s+(?:[\w'\-]+\s+){0,4}?(?:smithsonian|museum)|"
        # a service academy's appointment ("earns appointment to Air Force Academy")
        r"appointment\s+to\s+(?:the\s+)?(?:u\.?s\.?\s+)?(?:[\w\-]+\s+){0,2}?(?:academy|west\s+point)|"
        # a carnival, homecoming or rodeo court ("crowns Queen Juliette", "reigned as queen")
        r"crowned|(?:crowns|names)\s+(?:[\w'\-]+\s+){0,2}?(?:queen|king)|reign(?:s|ed)?\s+as\s+(?:[\w'\-]+\s+){0,2}?(?:queen|king)|"
        # a graduation, but not one a biography dates ("who graduated from Memorial in 1980")
        r"(?:graduat(?:es|ed|ing|ion)|(?:earn(?:s|ed)|receiv(?:es|ed))\s+(?:(?:a|an|her|his|the|their)\s+)?"
        r"(?:[\w'\-]+\s+){0,3}?(?:degree|diploma|doctorate))(?![^.]{0,60}?\bin\s+\d{4}\b))\b",
        "promotion": r"\b(?:promot(?:ed|ion|es)|named\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:president|ceo|chief|"
        r"director|partner|principal|superintendent|chair|manager|head|vice)|appointed|elected|takes\s+the\s+helm|"
        r"hired\s+as|new\s+(?:ceo|president|director|chief|pastor|rector|rabbi|principal|superintendent|coach)|"
        # ("becomes the youngest chair in the chamber's 133-year history")
        r"becomes\s+(?:the\s+)?(?:[\w'\-]+\s+){0,3}?(?:chair|chairman|chairwoman|chairperson|president|ceo|director|"
        r"principal|superintendent|commander)\b|"
        r"installed\s+(?:[^\s]+\s+){0,5}?as\s+(?:(?:its|the|their|our)\s+)?(?:new\s+)?(?:senior\s+|lead\s+)?(?:[\w\-]+\s+)?"
        r"(?:pastor|rector|rabbi|president|chair\w*|bishop|priest|minister|commander|director|chief|principal|head)|sworn\s+in|ordained|consecrated|(?:has|have)\s+joined|joins|"
        r"(?:take[ns]?|took)\s+over\s+(?:the|their|his|her)\b|(?:has|have|was|were|has\s+been|have\s+been)\s+named|"
        r"named\s+to\s+(?:lead|head|run)|will\s+(?:lead|head)\s+(?:its|the|their)\b|name[ds]\s+(?:[^\s]+\s+){1,6}?(?:president|ceo|chief|director|partners?|principal|"
        r"superintendent|chair|manager|head|leader)|"
        # a change of command ("took command of the 791st Missile Maintenance Squadron")
        r"(?:take|took|takes|taking|assume|assumed|assumes)\s+command|"
        # "named Capt. Joaquín Castañeda, a 27-year veteran of the department, as its next chief"
        # ("to name Ingrid Soderquist-Rahn as the district's next superintendent", "picks Soderquist-Rahn as next")
        # ("Petersburg picks Kris Ulvestad as new harbormaster", "confirmed ... as the borough's next harbormaster")
        r"(?:name[ds]?|picks?|picked|chooses|chose|selects|selected|taps|tapped|confirm(?:s|ed))\s+[^.;]{0,120}?\bas\s+"
        r"(?:(?:its|the|their)\s+)?(?:[\w\-]+'s\s+)?(?:(?:new|next)\s+[\w\-]+|(?:[\w\-]+\s+){0,2}?"
        r"(?:president|ceo|chief|director|principal|superintendent|chair|manager|head|pastor|coach))|"
        # ("the board on Thursday named Dr. Anselm Vogelsang, an internist who ..., to the post", "... to lead the")
        r"(?:named|appointed)\s+(?:[^.;]|" + TITLE_STOP + r"){0,160}?"
        r"\bto\s+(?:(?:the|this|that|its|their)\s+(?:new\s+)?(?:post|position|job|role)|lead\s+(?:the|its|their)))\b",
        # (not "a retired school librarian", "son of retired Col. Ray Whitlock": who someone is, not an event)
        # (not a descriptor before the name: "judges were ... retired art teacher Bernadette Zgonc")
        "retirement": r"\b(?:(?<!\ba\s)(?<!\bthe\s)(?<!\bof\s)(?<!\()retir(?:e|es|ed|ing|ement)"
        r"(?!\s+(?:(?!as\b|an?\b|the\b|from\b|after\b|in\b|at\b|on\b)[\w\-]+\s+)?(?:teacher|educator|professor|"
        r"principal|nurse|physician|doctor|minister|pastor|farmer|rancher|miner|engineer|banker|judge|trooper|"
        r"firefighter|lawyer|attorney|librarian|superintendent|colonel|sergeant|officer)s?\b)|"
        r"(?:his|her)\s+last\s+(?:school\s+)?(?:day|shift|tray|batch|class|game|bag|load|route|docket|flight|patient|bell|"
        r"sunday|service|recital|mass)|plays?\s+(?:his|her)\s+last\b|"
        # "hangs up his apron", "hung up her stethoscope"
        r"(?:hangs?|hung|hanging)\s+up\s+(?:his|her|their)\s+[\w\-]+|"
        # ("walked out of the rail mill for the last time", "says goodbye to Valley View Elementary")
        r"for\s+the\s+(?:last|final)\s+time|(?:says?|said|bids?|bade)\s+(?:goodbye|farewell)\s+to|"
        r"(?:final|last|farewell)\s+(?:sermon|homily|broadcast|concert|lecture)|"
        # founders selling their business ("have sold the agronomy business", "sell Tea Ag Supply to employees")
        r"sold\s+(?:the|their|his|her)\s+(?:[\w'&\-]+\s+){0,3}?(?:business|company|firm|store|shop|practice|agency|"
        r"restaurant|dealership)|"
        # ("Hank and Margie Roelofsma have sold Roelofsma Marine, the 120-slip marina ..., to Lakeshore Harbor Group")
        r"(?:has|have)\s+sold\s+(?:[\w'&\-]+\s+){1,3}?(?:marine|marina|farm|orchard|dairy|ranch|hardware|bakery|inn|"
        r"motel|hotel|garage|motors|market|pharmacy|insurance|agency|company|co)\b(?=[^.;]{0,120}?\sto\s)|sells?\s+(?:[\w'&\-]+\s+){1,5}?to\s+(?:its\s+|their\s+|his\s+|her\s+)?employees|"
        # "closed the gradebook on a 35-year career", "ends her 40-year career"
        r"(?:end(?:s|ed|ing)?|clos(?:es|ed|ing)|wrap(?:s|ped|ping)\s+up|conclud(?:es|ed|ing))\s+(?:[\w'\-]+\s+){0,5}?"
        r"(?:a|an|his|her|their)\s+\d+-year\s+career|"
        r"hand(?:s|ed)?\s+(?:over\s+)?the\s+keys|clos(?:es|ed|ing)\s+(?:her|his)\s+grade\s?book|clos(?:es|ed|ing)\s+the\s+book\b|steps?\s+down|stepped\s+down|"
        # the owners' business sold or closed ("has been sold to Midwest Comfort Partners", "to close after 61
        # years", "will close its doors June 30")
        r"(?:has|have)\s+been\s+sold\s+to|clos(?:e|es|ing)\s+(?:its|their|the)\s+doors|"
        r"(?:to|will)\s+close\s+after\s+\d+\s+years)\b",
        # (not a game's: "unveiled the new sign before the opening game of the district tournament")
        "opening": r"\b(?:grand\s+opening|opens|opened|opening(?!\s+(?:games?|rounds?|pitch|remarks|prayer|act|"
        r"statements?|kickoff|match|hymn|whistle|serve|night\s+of\s+the))|"
        # ("Thistlewoods open kayak outfitter on Cocoa's riverfront")
        r"open\s+(?:an?\s+|their\s+|new\s+)?(?:[\w\-]+\s+){0,2}?(?:store|shop|storefront|outfitters?|restaurant|cafe|"
        r"bakery|clinic|office|studio|gallery|brewery|boutique|salon|practice|business)\b|ribbon[- ]cutting|"
        # an old building's new life ("Old Guyandotte firehouse becomes a brewery")
        r"becomes\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:brewery|restaurant|cafe|bakery|winery|distillery|taproom|"
        r"bistro|diner|inn|bookstore|boutique|gallery|studio|shop|store)\b|"
        r"launch(?:es|ed)?|new\s+location|"
        r"(?:to|will)\s+open|(?:second|third)\s+(?:location|shop|store|yard|plant|office|branch|warehouse|"
        r"restaurant|clinic))\b",
        "milestone": r"\b(?:marks?\s+\d+\s+(?:years|springs|summers|seasons|harvests)|"  # ("marks 50 springs")
        # ("Pho Lavaca celebrates ten years on Main Street")
        r"celebrat(?:es|ed|ing)\s+(?:\d+|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|"
        r"eighty|ninety|one\s+hundred)\s+years\b|"
        # ("marks ten years of Iraqi cooking", "marks a half-century")
        r"marks?\s+(?:ten|fifteen|twenty(?:-five)?|thirty|forty|fifty|sixty|seventy(?:-five)?|eighty|ninety|"
        r"one\s+hundred)\s+years|marks?\s+(?:a|its|their|his|her)\s+(?:century|decade|half[\s-]century)|(?:(?:sesqui|bi)?centennial)|"
        r"turn(?:s|ed)?\s+\d+|\d+(?:st|nd|rd|th)\s+anniversary|anniversary(?!\s+committee)|"  # (its committee: helpers)
        # a birthday, an engagement, a personal hundredth ("finishes 100th hike", "her 84th birthday")
        # a birth, the parents' own news ("announce the birth of their son", "welcomed a son", "first baby of 2026")
        r"announc(?:e|es|ed|ing)\s+the\s+birth|birth\s+of\s+(?:their|a|his|her)\s+(?:first\s+|second\s+|third\s+)?"
        r"(?:son|daughter|baby|child|twins)|welcom(?:e|es|ed|ing)\s+(?:(?:a|their|twin|two|three|four)\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:sons?|daughters?|baby|babies|boys?|girls?|twins|triplets|child)\b|deliver(?:s|ed)\s+(?:his|her|their)\s+own\s+(?:son|daughter|baby)|"
        r"first\s+baby\s+(?:born\s+)?(?:of|in)\s+(?:the\s+)?(?:new\s+)?"
        r"(?:year|\d{4}|[a-z][\w\-]+)|new\s+year'?s\s+baby|"
        # a births column ("Births: Brandon and Jessica Cundiff-Rhodes of Elizabethtown, a son, Wyatt James")
        r"\bbirths\s*:[^.;]{0,120}?,\s+an?\s+(?:son|daughter|baby)\b|"
        # a hospital's list ("Born at Tri-State Memorial Hospital: to Brad and Tiffany Schrenk ..., a daughter")
        r"born\s+(?:at|in)\b[^.;]{0,120}?\bto\b[^.;]{0,80}?,\s+an?\s+(?:son|daughter|baby)\b|"
        # ("Born to Jesse and Kaylee Barnhill of Abilene, a son", "A daughter, Nkauj Hnub, ..., on March 19, to Kou
        # Yang and Mai Yer Yang", "A daughter, Aurelia Rose Jaramillo, was born July 19 at Parkview to Celeste and")
        # ("to Rafael "Rafa" and"; "Harper Jo Lindqvist was born at 3:07 a.m. Thursday at MercyOne ... to Erik and";
        # "Born Feb. 3 to Kyle and Jennifer Mrotek")
        r"born\s+to\s|\bborn\b(?:\b[ap]\.m\.|\b(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.|[^.;]){0,80}?"
        r"\bto\s+(?:[\w'\"\u201c\u201d\-]+\s+){1,4}?and\s|"
        # ("Waylon and Kelsey Pettigrew of Nacogdoches, a son, Eugene Waylon Pettigrew, born July 28")
        r"(?:and|&)\s+[^,;\n]{2,60}?,\s+an?\s+(?:son|daughter),\s+[^,;\n]{2,60}?,\s+born\b|"
        # a hospital's list, line by line ("To Priya Venkataraman and Arjun Rao of Wilmington, a daughter, Meera")
        r"(?<![^\n])to\s+(?:[\w'.\-]+\s+){1,4}?(?:and|&)\s+[^,;\n]{2,60}?,\s+(?:an?\s+)?(?:son|daughter|baby|twin)|"
        r"\ban?\s+(?:son|daughter),[^;]{0,160}?\bto\s+(?:[\w'()\-]+\s+){1,4}?and\s|"
        # ("Kris and Jessamyn Amundrud of Bemidji are the parents of a son, Anders Kristoffer, born March 9")
        r"\b(?:are|were|became)\s+(?:now\s+)?the\s+(?:proud\s+)?parents\s+of\s+(?:a|an|twin)\s+"
        r"(?:son|daughter|baby\s+(?:son|daughter|boy|girl))s?\b|"
        r"(?:\d+(?:st|nd|rd|th)\s+)?birthday|engage(?:d|ment)|\d+(?:st|nd|rd|th)\s+(?:summit|hike|climb|marathon|"
        r"(?:career\s+)?(?:win|victory))|"
        # "finishes her first half-marathon", "crossed the finish line of the Secret City Half Marathon",
        # ("completes Grand Canyon rim-to-rim hike")
        r"(?:finish(?:es|ed)|complet(?:es|ed)|ran|runs)\s+(?:(?:her|his|their|a|the)\s+)?(?:first\s+)?"
        r"(?:[\w\-]+\s+){0,3}?(?:half[- ])?(?:marathon|hike|climb|trek|triathlon|ironman|swim)|"
        r"crossed\s+the\s+finish\s+line|"
        r"(?:returned|returns|returning)\s+home\s+(?:after|from)\s+(?:serving\s+)?(?:[\w\-']+\s+){0,8}?mission|"
        r"renew(?:s|ed)?\s+(?:their\s+)?vows|celebrat(?:es|ed|ing)\s+\d+\s+years|\d+\s+years\s+in\s+business|"
        # a wedding; a business raising money or landing a contract ("raised $6.5 million", "lands $14M")
        r"(?:were|was|got|get|getting)\s+married|wed(?:s|ding|dings)?|exchanged\s+vows|vows\s+exchanged|"
        r"united\s+in\s+(?:holy\s+)?matrimony|united\s+in\s+marriage|"
        # a long ride, walk or swim for a cause ("completes 500-mile ride", "rode his bicycle 500 miles")
        r"[\d,]+-mile\s+(?:charity\s+|bike\s+|bicycle\s+)?(?:ride|walk|run|trek|journey|swim|paddle|hike)|"
        r"(?:rode|riding|walked|ran|cycled|biked|paddled|swam)\s+(?:(?:his|her|their|a)\s+)?(?:bicycle\s+|bike\s+)?"
        r"[\d,]+\s+miles|"
        # a book of one's own ("publishes her first book", "published a memoir")
        r"publish(?:es|ed)\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w\-]+\s+){0,2}?(?:book|novel|memoir|cookbook|history|"
        r"biography)|"
        # a personal count reached ("finishes her 500th quilt", "delivered his 1,000th baby")
        r"(?:finish(?:es|ed)|deliver(?:s|ed)|complet(?:es|ed)|sew(?:s|ed|n)|knit(?:s|ted)|bak(?:es|ed)|donat(?:es|ed))"
        r"\s+(?:(?:her|his|their|a|the)\s+)?\d[\d,]*(?:st|nd|rd|th)\s|"
        # money raised for a cause ("lemonade stand raises $3,000 for children's hospital")
        r"rais(?:es|ed|ing)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?\$[\d.,]+\s*(?:k|m|million)?\s+"
        r"(?:for|to\s+benefit|to\s+help)\b|"
        r"rais(?:es|ed|ing)\s+\$[\d.,]+\s*(?:m|b|million|billion)?\s+(?:in\s+)?(?:[a-z\-]+\s+){0,2}?"
        r"(?:funding|financing|capital|investment)|(?:land(?:s|ed)?|secur(?:es|ed))\s+(?:a\s+)?\$[\d.,]+\s*"
        r"(?:m|b|million|billion)?\s+(?:[\w\-]+\s+){0,4}?contract|"
        # "Bluffton oysterman lands contract to supply resorts", "signed the two-year contract with"
        r"(?:land(?:s|ed)|secur(?:es|ed)|sign(?:s|ed))\s+(?:(?:a|an|the|its|his|her)\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:contract|deal)\s+(?:to|with|for)\b|"
        # a business bought ("Hockessin hotelier buys Dover Downtown Inn", "has bought a 120,000-square-foot
        # warehouse"); a business growing ("will add 40 jobs", "plans 40 jobs")
        # ("have bought Hi-Line Ford Lincoln, the Havre dealership")
        r"(?:buys|bought|acquires|acquired|purchases|purchased)\s+(?:the\s+)?(?:[\w\-'&,]+\s+){0,6}?(?:inn|hotel|motel|"
        r"restaurant|store|shop|company|business|firm|dealership|bakery|diner|market|warehouse|plant|building|"
        r"facility|carrier|competitor|rival|agency|practice|clinic|distributor)|"
        r"(?:add(?:s|ing)?|creat(?:es|ing)|plans?|hir(?:es|ing))\s+(?:about\s+|up\s+to\s+)?\d[\d,]*\s+"
        r"(?:[a-z\-]+\s+)?jobs|"
        # ("broke ground last week on a 9,000-square-foot shop", "doubles its boatworks", "is doubling in size")
        r"(?:breaks|broke)\s+ground|doubl(?:es|ed|ing)\s+(?:in\s+size|its)\b|"
        # a business investing in itself ("will spend $3.2 million on a new cold-storage line")
        r"(?:invest(?:s|ed|ing)?|spend(?:s|ing)?)\s+(?:another\s+|more\s+than\s+)?\$[\d.,]+\s*(?:m|million|billion)\s+"
        r"(?:on|in|to)\b)\b",
        "storm_damage": r"\b(?:tornado|(?:storm|wind|hail)\s+damage|"
                        r"(?:hail|hailstorm|storm|winds?)\s+(?:shred(?:s|ded)?|smash(?:es|ed)|punch(?:es|ed)|"
                        r"pound(?:s|ed)|batter(?:s|ed)|peel(?:s|ed)|rip(?:s|ped)|tore|tears?)|destroyed|damaged|topples?|toppled|uprooted|"
                        # (a car too: "Car crashes into west Jefferson City home", "crashed into her living room")
                        r"crash(?:ed|es)\s+(?:down\s+)?(?:through|into|onto)\s+(?:the\s+|a\s+|their\s+|her\s+|his\s+)?"
                        r"(?:[\w\-]+\s+){0,3}?(?:roof|home|house|living\s+room|bedroom|kitchen)|"
                        r"(?:tree|limb|branch)\s+(?:fell|crashed|landed|came\s+down)|"
                        r"(?:tore|ripped|blew)\s+(?:off\s+)?(?:the\s+|a\s+|their\s+)?roof)\b",
    }.items()
}
# The person is tied to the event when the sentence calls them its owner, founder, etc.
_TIE = re.compile(r"\b(?:owner|owners|owned|owns|founder|founded|co-owner|proprietor|operator|operates|runs|"
                  # the maker of the work the event is about ("It was made by Gwen Haack of Kalona")
                  r"(?:made|built|painted|designed|crafted|sewn|carved)\s+by|"
                  r"family|home|homes|house|farm|business|shop|store|restaurant|husband|wife|son|daughter|their|"
                  r"basement|property|car|vehicle|truck|barn|tractor|driving|driver|passenger|pinned|flown|"
                  r"treated|hospitali[sz]ed|condition|homeowners?|occupants?|residents?|victims?|"
                  r"hardest[\s-]hit|hit\s+hardest|(?:the\s+)?(?:project|brainchild|dream)\s+of|"
                  # "Buck and Loretta Calloway started the show in 1986": its founders
                  r"started\s+(?:the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:show|business|company|store|shop|firm|band|"
                  r"bakery|practice|restaurant))\b",
                  re.IGNORECASE)
# An official quoted about someone else's event ("said Fire Chief Dean Olson") is not its subject.
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:chief|officer|captain|lieutenant|sergeant|sheriff|deputy|spokes(?:man|woman|person)|mayor|trooper|sgt|lt|"
    r"capt|detective|director|"
    r"supervisor|coordinator|investigator|commander|inspector|officials?|superintendent|principal|coach|"
    r"meteorologist|pastor|reporter|neighbou?r|witness|friend|attorney|lawyer|spokesman)\.?\s+(?:[A-Z][\w'\-]*\.?\s+){0,2}$",
    re.IGNORECASE,
)
# "presented" in the active voice only: "were presented with a portrait" is the honoree's, no role at the event
_PRESENTED_ACTIVE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)presented"
# Speaking at, attending or hosting an event does not make it one's own life event.
# (not "when his uncle handed him the keys ... and told him not to wreck it": someone telling the person)
_ATTENDING = re.compile(r"\b(?:said|says|told(?!\s+(?:him|them)\b)|spoke|speakers?|thanked|attended|attending|"
                        r"introduced|hosted|hosting|drove\s+(?:up|in|down|over)|flew\s+in|"
                        r"included|includes|" + _PRESENTED_ACTIVE + r"|emceed)\b", re.IGNORECASE)
# "..., co-workers said, ...": an attribution set off by commas is someone else's aside, not the sentence's verb.
_ASIDE_SAID = re.compile(r",\s+(?:[a-z][\w\-]*\s+){1,2}(?:said|say|says),")
# Addressing, presenting or handing out at an event is an official's role at someone else's event.
_PERFORMING = re.compile(r"\b(?:addressed|spoke|" + _PRESENTED_ACTIVE + r"|"
                         r"congratulated|welcomed|"
                         # (the prizes at the ceremony; not "has handed out coats for 60 years", her own good works)
                         r"handed\s+out\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:awards?|diplomas?|certificates?|prizes?|medals?|"
                         r"trophies|plaques?|scholarships?|ribbons?)|"
                         r"delivered\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:address|speech|remarks|keynote)|"
                         r"introduced|emceed|hosted|conferred|led\s+the\s+(?:ceremony|program)|blessed|officiated|"
                         # (a relative at the ceremony: "unveiled the sign", "pinned on his new badge")
                         r"unveiled|pinned\s+(?:on\s+)?(?:his|her|the)\s+(?:new\s+)?(?:badge|bars|wings|stars?|insignia|"
                         r"rank)|"
                         r"gave\s+the\s+(?:invocation|benediction|blessing))\b", re.IGNORECASE)
# The name, then the role it performs at someone else's event (active voice only: "Jones was presented ..."
# is the honoree).
# (a surname part may be the hit: "Pastor Delbert Crane Bull blessed", read at "Crane")
_PERFORMS_AFTER = re.compile(r"\s*(?:[A-Z][\w'\-]+\s*)?(?:of\s+(?:[A-Z][\w'\-]+\s*){1,3})?(?:,[^,.;]{0,60},\s*)?"
                             # ("The Rev. Wes Tindall and Marguerite Etchegaray judged the pie contest": both)
                             r"(?:and\s+(?:[A-Z][\w'.\-]*\s+){1,3})?"
                             r"(?:blessed|officiated|addressed|presented|congratulated|emceed|introduced|laid\s+the\s+wreath|"
                             # "The Rev. Dr. Isaiah Ravenell led the service": the clergy at someone's milestone
                             r"led\s+the\s+(?:service|prayer|invocation|mass|worship|ceremony|benediction)|"
                             # ("Tad Ovard, a Rexburg city councilman, spoke at the ribbon cutting")
                             r"spoke\s+(?:at|during)|gave\s+the\s+(?:welcome|invocation|benediction|blessing|eulogy)|"
                             # ("Her sister Betty Sue Rexroad pinned her": the one who pins the award on)
                             r"pinned\s+(?:her|him|them)\b|"
                             # a supplier to someone else's event ("Dominic Ferdinando's bakery supplied the
                             # ribbon-cutting's tomato pie", "Lou Ames catered the reception")
                             r"(?:'s\s+(?:[\w\-]+\s+){0,2}?)?(?:supplied|catered)\b|"
                             # ("Pastor Roz Eitzen judged the pie contest", "Lee Voth announced the livestock premium
                             # sale": the one who runs the contest or the sale, not its winner)
                             r"judged|refereed|umpired|auctioned\s+off|announced\s+the\s+(?:[\w\-]+\s+){0,3}"
                             r"(?:sale|auction|winners|results|raffle|drawing)|"
                             # "said neighbor Wendell "Buddy" Outlaw, whose house ... was not damaged": spared
                             r",?\s*whose\s+[^.;]{0,60}?\b(?:was|were)\s+(?:not|never)\s+(?:damaged|hit|touched|harmed)|"
                             # (not "welcomed a son", "welcomed the Uintah Basin's first baby of the new year": a
                             # birth, theirs)
                             r"welcomed(?!\s+(?:(?:a|their|twin|two|three|four)\s+)?(?:[\w\-]+\s+)?(?:sons?|daughters?|baby|babies|boys?|"
                             r"girls?|twins|triplets|child)\b|[^.;]{0,40}?\bfirst\s+baby\b)|"
                             # "Tou Vang of Appleton, who drove up for opening day, left with": a customer
                             # ("Tim Corbitt, who was driving to an early shift in Greenville, stopped and called
                             # 911": a passer-by at the fire)
                             r",?\s*who\s+(?:was\s+first\s+in\s+line|drove\s+(?:up|in|down)|stopped\s+(?:in|by)|"
                             r"was\s+(?:driving|passing|walking|jogging|heading)\s+(?:by|past|to|home|along|down|up)\b|"
                             r"lined\s+up|waited\s+in\s+line))\b")
# A crime story ("Police arrest Burlington man in string of farm truck thefts"): the split's labellers, as an
# adviser would, send no note to its victims, bystanders or suspects; a death in it still raises a notice.
_CRIME_HEADLINE = re.compile(r"\b(?:arrest(?:s|ed)?|charged|charges|indicted|sentenced|pleads?|pleaded|"
                             r"convicted|cited|thefts?|burglar(?:y|ies)|robbery|robbed|stolen|suspects?|DWI|DUI|"
                             r"homicide|murder|shooting|stabbing|assault)\b", re.IGNORECASE)
# "By Nathan Pfeiffer, Staff Writer": the reporter's byline opens the sentence.
_BYLINE = re.compile(r"\s*[Bb]y\s+(?:[A-Z][\w'.\-]*\s+){0,3}$")
# A byline on a line of its own before the story ("By Jordan Penner, Courier-Ledger staff writer\nDERBY - ...")
_BYLINE_LINE = re.compile(r"\s*By\s+[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,3}(?:,[^\n]{0,80})?\n")


def byline_end(text: str) -> int:
    """Where the story starts after a byline line at the top of the text (0 when there is none)."""
    m = _BYLINE_LINE.match(text) if text[:3].lstrip().startswith("By") else None
    return m.end() if m else 0

def _is_byline(full: str, s: int, start: int) -> bool:
    """The name is the reporter's, in a byline opening the sentence or right after its dateline
    ("CHARLESTON, W.Va. (WKVH) - By Amanda Lilly, WKVH 13 News")."""
    if _BYLINE.match(full, s, start):
        return True
    dateline = _DATELINE_LEAD.match(full, s, start)
    return dateline is not None and bool(_BYLINE.match(full, dateline.end(), start))


# (not "appointed presiding elder of the district": a title)
# ("with Pastor Tad Skogstad presiding.", not "appointed presiding elder")
_OFFICIATING = re.compile(r"\b(?:officiat\w*|presid(?:ed|es|ing)(?:\s+(?:over|at)\b|(?=\s*[.,;]))|presider\b|"
                          r"celebrant\b)", re.IGNORECASE)
_CLERGY_BEFORE = re.compile(r"\b(?:rev|reverend|pastor|father|fr|msgr|deacon|rabbi|chaplain)\.?\s+"
                            r"(?:[A-Z][\w'\-]*\.?\s+){0,2}$", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|according\s+to|stated|added|explained)\b")
# "Harold Jensen, her grandfather, died last week": the person's own event is their death, whatever the story
# is about (an appositive of up to five words may sit between the name and the verb).
_DEATH_OF_PERSON = re.compile(
    r"^\s*(?:,\s*\d{1,3}\s*,|,\s*(?:[\w'\-]+\s+){0,4}[\w'\-]+\s*,(?:\s*[A-Z][\w.]{1,12},)?|,)?"
    # ("Rogelio Arreguín Solórzano, 67, a retired schoolteacher of Zapopan, Jalisco, died September 4")
    r"(?:\s*(?:a|an)\s+(?:[a-z][\w'\-]*\s+){1,4}(?=of\s|from\s))?"
    # "of Eau Claire, Wis.,", or a town without its comma ("Luc D'Aoust of Billings died Sunday")
    # (capitalised words only: not "of Elmira Heights and dedicated the project to his grandfather, Iggy, who died")
    r"(?:\s*(?:of|from)\s+(?:[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3},(?:\s*[A-Z][\w.]*,)?|"
    r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}))?"
    r"\s*(?:who\s+)?"
    r"(?:died|dies|was\s+killed|were\s+killed|has\s+died|passed\s+away|was\s+pronounced\s+dead)\b"
)
# "Gerald Voss, 58, was identified as the victim": in a story of a death, the victim named.
_IDENTIFIED_VICTIM = re.compile(r"^[^.;]{0,40}?\b(?:was|has\s+been)\s+identified\s+as\s+the\s+(?:[\w\-]+\s+){0,2}?"
                                r"(?:victim|deceased|person\s+killed)\b")
# A station's or wire service's credit after a dateline: "(KSND)", "(Noticias 47)", "(KPLN/Texas News Service)"
_DATELINE_CREDIT = r"\([\w .&'/\-]{1,40}\)"
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'\-]{2,30}?)(?:,\s*([A-Z][A-Za-z.]{1,13}(?:\s[A-Z][a-z.]+)?))?\s*"
                       rf"(?:{_DATELINE_CREDIT})?\s*[—–\-]{{1,2}}\s")
# A town's name as written in a headline or lede: one to three capitalised words ("West Columbia", "Mt. Zion")
_TOWN_WORDS = r"[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2}"
_THE_TOWN_PERSON = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w'\-]+\s?){1,3}?)(?:,\s*([A-Z][A-Za-z.]{1,13}(?:\s[A-Z][a-z.]+)?),?)?\s+"
    r"(?:man|woman|resident|couple|native|family|business\s+owner|farmer|teacher|veteran|firefighter|"
    r"teen|teenager|student|driver|boy|girl)\b")
# "Ethan, son of Paul and Jennifer Krueger": the parents are named for who the subject is; his award is not
# their life event (a death or an injury in the family is).
_RELATIVE_OF = re.compile(r"\b(?:son|daughter|child|children|grandson|granddaughter|parents?|mother|father)\s+of\s+"
                          r"(?:[A-Z][\w'\-]*\s+(?:and|&)\s+)?(?:[A-Z][\w'\-]*\.?\s+){1,3}$")
# "Feldman is the son of Benjamin and Sarah Feldman": the names after it are the subject's parents.
# A word of a name as written among parents: 'Joseph "T-Joe" LeBlanc Jr. and Yvette'.
_UPPER = "A-ZÀ-ÖØ-Þ"  # a capital that starts a name, accented too ("Ángel", "Óscar")
# (initials too: "the daughter of T.L. and Shonda Mouton"; a kunya: "(Abu Hassan)")
_NAME_WORD = r"(?:(?:[A-Z]\.){2,3}|[" + _UPPER + r"][\w'\-]*\.?|\"[^\"]{1,20}\"|\([A-Z][^()]{1,25}\))"
# The first parent may carry an appositive before "and": 'Abdulkarim "Karim" Alsubaihi, a line worker at
# Stellantis, and Fatima Almaflahi'.
_PARENT_PAIR = (rf"(?:(?:{_NAME_WORD},?\s+){{1,5}}(?:[a-z][^,;.()]{{0,80}},\s+)?(?:and|&)\s+)?"
                rf"(?:(?:{_NAME_WORD}|de|del|la|las|los|y)\s+){{1,6}}$")  # "Command Sgt. Maj. Marcus", "María de los"
_PARENT_OF = re.compile(r"\b(?:son|daughter|child|children)\s+of\s+(?:(?:retired|former)\s+)?" + _PARENT_PAIR)
def _parent_of(before: str) -> bool:
    """_PARENT_OF.search(before), tried only from the last "son of"/"daughter of"/"child(ren) of" (the pattern
    ends at the name, so an earlier one cannot reach it past the later one's names)."""
    at = max(before.rfind(w) for w in _CHILD_OF_WORDS)
    return at >= 0 and bool(_PARENT_OF.search(before, max(0, at - 1)))


_CHILD_OF_WORDS = ("son of ", "daughter of ", "child of ", "children of ")
# A name that opens its sentence (only capitalised words and "and" before it): the sentence's own subject.
# ... or names the subject the sentence opens with: "A retired Duluth man who was fishing nearby, Gene Maki, 82,"
_APPOSITIVE_OPENS = re.compile(r"\s*(?:A|An|The)\s+[^,.;\"]{3,80},\s+(?:(?:[A-Z][\w'.\-]*|\"[^\"]{1,20}\")\s+){1,4}$")
# ... or the one of the lede's many the story picks out: "Among them is Ilana Rosenthal, a real estate lawyer"
_AMONG_IS = re.compile(r"\s*Among\s+(?:them|those|the\s+\w+)\s+(?:is|was)\s+"
                       r"(?:(?:[A-Z][\w'.\-]*|\"[^\"]{1,20}\")\s+){1,4}$")
# (a retired officer's rank first: "Lt. Col. (Ret.) Dwight", "Chief Warrant Officer 4 (ret.) Augustin "Gus"")
# (after a time: "Ten years ago Hoang and Mai Nguyen turned a shuttered bait shop into a noodle house", "In 1987,")
_OPENS = re.compile(r"\s*(?:(?:[A-Z][a-z\-]+|\d+)\s+(?:years?|decades?)\s+ago,?\s+|In\s+\d{4},\s+)?"
                    r"(?:(?:[A-Z][\w.]*\s+){1,4}(?:\d\s+)?\((?:[Rr]et\.?|[Rr]etired)\)\s+)?"
                    r"(?:(?:[A-Z][\w'.\-]*|and|&|\"[^\"]{1,20}\")\s+){0,5}$")
# "said Roger Weber": a quoted speaker, named after the verb, is not the story's subject.
# ("said pantry volunteer Mary Clare Hanratty": a role in lower case may come between)
# ("said Kennewick resident Dwight Esterbrook": a town before the role)
# ("said its pastor, the Rev. Otis Crump", "said the bank's president, Roger Lunde")
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|added|according\s+to)\s+(?:[A-Z][\w'.\-]*\s+(?=[a-z]))?"
                             r"(?:(?!(?:to|of|for|with|that|goodbye|farewell|hello|thanks)\b)[a-z][\w'\-]*,?\s+){0,3}"
                             r"(?:[A-Z][\w'.\-]*\s+){1,3}$")
# "His widow, Marie Thibodeaux, accepted a plaque on behalf of the family": accepting someone else's honour.
_FOR_SOMEONE_ELSE = re.compile(r"\bon\s+(?:behalf\s+of|his\s+behalf|her\s+behalf|their\s+behalf)\b|"
                               r"\baccept(?:ed|s|ing)?\s+(?:the|a|an|his|her)\b",
                               re.IGNORECASE)
# "His parents, Reggie and Tasha Goins, sat beside him": named as the parents of the story's subject.
# ("The bride's parents are Mr. and Mrs. Gerald Unruh": a wedding notice's)
_PARENTS_NAMED = re.compile(r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Pp]roud)\s+(?:parents|mother|father|mom|dad)\s*,?|"
                            r"(?:[Tt]he\s+)?(?:bride|groom|bridegroom|couple)['’]s\s+(?:parents|mother|father)"
                            r"\s+(?:are|is)\s*:?)\s+"
                            r"(?:(?:retired|former)\s+)?"  # "her father, retired Command Sgt. Maj. Marcus Tubbeville"
                            + _PARENT_PAIR)
# "Hector and Lupita Garza of McAllen announce the engagement of their daughter": the parents of its subject.
# (both families in one sentence: "Raj and Priya K. of Cupertino and José Luis and Alicia R. of Gilroy are pleased to
# announce the engagement of their children")
_ANNOUNCE_CHILDS = re.compile(r"(?:\b(?:St|Ft|Mt)\.|[^.;]){0,120}?"  # (past "of St. George")
                              # (but "announce the birth of their son" is the parents' own news)
                              r"\bannounce[sd]?\s+the\s+(?!birth\b)(?:[a-z]+\s+){1,2}of\s+(?:their|his|her)\s+"
                              r"(?:daughters?|sons?|granddaughter|grandson|children)\b")
# "Kris and Jessamyn Amundrud of Bemidji are the parents of a son": the newborn is the subject, they its parents
# (but "welcomed a son" and "announce the birth of their son" are the parents' own news)
_PARENTS_OF_NEWBORN = re.compile(r"[^.;]{0,80}?\b(?:are|were|became)\s+(?:now\s+)?the\s+(?:proud\s+)?parents\s+of\s+"
                                 r"(?:a|an|twin)\s+(?:son|daughter|baby\s+(?:son|daughter|boy|girl))s?\b")
# A person placed by town and state ("Cash Yellowhorse of Browning, Mont."), as a lede names its own subject
_PERSON_OF_PLACE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w'\-]+\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][a-z]")
# The object of a rescue: "found Louise Della Penna in a back bedroom", "pulled Ray Gaspard from the truck"
_RESCUE_VERBS = ("found", "rescued", "pulled", "carried", "freed", "extricated", "airlifted")
_RESCUED_NAMED = re.compile(r"\b(?:" + "|".join(_RESCUE_VERBS) + r")\s+"
                            r"(?:[A-Z][\w'.\-]*\s+){1,3}$")
# "The sheriff's office identified him as Tyler Ashcraft": the person the lede describes, named.
# The one a board chose, the story's subject: "The school board on Monday approved Andrew "Drew" Kappes, ..."
_CHOSEN_BEFORE = re.compile(r"\b(?:approved|hired|tapped|chose|picked|selected)\s+"
                            r"(?:[A-Z][\w'.\-]*\s+|\"[^\"]{1,20}\"\s+){1,4}$")
# (in a story headlined with a death, "Orderville man dies in US-89 rollover", the one identified is the dead)
_IDENTIFIED_AS = re.compile(r"\bidentified\s+(?:him|her|them|the\s+(?:[a-z\-]+\s+){0,2}?[a-z]+)\s+as\s+"
                            r"(?:[A-Z][\w'\-]*\.?\s+|\"[^\"]{1,20}\"\s+){1,4}$")  # ('as Thaddeus "Tad" ')
# "Among those honored were A and B": a few names picked out of a larger group (honorees, donors, volunteers).
# (but "Among them is Ilana Rosenthal, a real estate lawyer who ...", "Among them was Alonzo Whitsett of Valley
# Grande, the point guard of ...": the one the story goes on to describe; not "Among the regulars in line was")
_AMONG = re.compile(r"\s*(?:Among\b(?![^.,;]{0,40}\bis\b)(?!\s+them\s+was\b)|"
                    r"Also\s+(?:honou?red|recogni[sz]ed|thanked)\b)")
# "Founder and principal Anjali Raman said": the business's owner speaks for their own business's news.
_OWNER_BEFORE = re.compile(r"\b(?i:owners?|co-owners?|founders?|co-founders?|proprietors?)\s+(?:(?:and|&)\s+)?"
                           rf"(?:[a-z\-]+\s+){{0,3}}(?:{_NAME_WORD}\s+){{1,3}}$")
# "the daughter of the late Joseph and Bozena Kubik": people named as dead are no story's living subject.
_THE_LATE_BEFORE = re.compile(r"\b[Tt]he\s+late\s+(?:[A-Z][\w'\-]*\.?\s+(?:and|&)\s+)?(?:[A-Z][\w'\-]*\.?\s+){1,3}$")
# A bare dateline the splitter cut off as a sentence of its own ("NICHOLASVILLE, Ky." before "(WLKB) - ...").
_DATELINE_LEAD = re.compile(r"\s*[A-Z][A-Z .'\-]{2,30}(?:,\s*[A-Z][A-Za-z.]{1,13})?\s*"
                            rf"(?:{_DATELINE_CREDIT}\s*)?[-—–]+\s*")  # "BISMARCK - ", "HIALEAH (Noticias 47) - "
_DATELINE_ONLY = re.compile(r"\s*[A-Z][A-Z .'\-]{2,30},\s*[A-Z][A-Za-z.]{1,13}\s*$")
# Kin beyond the household: never the subject of a child's or parent's event (see _Story._beside_the_event)
_EXTENDED_KIN_WORDS = r"grandmother|grandfather|grandparents|aunt|uncle|cousin"
_RELATIVE_APPOSITIVE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+)?(?:wife|husband|widow|widower|son|"
                                  r"daughter|mother|father|parents|family|sister|brother|" + _EXTENDED_KIN_WORDS +
                                  r")\s*,\s*(?:[A-Z][\w'.\-]*\s+){0,3}$")
# "The judges were Curt Deimler of Millersburg, retired ... baker Sam Kocher", "Judges Tony Bertoncino, Mayor Linda
# Pichler-Sweeney and ... awarded second place to": the contest's judges, not its winners (named after "to")
# ("The award judges were retired banker Harvey Blodgett, Dr. Priya Ramaswamy", "volunteers judged the projects,
# among them Dr. Naomi Castleberry", "was judged by Dr. Marcia Heberle; the quilts by Evelyn Moe")
# "The clinic's community advisory board includes Jean-Robert Desrosiers, a Georgetown interpreter, and Ana Lucía Tzul":
# the members of the body whose opening or award the story tells, not its subjects
_MEMBERS_BEFORE = re.compile(r"\b(?:board|committee|council|panel|commission)\s+(?:members\s+)?includ(?:es|ed)\b"
                             r"[^.;]{0,140}$")
_JUDGES_BEFORE = re.compile(r"\b[Jj]udg(?:es|ed|ing|e\s+(?:was|is|will\s+be))\b(?:(?!\bto\b|\bwent\b|\bwinners?\b)"
                            r"(?:[^.]|" + TITLE_STOP + r")){0,160}$"
                            # ("a pie that judge Bernie Klitzing called", "Quilts (judge: Jo Ann Hergenreder)",
                            # "Market steer judge was retired extension agent Dwayne Hiatt")
                            r"|\bjudge:?\s+(?:[A-Z][\w'.\-]*\s+){1,3}$")
# "His wife, Jolene Wiebelhaus, said he had broken ribs": a relative telling of the injury, not hurt in it
_SAYS_AFTER = re.compile(r",\s+(?:said|says|told)\b")
_EXTENDED_KIN = re.compile(r"\b(?:" + _EXTENDED_KIN_WORDS + r")\s*,\s*(?:[A-Z][\w'.\-]*\s+){0,3}$")
# The one who runs someone else's event: "Auctioneer Trent Ohlenbusch sold a grand champion pecan pie for $6,500".
# ("Campaign chair Dr. Amrita Solanki thanked" the donors: the one who runs the drive)
_ROLE_BEFORE = re.compile(r"\b(?i:auctioneers?|announcers?|emcees?|referees?|umpires?|ringmasters?|"
                          r"(?:campaign|committee|event|gala|fund-?raising|drive)\s+(?:co-?)?chair(?:man|woman|person)?s?)\s+"
                          r"(?:[A-Z][\w'.\-]*\s+){1,3}$")
_VOLUNTEERS_BEFORE = re.compile(r"\b(?i:volunteers?)\s+(?:(?:[A-Z][\w'.\-]*|and|&)\s+){1,6}$")
# "Their children are Brett (Shelby) Vandenhouten of Escanaba and ...": the couple's children, listed for who the
# couple is, not the subjects of the couple's anniversary or retirement
_CHILDREN_LISTED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:children|sons|daughters|kids)\s+"
                                     r"(?:are|were|include)\s+[^.;]{0,160}$")
# A customer at the business's opening, or a relative named through the story's subject, is a bystander.
_PATRON_BEFORE = re.compile(r"\b(?i:customers?|regulars?|patrons?|shoppers?|diners?|visitors?|onlookers?|"
                            r"passers-?by)\s+(?:[A-Z][\w'.\-]*\s+){1,3}$")
# An expert quoted about the event, by the appositive after the name.
_EXPERT_AFTER = re.compile(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s+[^,.;]{0,50}?\b(?:hydrologist|meteorologist|geologist|"
                           r"climatologist|seismologist|scientist|professor|researcher|analyst|economist|historian|"
                           # ("Abdirahman Farah Hassan, a board member, said the money will pay for tutors": the
                           # grantee's voice, not its subject)
                           r"board\s+member|trustee|"
                           r"expert|spokes(?:man|woman|person))\b")
# ("A neighbor, Yolanda Pruneda, who was driving to work when she saw the smoke, called 911")
_NEIGHBOUR_BEFORE = re.compile(r"\b(?i:neighbou?rs?|next-door\s+neighbou?rs?),?\s+(?:[A-Z][\w'.\-]*\s+){1,3}$")
_OTHERS_KIN_BEFORE = re.compile(r"\b[A-Z][\w\-]*'s\s+(?:(?:older|younger|twin|best)\s+)?(?:brother|sister|cousin|"
                                r"friend|neighbou?r|nephew|niece|uncle|aunt|(?:brother|sister)-in-law|"
                                r"(?:great-?|grand)(?:nephew|niece)|grand(?:son|daughter))s?\s*,\s*"
                                r"(?:[A-Z][\w'.\-]*\s+){0,3}$")
# "her longtime friend from Havre, Vangie Haugestuen": a guest at someone else's event
_FRIEND_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}friends?"
                            r"(?:\s+from\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)?\s*,\s*(?:[A-Z][\w'.\-]*\s+){0,3}$")
# "Harlem scholarship named for Lavonne Thundershield", "in memory of ...": a memorial's namesake
_NAMED_FOR_BEFORE = re.compile(r"\b(?:named\s+(?:for|after)|in\s+(?:loving\s+)?memory\s+of)\s+(?:the\s+late\s+)?"
                               r"(?:[A-Z][\w'.\-]*\s+){1,3}$")
_LED_BY_BEFORE = re.compile(r"\b(?:led|organi[sz]ed|coordinated|run)\s+by\s+(?:[A-Z][\w'.\-]*\s+){1,3}$")
# A life event of one person's career: a spouse named after them only shares it when the sentence says so.
_CAREER_EVENTS = frozenset({"retirement", "promotion", "award"})
_FAMILY_EVENTS = frozenset({"loss", "injury", "fire", "flood", "storm_damage"})
_POSSESSIVE = ("'s", "\u2019s")  # a word so ending is no given name
_SUFFIX_AFTER = re.compile(r",?\s+(Jr|Sr|II|III|IV)\b\.?")
# A pupil's year of school for an age: "Dean Pettry, a sophomore at Shady Spring High School" is about 16, no
# namesake born in 1941 (an age within the roster birth date's slack); high school's years are also written before it
_HIGH_SCHOOL_AGE = {"freshman": 15, "sophomore": 16, "junior": 17, "senior": 18}
_SCHOOL_AGE = {"fifth": 11, "sixth": 12, "seventh": 13, "eighth": 14, **_HIGH_SCHOOL_AGE}
_GRADE_AFTER = re.compile(r",\s+an?\s+(?:[\w\-]+\s+)?(" + "|".join(_SCHOOL_AGE) + r")"
                          r"(?:\s+at\s+[^,.;]{0,60}?\b(?:high|middle|junior\s+high)\s+school|-grader)\b", re.IGNORECASE)
# ... or before it, after the school's name ("Murray High sophomore Clint Tibbs struck out 12")
_GRADE_BEFORE = re.compile(r"\b(?i:high|middle|school|academy|prep)\s+(?i:(" + "|".join(_HIGH_SCHOOL_AGE) + r"))\s+"
                           r"(?:[A-Z][\w'.\-]*\s+){1,3}$")
_COLLEGE = re.compile(r"\b(?:State|University|College)\b")
# (", 19," or ", a 19-year-old Bradley University sophomore")
_AGE_AFTER = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?,\s+(?:an?\s+(?=\d{1,3}-year-old\b))?(\d{1,3})"
                        r"(?:,|-year-old\b)")
# The run of capitalised words (or a quoted nickname) that ends right before a surname, as written; the
# matching reads it backwards (_CAP_RUN_REVERSED).
_CAP_RUN = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'\-]*\.?\s+|\"[^\"]{1,20}\"\s+){1,4})$")  # "Ángeles", "Óscar" too
_MAIDEN_BEFORE = re.compile(r"\s\([A-Z][\w'\-]+\)\s$")
# ('Wilson "Sonny" and', "J.B. and Mona", "Marlin J. and Darlene M. (Eberly) Hackman", "Duane Jr. and Carla")
_AND_BEFORE = re.compile(r"([" + _UPPER + r"][\w'.\-]+)(?:\s+(?:[A-Z]\.|Jr\.?|Sr\.?|II|III|IV))?(?:\s+\"[^\"]{1,20}\")?"
                         r"\s+(?:and|&)\s+$")
# "Mary Beth and Dan Kinsley": a compound given name before the "and" (read after the one-word reading)
# ('Jean Pierre "JP" and Maite Etcheberry': past the partner's quoted nickname)
_COMPOUND_AND_BEFORE = re.compile(r"\b([" + _UPPER + r"][\w'\-]+\s+[" + _UPPER + r"][\w'\-]+)(?:\s+\"[^\"]{1,20}\")?"
                                  r"\s+(?:and|&)\s+$")
_QUOTED = re.compile(r'"([^"]+)"')
# A Spanish given name with a particle inside ("María de los Ángeles", "María del Carmen", "José de Jesús").
_GIVEN_PARTICLE_ENDS = (" de ", " del ", " la ", " las ", " los ")
_GIVEN_WITH_PARTICLE = re.compile(r"\b[A-Z][\w'\-]+\s+(?:del|de(?:\s+(?:la|las|los))?)\s+$")
# ("Joe Kocurek Jr., and Joe's wife, Dottie, who keeps the books": the wife by his given name)
_AND_SPOUSE = re.compile(r"(?:,\s*\d{1,3},)?,?\s+(?:and|&)\s+(?:his|her|[A-Z][\w\-]+['\u2019]s)\s+(?:wife|husband),?\s+"
                         r"([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)(?=,|\s+[a-z])")  # then "were", "renewed"...
# "Raymond Gong, has run the store since 1983 with his wife, Frances, ...": a business the couple runs.
_RUN_WITH_SPOUSE = re.compile(r"[^.!?\n\"]{0,80}?\b(?:run|runs|ran|owns|owned|operates|operated|founded|opened|"
                              r"started|built)\b[^.!?\n\"]{0,60}?\bwith\s+(?:his|her)\s+(?:wife|husband),?\s+"
                              r"([A-Z][\w'\-]+)(?:\s+[A-Z][\w'\-]+)?(?=,|\.|\s+[a-z])")
# "Lavern Hightower, 73, said he woke to the smoke alarm and got his wife, Essie, out": in a fire, flood or storm
# the spouse the sentence names is the family's too.
_HIS_SPOUSE = re.compile(r"(?:[^.!?\n\"]|\.(?![\s\"]+[A-Z])){0,120}?\b(?:his|her)\s+(?:wife|husband),\s+"
                         r"([A-Z][\w'\-]+)(?:\s+[A-Z][\w'\-]+)?(?=,|\.|\s+[a-z])")
# "... said his father, Duane Rask. His mother, Jolene, has not missed a home game": the other parent, by given
# name only, in the next sentence (read after a parent named in full).
_OTHER_PARENT = re.compile(r"[^.!?]{0,120}?[.!?]?\s+(?:[Hh]is|[Hh]er)\s+(?:mother|father),\s+"
                           r"([A-Z][\w'\-]+)(?=,)")
# A particle written before the surname hit, in either case ("St. Onge", "de la Guardia", "Van der Berg").
_PARTICLES = ("St.", "Ste.", "van der", "van den", "von der", "de la", "de las", "de los", "van", "von", "de", "du",
              "da", "dos", "das", "di", "la", "le", "del", "della", "des")
_PARTICLE_BEFORE = re.compile(r"\b(" + "|".join(sorted((re.escape(p).replace("\\ ", r"\s+") for p in _PARTICLES),
                                                       key=len, reverse=True)) + r")\s+$", re.IGNORECASE)
# The last word of those particles, lower-cased: a hit whose word before is none of these skips the search.
_PARTICLE_LAST_WORDS = frozenset(p.split()[-1].lower() for p in _PARTICLES)
_PARTICLE_REACH = max(map(len, _PARTICLES)) + 4  # how far before the hit the particle search looks
# _CAP_RUN written backwards, matched at the start of the reversed tail: the same run (from the capital
# farthest back that up to four tokens reach), found in one anchored pass instead of a search that tries every
# start in the tail. tests/match/test_news_givens.py checks the two agree.
_CAP_RUN_REVERSED = re.compile(r"(?:\s+\.?[\w'\-]*[A-ZÀ-ÖØ-Þ]|\s+\"[^\"]{1,20}\"){1,4}")


def _cap_run_start(tail: str) -> int | None:
    """Where _CAP_RUN.search(tail) matches (its run is tail[start:]), or None."""
    m = _CAP_RUN_REVERSED.match(tail[::-1])
    return len(tail) - m.end() if m else None


_UNHURT = re.compile(r"^[^.;]{0,80}?\b(?:(?:was|were)\s+(?:not\s+(?:injured|hurt)|uninjured|unhurt|unharmed)"
                     r"|escaped\s+(?:injury|unharmed|unhurt)|walked\s+away\s+(?:unharmed|unhurt))", re.IGNORECASE)
_SPARED = re.compile(r"^[^.;]{0,160}?\b(?:(?:house|home|basement|property)\s+(?:stayed|remained|was)\s+(?:dry|"
                     r"untouched|spared)|(?:was|were)\s+spared|escaped\s+(?:damage|the\s+(?:flood|fire)))",
                     re.IGNORECASE)


def _spared(event: str, after: str) -> bool:
    """What the sentence says after the name spares them the event: "The driver of the SUV, Jolene K., 56, was
    not injured" (but unhurt and burned out of their home is still the fire's subject); "said her street flooded
    but her house stayed dry"."""
    if event == "injury":
        return bool(_UNHURT.search(after))
    return event in ("flood", "fire", "storm_damage") and bool(_SPARED.search(after))


# The story says its crash hurt nobody: "No injuries in Highway 53 crash", "Neither driver was hurt."
_NOBODY_HURT = re.compile(r"^no\s+injuries\b|\b(?:neither\s+driver|no\s+one|nobody)\s+(?:was|were)\s+(?:hurt|injured)\b"
                          r"|\bno\s+injuries\s+(?:were|was)\s+reported\b", re.IGNORECASE)


# A story of a marriage's anniversary (the couple's children named in it are not its subjects: _beside_the_event)
_WEDDING = re.compile(r"\b(?:wedding|marriage|married|vows)\b", re.IGNORECASE)
# "The Rev. Wes Tindall, her son, said the sign will hang in the museum": a relative speaking of the subject's event
_RELATIVE_SAYS_AFTER = re.compile(r",\s+(?:his|her|their)\s+(?:son|daughter|husband|wife|mother|father|brother|"
                                  r"sister|grandson|granddaughter|nephew|niece)(?:-in-law)?,\s+(?:said|says|told)\b")


def _not_theirs(event: str, after: str, sentence: str) -> bool:
    """What follows the name says the event is not theirs: they were spared it (_spared), they are an expert
    quoted on it ("Walter Pfannenstiel, a retired hydrologist who ..., said the storm was"), or the name is a
    memorial's ("the Deacon Cleophas Fontenberry Memorial Scholarship" is named for the dead); a relative quoted on
    it ("..., her son, said")."""
    return _spared(event, after) or bool(_EXPERT_AFTER.match(after) and _SPEECH.search(sentence)) or \
        bool(_RELATIVE_SAYS_AFTER.match(after)) or \
        after.startswith((" Memorial ", " Memorial\n")) or (event == "milestone" and bool(_MASS_FOR_THE_DEAD.search(
            sentence)))


# A school pupil named: "Red Springs High School senior Ossie Mae Brayboy" (the text before the surname), "Brayboy,
# a junior at Lumberton High School" (after it)
# (only the school words ignore case: the given names before the surname are capitalised words)
_PUPIL_BEFORE = re.compile(r"\b(?i:high|middle|junior\s+high|elementary)\s+(?i:school)\s+(?:senior|junior|sophomore|"
                           r"freshman|student|pupil|\w+-grader)\s+(?:[A-Z][\w'.\-]*\s+){1,3}$")
_PUPIL_AFTER = re.compile(r"(?:\s+[A-Z][\w'\-]+)?,\s+(?:\d{1,2},\s+)?an?\s+(?:senior|junior|sophomore|freshman|"
                          r"student|\w+-grader)\s+at\s+(?:[\w.'\-]+\s+){1,4}?(?i:high|middle|junior\s+high|"
                          r"elementary)\s+(?i:school)\b")


def _is_pupil(before: str, full: str, end: int, e: int) -> bool:
    """The name ending at `end` (`before` the text before it in its sentence, `e` the sentence's end) is a school
    pupil's (_PUPIL_BEFORE, _PUPIL_AFTER)."""
    return bool(("chool" in before and _PUPIL_BEFORE.search(before)) or _PUPIL_AFTER.match(full, end, e))


# "Mass intentions: ... for the repose of the soul of Leon Seiwert (fifth anniversary), requested by LaVerne
# Seiwert": a death's anniversary, nobody's milestone ("The 10th anniversary Mass for the late Frank Sosnowski ...,
# requested by his wife": his death's)
_MASS_FOR_THE_DEAD = re.compile(r"\brepose\s+of\s+the\s+soul\b|\bmass\s+intentions?\b|\b(?:anniversary|memorial)\s+"
                                r"mass\b|\bmass\s+(?:[\w\-]+\s+){0,4}?for\s+the\s+late\b", re.IGNORECASE)


# A sentence whose subject is the people the one before named: "they", "she", "the couple".
# (or the person by age: "Hazel Ruebke has done it again. The 89-year-old White Sulphur Springs baker won her 40th")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[A-Z][\w,' ]{0,30}?\s)?(?:they|he|she|the\s+couple|the\s+pair|"
                              r"the\s+\d{1,3}-year-old)\s", re.IGNORECASE)


def _givens_before(tail: str) -> tuple[list[str], str]:
    """Given names written right before a surname: "Owner Bob Smith" -> [Bob, Owner]; "Bob and Mary Smith";
    "María Elena (Ruiz) Zubiate" (a maiden name in parentheses is skipped)."""
    if tail.endswith(") "):
        maiden = _MAIDEN_BEFORE.search(tail)
        if maiden:
            tail = tail[: maiden.start()] + " "
    start = _cap_run_start(tail)
    if start is None:
        return [], ""
    run = tail[start:]
    if "\n" in run:  # a name does not run across a line ("... in Chester\nThuy Pham is"): the headline's end
        start += run.rfind("\n") + 1
        run = tail[start:]
    nickname = ""
    q = _QUOTED.search(run) if '"' in run else None
    if q:
        nickname = q.group(1)
        run = run.replace(q.group(0), " ")
    words = [w.rstrip(".") for w in run.split() if not (len(w) <= 2 and w.endswith("."))]
    givens = list(reversed(words[-2:]))
    if len(words) >= 2 and (is_known_given_name(words[-2]) or (
            len(words[-2]) <= 2 and words[-2].lower() not in TITLES)):  # ("Y Duon Ksor", "Pa Houa Lee")
        # "Dorothy Jean Singleton", "María José Ocampo": one compound given name, or a given and a middle name
        # ("Nora Elizabeth Kowalczyk" is Nora, not the client Elizabeth); "Owner Bob Smith" is Bob.
        givens[0] = f"{words[-2]} {words[-1]}"
    if "Mrs" in words[:-2]:
        givens.append("Mrs")  # "Mr. and Mrs. Charles Edouard Montaigne III"
    head = tail[:start].removesuffix("'")  # ("Sione and 'Ana Tuipulotu": an ʻokina before the given name)
    if words and head.endswith(_GIVEN_PARTICLE_ENDS) and (particled := _GIVEN_WITH_PARTICLE.search(head)):
        givens.append(f"{particled.group(0)}{words[0]}")  # "María de los Ángeles Arencibia"
    if len(words) <= 2:  # "Bob and Mary Smith", "Rick and Mary Ann Wierzbicki"
        # _AND_BEFORE ends in "and" or "&" and white space: test that before searching the whole head.
        m_and = _AND_BEFORE.search(head) if head.rstrip().endswith(("and", "&")) else None
        if m_and:
            givens.append(m_and.group(1))
            compound = _COMPOUND_AND_BEFORE.search(head)
            if compound:
                givens.append(compound.group(1))
    return givens, nickname


@dataclass(frozen=True)
class NewsMention:
    name: PersonName
    start: int
    end: int
    town: str
    state: str
    sentence: str
    event: str  # the life event class
    # 1.0: the event in the same sentence; MatchConfig.headline_tie when only the headline (or the lede, or the
    # sentence before) carries it
    tie: float
    died: bool  # the person is the one who died
    name_at: tuple[int, int] = (0, 0)  # the surname's offsets in `sentence`
    parent: bool = False  # named as the parent of the story's subject ("the son of Daniel and Grace Okafor")
    # The age written after the name ("Tony Ciaccio, 16,") or after the surname opening a later sentence
    # ("Ciaccio, 16, pinned his opponent"), checked against a roster birth date
    age: int | None = None
    # The spouse a later sentence opened by the surname names ("Roediger ... lives in Meridian with his wife,
    # Shannon"), checked against the roster spouse
    spouse: str = ""
    # A school pupil by how the story names them ("Red Springs High School senior Ossie Mae Brayboy", "Brayboy, a
    # junior at Lumberton High School"): not a client the roster birth date makes a grown-up
    pupil: bool = False


@dataclass(frozen=True)
class NewsContext:
    town: str
    state: str
    headline_events: tuple[str, ...]
    abroad: bool = False  # datelined outside the US ("PONTA DELGADA, Azores -"): its people live there
    # No dateline: the town the headline or lede places something in ("Mt. Zion AME Church in Moncks Corner
    # honored its organist"). Where the event happened, not always where its people live ("won the state
    # spelling bee in Topeka"): it may raise a place score, never lower one.
    lede_town: str = ""
    dateline: bool = False  # `town` is the story's dateline (not a headline's or lede's town)
    # The country or province the headline or lede says its people are from ("a great-grandmother from New
    # Brunswick"): a town no US gazetteer knows ("Vernice Alward of Moncton") is there, not a client's
    foreign: str = ""


_IN_TOWN = re.compile(r"\bin\s+(?=[A-Z])")


def _lede_town(title: str, text: str) -> str:
    """A story without a dateline: the first known town its headline or lede places something in ("Mt. Zion
    AME Church in Moncks Corner honored its organist") or bases a business in ("the Overland Park-based cardiology
    group"), the story's place as a dateline's would be."""
    for part in (title, text[:_LEDE_REACH]):
        for m in _IN_TOWN.finditer(part):
            town, _, _ = read_place(tokens(part, m.end(), min(len(part), m.end() + 60)), 0)
            if town and is_known_town(town) and not state_code(town):
                return town
        for m in _BASED_IN.finditer(part):  # (or "the Iowa City firm has 40 employees")
            based = m.group(1) or m.group(2)
            if is_known_town(based) and not state_code(based):
                return based
    return ""


_BASED_IN = re.compile(r"\b(" + _TOWN_WORDS + r")-based\b|\bthe\s+(" + _TOWN_WORDS + r")\s+"
                       r"(?:firm|company|business|bakery|restaurant|shop|store|practice|agency|dealership)\b")
# "... at three hospitals and 40 clinics in south-central Wisconsin": a story without a dateline places itself
_REGION_OF_STATE = re.compile(r"\bin\s+(?:(?:north|south|east|west)(?:ern)?|central|"
                              r"(?:north|south)-?(?:east|west|central)(?:ern)?|upstate|downstate)\s+"
                              r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


_LEDE_REACH = 300  # characters of the text read for a town when there is no dateline


def _places_after(rx: re.Pattern[str], sentence: str) -> Iterator[tuple[str, str]]:
    """(town, state) of each known town written after a match of `rx` ("in", "of") in a sentence; not a state's
    own name ("in Iowa")."""
    for m in rx.finditer(sentence):
        town, state, _ = read_place(tokens(sentence, m.end(), min(len(sentence), m.end() + 60)), 0)
        if town and is_known_town(town) and not state_code(town):
            yield town, state


def sentence_place(sentence: str) -> tuple[str, str]:
    """The first town written with its state in a sentence ("Dakota Prairie Bank in Bismarck, N.D., has
    promoted ..."): where the sentence's event happens, for a person it names without a place of their own."""
    return next(((town, state) for town, state in _places_after(_IN_TOWN, sentence) if state), ("", ""))


_IN_OF_TOWN = re.compile(r"\b(?:in|of)\s+(?=[A-Z])")


def sentence_town(sentence: str) -> str:
    """The first known town a sentence writes after "in" or "of", without its state ("Owner María Urbina, a
    20-year veteran of Baton Rouge restaurant kitchens"): for a story that places itself nowhere else."""
    return next((town for town, state in _places_after(_IN_OF_TOWN, sentence) if not state), "")


# A dateline's civil division, the name after it ("TOWN OF BRIDGE CREEK", "Village of Fall Creek")
_CIVIL_TOWN = re.compile(r"(?:town|township|village|city)\s+of\s+(.+)$", re.IGNORECASE)


def news_context(title: str, text: str) -> NewsContext:
    """Dateline place and the life events the headline names."""
    town, state = "", ""
    text = text[byline_end(text):]
    m = _DATELINE.match(text)
    abroad = False
    if m:
        town = m.group(1).strip().title()
        state = state_code(m.group(2) or "")
        # a second part that is no US state, for a first that is no US town
        abroad = bool(m.group(2)) and not state and not is_known_town(town)
        town = (leading_town(town, state) or town) if not abroad else town  # "MOUNTAIN HOME AIR FORCE BASE"
        if (civil := _CIVIL_TOWN.match(town)) and not is_known_town(town):
            # "TOWN OF BRIDGE CREEK, Wis.": a township no gazetteer has; the story says where ("near Augusta")
            town = civil.group(1) if state and state in states_with_town(civil.group(1)) else ""
    datelined = town
    home = _HEADLINE_TOWN.match(title) or _HEADLINE_TOWN_INSIDE.search(title) or (
        _HEADLINE_TRADE_TOWN.match(title) if town else None)
    if home and home.group(1).lower() in _INSTITUTION_NOUNS:
        home = None  # "Library's Zerr retires": the library's, not Library, Pa.'s
    if home and not town and not state and is_known_town(home.group(1)) and not _named_otherwise(home.group(1), text):
        town = home.group(1)  # "Columbia's volunteer of the year started with one English class", no dateline
    elif town and (other := _people_town(home, title, text)) and city_key(other) != city_key(town) and (
            states_with_town(other) & (frozenset((state,)) if state else states_with_town(town))):
        # "Mandan's Little Owl wins state title", datelined FARGO where the meet was: the people are Mandan's.
        town = other
    if not town:
        m2 = _THE_TOWN_PERSON.search(title + " " + text[:400])
        if m2:
            town = m2.group(1).strip()
            state = state_code(m2.group(2) or "")
            if state_code(town) and not state:  # "a Minnesota man"
                town, state = "", state_code(town)
            elif not is_known_town(town):  # "the Nguyen family" names a family, not a town
                town, state = "", ""
    lede_town = _lede_town(title, text) if not (town or state) else ""
    if not (town or state or lede_town) and (region := _REGION_OF_STATE.search(text)):
        state = state_code(region.group(1))
    return NewsContext(town=town, state=state, headline_events=_headline_events(title), abroad=abroad,
                       lede_town=lede_town, dateline=bool(m) and town == datelined,
                       foreign=_foreign_home(f"{title}\n{text[:_LEDE_REACH]}"))


_FROM_PLACE = re.compile(r"\b(?:from|of)\s+((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)")


def _foreign_home(lede: str) -> str:
    """The country or Canadian province a lede says someone is from or of ("from New Brunswick"), or ""."""
    for m in _FROM_PLACE.finditer(lede):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            if is_country(name := " ".join(words[:n])):
                return name
    return ""


_SAINT_PREFIXES = ("St.", "St ", "Saint ")  # a headline's "St. Olaf's pastor": a saint's, a church's
# "St. Michael's Byzantine Catholic Church": a saint's name that names a church, school or hospital in the story
_INSTITUTION = re.compile(r"'s\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Church|Parish|Cathedral|Basilica|Chapel|Abbey|Academy|"
                          r"School|College|University|Hospital|Medical\s+Center|Home)\b")


# A congregation named after its word: "Zion Lutheran Church", "Bethel AME Church" (or after a town: rarely)
_CONGREGATION = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,2}(?:Church|Chapel|Temple|Synagogue|Congregation)\b")


def _named_otherwise(town: str, text: str) -> bool:
    """A headline's saint ("St. Michael's pastor marks 40 years", no dateline) that the story says is a church's
    (or school's, hospital's) name, not the town of St. Michael; any name the story gives a congregation ("Zion's
    Pastor Tveitbakk receives ...": "pastor of Zion Lutheran Church in Clear Lake"), or a person's surname
    ("Humphrey's Marine & Tackle marks 40 years": "When Carl Wayne Humphrey opened ...")."""
    if not town.startswith(_SAINT_PREFIXES):
        # (each capitalised word tried as the given name: "When Willie Copeland opened", "Carl Wayne Humphrey")
        return bool(re.search(rf"\b{re.escape(town)}(?={_CONGREGATION.pattern})", text)) or any(
            is_known_given_name(m.group(2)) and not is_known_town(m.group(1))
            for m in re.finditer(rf"(?=\b(([A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?{re.escape(town)})\b(?!['\u2019]s))",
                                 text)) or bool(
            # ("Bryant's Hardware marks 50 years": "Owner Garland Bryant took over", "Bryant said": a town says
            # nothing; "Roxie's Kolache & Donut Shop": 'Roxanne "Roxie" Pilgrim', a nickname)
            re.search(rf"\b(?i:owner|founder|proprietor)\s+(?:[A-Z][a-z]+\s+){{1,2}}{re.escape(town)}\b|"
                      rf"\b{re.escape(town)},?\s+(?:said|says|told)\b|"
                      rf"[\"\u201c]{re.escape(town)}[\"\u201d]\s+[A-Z]", text))
    at = text.find(town)
    while at >= 0:
        if _INSTITUTION.match(text, at + len(town)):
            return True
        at = text.find(town, at + 1)
    return False


# The words after a town that make it a high school's name: "Lincoln Southeast", "Brandon Valley", "Omaha Central"
# (not "Lincoln High", a school named for a person in the dateline's city)
_SCHOOL_TAIL = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                          "central", "valley"})


def _school_town(name: str) -> str:
    """The town a headline's school is named after ("Lincoln Southeast's Maddie Wiebelhaus wins": Lincoln), or the
    name itself."""
    if is_known_town(name):
        return name
    if "-" in name and is_known_town(first := name.split("-")[0]):
        return first  # "Bellwood-Antis' Ella Stiffler": a district named for two towns, the first the team's home
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        if all(w.lower() in _SCHOOL_TAIL for w in words[k:]) and is_known_town(head := " ".join(words[:k])):
            return head
    return name


def _people_town(home: re.Match[str] | None, title: str, text: str) -> str:
    """The town the headline or lede says the story's people are from, against a dateline elsewhere: the headline's
    ("Mandan's Little Owl wins", not "St. Olaf's pastor": a saint's name is a church's) or the lede's "A Marion
    woman who has served in the Guard for 29 years" (datelined JOHNSTON, where Camp Dodge is)."""
    if home is not None:
        # (not "Copeland's Feed & Seed celebrates 75 years", datelined MAYFIELD: "Jerome Copeland, who has owned")
        return "" if home.group(1).startswith(_SAINT_PREFIXES) or _named_otherwise(home.group(1), text) \
            else _school_town(home.group(1))
    person = _THE_TOWN_PERSON.search(title + " " + text[:_LEDE_REACH])
    return person.group(1).strip() if person and not person.group(2) and is_known_town(person.group(1).strip()) else ""


@lru_cache(maxsize=4)  # read by news_mentions and by news_context (the engine's scoring) for one story
def _headline_events(title: str) -> tuple[str, ...]:
    """The life events whose pattern matches the headline (each on its own, unlike a sentence's)."""
    return tuple(_events_in(title, alone=True))


# Every alternative of a LIFE_EVENTS pattern contains one of its words here (lower-case), so an ASCII
# sentence without them cannot match that pattern: ~80% of news sentences name no event word at all, and one
# automaton pass costs a tenth of the case-insensitive alternation. (Keep in step with LIFE_EVENTS; a test
# checks every pattern against its words.)
_EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "loss": ("die", "killed", "death", "passed", "mourn", "lost", "fatal", "funeral"),
    "fire": ("fire", "blaze", "burn", "flames", "arson", "smoke"),
    "flood": ("flood", "water", "swept", "spill"),
    "injury": ("injur", "pulled", "hospitali", "critical", "seriously", "crash", "collision", "rescued", "struck",
               "hurt", "wounded", "accident", "pinned", "flown", "airlift", "bit", "attack", "maul", "recovering"),
    "award": ("award", "governor", "grant", "smithsonian", "museum", "perfect", "300", "hitter", "struck", "strikes",
              "hono", "recogni", "inducted", "year", "win", "won", "receive", "medal", "scholar", "chosen",
              "selected", "juried", "best", "retrospective",
              "hall", "eagle", "earned", "prize", "qualif", "champion", "pull", "save", "hero", "rescues", "graduat",
              "commencement", "earn", "sign", "letter", "hole", "first", "crown", "reign", "marshal", "treasure",
              "valedict", "salutat", "parade", "names", "merit", "appointment", "commit", "voted", "claim",
              "captur", "took", "takes", "finalist", "ribbon"),
    "promotion": ("becomes", "promot", "named", "names", "name", "pick", "chose", "choose", "select", "tap", "confirm",
                  "appointed", "elected", "takes", "hired", "new", "installed",
                  "sworn",
                  "ordain", "consecrat", "join", "take", "took", "command", "assum", "leader", "lead", "head"),
    "retirement": ("retir", "last", "hand", "step", "career", "final", "sold", "sell", "hang", "hung", "farewell",
                   "goodbye",
                   "clos"),
    "opening": ("grand", "opens", "opened", "opening", "ribbon", "launch", "new", "open", "second", "third",
                "becomes"),
    "milestone": ("broke", "breaks", "doubl", "mark", "turn", "anniversary", "renew", "celebrat", "years", "married",
                  "wed", "vows", "rais",
                  "land", "secur", "birthday", "birth", "welcom", "baby", "born", "son", "daughter",
                  "engage", "summit", "hike", "climb",
                  "marathon", "win", "victor",
                  "united", "finish", "ran", "run", "deliver", "complet", "sew", "knit", "bak", "donat", "contract",
                  "publish",
                  "mile", "mission", "centennial", "deal", "buy", "bought", "acquir", "purchas", "jobs", "invest",
                  "spend"),
    "storm_damage": ("tornado", "storm", "destroyed", "damaged", "topple", "uprooted", "wind", "hail", "crash",
                     "tree", "limb", "branch", "tore", "ripped", "blew"),
}
_EVENT_WORD_FINDER = ahocorasick.Automaton()
for _word in {w for words in _EVENT_WORDS.values() for w in words}:
    _EVENT_WORD_FINDER.add_word(_word, tuple(name for name, words in _EVENT_WORDS.items() if _word in words))
_EVENT_WORD_FINDER.make_automaton()


def _candidate_events(low: str) -> set[str]:
    """The LIFE_EVENTS whose words lower-cased ASCII text contains: only these patterns can match it."""
    found: set[str] = set()
    for _end, names in _EVENT_WORD_FINDER.iter(low):
        found.update(names)
    return found


# All event patterns in one alternation with a named group each: one pass over a sentence, not nine.
_ANY_EVENT = re.compile("|".join(f"(?P<{name}>{rx.pattern})" for name, rx in LIFE_EVENTS.items()), re.IGNORECASE)


# The same patterns without IGNORECASE, for lower-cased ASCII text (they are written in lower case, and on ASCII
# text IGNORECASE compares lower-cased letters: the same matches, ~3x faster): all in one alternation, and each alone.
_ANY_EVENT_LOWER = re.compile("|".join(f"(?P<{name}>{rx.pattern})" for name, rx in LIFE_EVENTS.items()))
_LOWER_ALONE = {name: re.compile(rx.pattern) for name, rx in LIFE_EVENTS.items()}


def _events_in(sentence: str, *, alone: bool = False) -> list[str]:
    """The life-event classes named in a sentence, in LIFE_EVENTS order: those _ANY_EVENT.finditer finds,
    or (`alone`) those whose own pattern matches (the headline's events)."""
    if not sentence.isascii():
        if alone:
            return [name for name, rx in LIFE_EVENTS.items() if rx.search(sentence)]
        found = {m.lastgroup for m in _ANY_EVENT.finditer(sentence)}
        return [name for name in LIFE_EVENTS if name in found]
    low = sentence.lower()
    candidates = _candidate_events(low)
    if not candidates:
        return []
    # The other patterns cannot match anywhere in the text: their words are not in it.
    names = tuple(name for name in LIFE_EVENTS if name in candidates)
    each = [name for name in names if _LOWER_ALONE[name].search(low)]
    if alone or len(each) <= 1:
        return each  # (one pattern that matches at all: the alternation finds it, and nothing else)
    # Two or more: one match may hide another that starts inside it, as the alternation reads the sentence.
    found = {m.lastgroup for m in _ANY_EVENT_LOWER.finditer(low)}
    return [name for name in names if name in found]


_TIE_LOWER = re.compile(_TIE.pattern)  # lower-case words: see _ANY_EVENT_LOWER
_ATTENDING_LOWER = re.compile(_ATTENDING.pattern)


def _search_ignoring_case(rx: re.Pattern[str], lower: re.Pattern[str], text: str) -> bool:
    """rx.search(text) for an IGNORECASE pattern written in lower case, `lower` being it without the flag."""
    return bool(lower.search(text.lower()) if text.isascii() else rx.search(text))


# (up to three words: "Kent and Mary Lou Hymas, Dr. Naomi Fujikawa, ...")
_NAME_LIKE = re.compile(r"\b[A-Z][\w'\-]+(?:\s+[A-Z]\.)?(?:\s+\"[^\"]+\")?\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?")
# "Mandan's Little Owl wins", "Baraga runner wins state title": the people's town, not the dateline's meet
# ("Bellwood-Antis' Ella Stiffler": a school district named for two towns, its plural possessive)
_HEADLINE_TOWN = re.compile(r"(" + _TOWN_WORDS + r"|[A-Z][\w.]+-[A-Z][\w.]+)(?:'s?\s|\s(?=(?:runner|teen|junior|"
                            r"senior|sophomore|"
                            r"freshman|student|wrestler|swimmer|golfer|athlete|pitcher|girl|boy|man|woman|couple|"
                            # a school's team ("Onalaska softball wins first state title")
                            r"softball|baseball|football|basketball|volleyball|soccer|hockey|"
                            r"family|native|(?:[a-z]+-)?graders?|"
                            # a person by calling ("Morgantown nurse wins statewide award"; not one that names a
                            # school or a parish: "Lincoln teacher", "Sacred Heart volunteer")
                            r"nurse|farmer|rancher|veteran|firefighter|grandmother|grandfather)\b))")
# Institutions a headline names by a common noun, some of them a town's name too (Library, Pa.; Hospital, Ill.)
_INSTITUTION_NOUNS = frozenset({"library", "hospital", "museum", "church", "school", "college", "university", "bank",
                                "chamber", "council", "club", "zoo", "clinic", "district", "county", "city", "state"})
# ... and a person by trade, read only against a dateline of the same state ("Hockessin hotelier buys Dover Downtown
# Inn", datelined DOVER): without one, "West End pastor" names a neighbourhood, not West End, N.C.
_HEADLINE_TRADE_TOWN = re.compile(r"(" + _TOWN_WORDS + r")\s"
                                  r"(?=[a-z]+(?:ier|ist|ian|tor|ner|ker|ver|ger|lter|tter)\b)")  # ("Anna quilter")
# The same later in the headline, after a verb: "Fire displaces West Columbia family of five".
_HEADLINE_TOWN_INSIDE = re.compile(r"(?<=[a-z]\s)(" + _TOWN_WORDS + r")\s(?=(?:family|couple|man|woman|"
                                   r"teen|boy|girl|native|resident|homeowners?)\b)")
# (a couple in the list: ", Duane and Marcella Hoffmann" links to the name before)
# (and with each one's part in parentheses: "Ted Gauthier (chairman), Heather Ostrander (vendors) and ...")
_LIST_LINK = re.compile(r"^(?:\s*\([^()]{1,30}\))?\s*(?:,|;|,?\s+(?:and|&))\s*(?:(?:Dr|Mr|Mrs|Ms|Rev)\.\s+)?"
                        r"(?:[A-Z][\w'\-]+\s+(?:and|&)\s+)?$")


def _quoted_speaker(before: str, sentence: str, after: str = "") -> bool:
    """"said Roger Weber", "according to Ann Lee": a quoted speaker, not the subject (unless the owner); but "crews
    said Gus Lambrakis, 76, and his wife, Georgia, woke to a smoke alarm" reports what happened to him (`after`:
    the text after the name)."""
    return bool(_SPEAKER_BEFORE.search(before)) and bool(_SPEECH.search(sentence)) and \
        not _OWNER_BEFORE.search(before) and not _CLAUSE_SUBJECT_AFTER.match(after)


# After a name that follows "said": the subject of the reported clause, not the speaker.
# ("Fire District 13 said Gordon and Lorna Pfeifle and their dog got out safely": the household, then the verb)
_CLAUSE_SUBJECT_AFTER = re.compile(r"(?:,\s*(?:\d{1,3}|both\s[^,.;]{1,25}),)?\s+(?:and\s+(?:his|her)\s+"
                                   r"(?:wife|husband)\b|(?:and\s+(?:their|his|her)\s+(?:[a-z]+\s+){1,2})?"
                                   r"(?:was|were|had|woke|escaped|died|suffered|lost|got\s+out)\b)")
_FOUNDER = re.compile(r"\b(?:owner|owners|co-owner|founder|founded|proprietor)\b", re.IGNORECASE)
# "fire officials said Bohdan and Maria Kowalchuk woke to smoke": the subject of the clause the sentence reports
# ("Fire Chief Dan Reams said Louis and Delphine Hrubes, both in their 80s, were awakened by a smoke alarm")
_SAID_NAMES = re.compile(r"\bsaid\s+(?:that\s+)?(?:(?:[A-Z][\w'.\-]*|and|&)\s+){1,5}$")
# "Sam Mendenhall, who chaired the anniversary committee, said ...": an organiser quoted about the story's event.
# ("Loretta Gansemer, a member of the anniversary committee, said lunch follows": a helper at the event)
# ("Travis Headrick, a Pigeon Forge fishing guide who books trips through the shop, said": a customer)
_SPEAKER_AFTER = re.compile(r",\s+(?:who\s+[^,.;\"]{3,80}|an?\s+(?:member|volunteer|organi[sz]er|co-?chair\w*|chair\w*|"
                            r"coordinator|spokes\w+)\b[^,.;\"]{0,60}|an?\s+[^,.;\"]{0,60}?\bwho\s+[^,.;\"]{3,80}),\s+"
                            r"(?:said|says|told)\b")


def _own_clause(sentence: str, surname: str) -> str:
    """The clause naming `surname` when it opens the sentence as a subordinate one: "When Buck Tindall bought a
    pulling unit in 1986, oil was at $12 a barrel and his banker told him he was crazy" (the banker's telling is not
    Tindall's); else the sentence."""
    at = sentence.find(surname) if surname else -1
    if at < 0 or not _SUBORDINATE_OPENING.match(sentence):
        return sentence
    cut = sentence.find(",", at)
    return sentence[:cut] if cut > 0 else sentence


_SUBORDINATE_OPENING = re.compile(r"(?:[A-Z][A-Z.\s,]+\s[-\u2013\u2014]\s)?(?:When|After|Before|As|Since|While|"
                                  r"Although|Though|Because|Once|Until)\s")


def _without_asides(sentence: str) -> str:
    """The sentence without its attributions set off by commas (", co-workers said,")."""
    return _ASIDE_SAID.sub(",", sentence) if "sa" in sentence else sentence


def _attends(sentence: str, surname: str) -> bool:
    """The person's own clause, past asides, says they speak at, attend or host the event (_ATTENDING)."""
    return _search_ignoring_case(_ATTENDING, _ATTENDING_LOWER, _without_asides(_own_clause(sentence, surname)))


def _is_list(sentence: str) -> bool:
    """A bare list: three or more names joined by commas/"and" (honor rolls, donors, attendees)."""
    spans = [(m.start(), m.end()) for m in _NAME_LIKE.finditer(sentence)]
    links = sum(1 for (_, e1), (s2, _) in pairwise(spans) if _LIST_LINK.match(sentence[e1:s2]))
    return links >= 2


def news_mentions(title: str, text: str, hits: list[tuple[int, int, str]],
                  wanted: Callable[[list[str], str], bool] | None = None,
                  config: MatchConfig = DEFAULT_CONFIG) -> list[NewsMention]:
    """People named before each surname hit in title + "\\n" + text, with the life event that concerns them.

    `hits` are (start, end, key) offsets into the same combined string. `wanted(givens, surname)`, when
    given, drops names no client could be before any further work (the caller's roster lookup).
    """
    story = _Story(title, text, config)
    full = story.full
    out: list[NewsMention] = []
    # (a headline that names good news besides is not a crime story: "Eagle banker retires after 41 years, 3
    # mergers and one bank robbery")
    crime = bool(_CRIME_HEADLINE.search(title)) and set(story.headline_events()) <= _FAMILY_EVENTS
    for start, hit_end, _key in hits:
        end = _whole_surname_end(full, hit_end)
        if start > 1 and full[start - 1] == "-" and full[start - 2].isalpha():
            continue  # a part of a double-barrelled name: the name was (or will be) read from its first part
        particle = _PARTICLE_BEFORE.search(full, max(0, start - _PARTICLE_REACH), start) if start > 2 and \
            full[start - 1] == " " and full[full.rfind(" ", 0, start - 1) + 1 : start - 1].lower() \
            in _PARTICLE_LAST_WORDS else None
        if particle is not None:
            # "Patrick "Pat" St. Onge": the surname is "St. Onge" when a client has it (else "St" may be a name)
            givens, nickname = _givens_before(full[max(0, particle.start() - 60) : particle.start()])
            surname = f"{particle.group(1)} {full[start:end]}"
            if givens and (wanted is None or wanted([*givens, nickname] if nickname else givens, surname)):
                out += story.mentions(particle.start(), end, givens, nickname)
                continue
        givens, nickname = _givens_before(full[max(0, start - 60) : start])
        surname = full[start:end]
        if not givens:
            # "Al-Jabouri and his wife, Zainab, who runs the kitchen": a second reference names his wife in full
            # ("Bettencourt, who owns the business with his wife, Yolanda": a business the couple runs)
            spouse = _AND_SPOUSE.match(full, end) if " and " in full[end : end + 20] else \
                _RUN_WITH_SPOUSE.match(full, end, min(len(full), end + 160)) if " with " in full[end : end + 120] \
                else None
            if spouse is not None and (wanted is None or wanted([spouse.group(1)], surname)):
                out += story.mentions(start, end, [], "")
            continue
        if wanted is not None and not wanted([*givens, nickname] if nickname else givens, surname) \
                and not _spouse_wanted(full, end, surname, wanted) \
                and not _other_parent_wanted(full, end, surname, wanted):
            continue
        out += story.mentions(start, end, givens, nickname)
    if crime:
        return [m for m in out if m.died]
    return out


def _spouse_wanted(full: str, end: int, surname: str, wanted: Callable[[list[str], str], bool]) -> bool:
    """"Domingos Semedo, 62, and his wife, Ana Lúcia, ...": his wife may be the client when he is not."""
    window = full[end : end + 160]
    if " and " not in window[:20] and "wife" not in window and "husband" not in window:
        return False  # (the substring tests skip the pattern searches for most names)
    m_suffix = _SUFFIX_AFTER.match(full, end, min(len(full), end + 8))  # "Frank Vrba Jr., and Frank's wife"
    at = m_suffix.end() if m_suffix else end
    spouse = _spouse_after(full, at, min(len(full), at + 160))
    return spouse is not None and wanted([spouse.group(1)], surname)


def _spouse_after(full: str, at: int, stop: int, *, family: bool = True) -> re.Match[str] | None:
    """The spouse named after a name, group 1 the given name: "Odell Dismukes Jr. and his wife, ...", "Raymond
    Gong, has run the store since 1983 with his wife, Frances"; with `family` (a fire, flood or storm), also "said
    he woke to the alarm and got his wife, Essie, out"."""
    return _AND_SPOUSE.match(full, at, stop) or _RUN_WITH_SPOUSE.match(full, at, stop) or (
        _HIS_SPOUSE.match(full, at, stop) if family else None)


def _other_parent_wanted(full: str, end: int, surname: str, wanted: Callable[[list[str], str], bool]) -> bool:
    """"... his father, Duane Rask. His mother, Jolene, ...": she may be the client when he is not."""
    other = _OTHER_PARENT.match(full, end, min(len(full), end + 200)) if "her, " in full[end : end + 200] else None
    return other is not None and wanted([other.group(1)], surname)


def _whole_surname_end(full: str, end: int) -> int:
    """A hit inside a double-barrelled name ("Smith" in "Smith-Jones") stands for the whole name."""
    while end < len(full) - 1 and full[end] == "-" and full[end + 1].isalpha():
        end += 1
        while end < len(full) and (full[end].isalpha() or full[end] == "'"):
            end += 1
    return end


class _Story:
    """One news story read around its surname hits: only the sentences around hits are read
    (sentence_around, not a split of the whole story), and what is worked out per sentence is kept by its
    start offset in `full`, as hits often share a sentence."""

    __slots__ = ("_events_of", "_headline_events", "_is_list", "_last", "_lede", "body", "config", "full", "text",
                 "title")

    def __init__(self, title: str, text: str, config: MatchConfig):
        self.title, self.text, self.config = title, text, config
        # (a Tongan or Hawaiian ʻokina, "Sione and ʻAna Tuipulotu", read as the apostrophe rosters drop: same length)
        self.full = f"{title}\n{text}".replace("\u02bb", "'")
        self.body = len(title) + 1  # offset of `text` in `full`
        self._headline_events: tuple[str, ...] | None = None  # the place half of news_context is the caller's
        self._events_of: dict[int, list[str]] = {}  # sentence start -> its life events
        self._is_list: dict[int, bool] = {}
        # The last sentence found: hits come in text order, and the next one is often in the same sentence (a
        # span of sentence_around holds no other sentence's offsets, so it answers for any offset inside it).
        self._last: tuple[int, int] = (0, 0)
        self._lede: int | None = None

    def lede(self) -> int:
        """Offset in `text` of the lede's first sentence: 0, or after a bare dateline cut off as a sentence."""
        if self._lede is None:
            top = byline_end(self.text)
            m = boundary_after(self.text, top)
            self._lede = m.end() if m is not None and _DATELINE_ONLY.fullmatch(self.text, top, m.start() + 1) \
                else top
        return self._lede

    def _in_lede(self, at: int) -> bool:
        """Offset `at` of `full` is in the headline or the lede's first sentence."""
        found = self._sentence(at)
        return found is None or found[2] or found[0] - self.body <= self.lede()

    def headline_events(self) -> tuple[str, ...]:
        if self._headline_events is None:
            self._headline_events = _headline_events(self.title)
        return self._headline_events

    def mentions(self, start: int, end: int, givens: list[str], nickname: str) -> list[NewsMention]:
        """The mentions of the name full[start:end] (one per given name read before it), or none when its
        sentence puts no life event on it or says it is someone else's event."""
        headline_events = self.headline_events()
        if (found := self._sentence(start)) is None:
            return []
        s, e, headline = found
        full = self.full
        sentence = full[s:e]
        spouse_only = not givens  # a surname alone, then "and his wife, Zainab": her, not him
        # The tests below only ever drop the hit, so the one that drops most (no life event in reach: most
        # sentences) runs first; the rest run for the few hits that have an event.
        opens = headline or self._opens(s, start) or bool(
            "said" in sentence and _SAID_NAMES.search(full, s, start) and _CLAUSE_SUBJECT_AFTER.match(full, end, e))
        before = full[max(s, start - 80) : start]
        named_parent = self._named_parent(full[max(s, start - 160) : start], sentence, end, e)
        if not named_parent and (_quoted_speaker(full[max(s, start - 60) : start], sentence, full[end : e]) or (
                not headline and self._list_at(s, sentence))):
            return []  # (as _someone_elses would say after the event search: most names in news are speakers)
        # (the one the lede's fire or crash befell; the substring test skips the end-anchored search for most names)
        rescued = not headline and any(v in before for v in _RESCUE_VERBS) and bool(_RESCUED_NAMED.search(before))
        identified = bool(("identified" in before and _IDENTIFIED_AS.search(before)) or _CHOSEN_BEFORE.search(before))
        tied = self._event(s, sentence, headline, headline_events, opens, named=named_parent or rescued or identified,
                           surname=full[start:end])
        if tied is None or (rescued and tied[0] < 1.0 and tied[1] not in _FAMILY_EVENTS):
            return []
        tie, event = tied
        if tie < 1.0 and self._beside_the_event(event, spouse_only, named_parent, before, sentence, end, e):
            return []
        if s > max(0, start - 60) and not spouse_only:  # else the same window as the caller's
            givens, nickname = _givens_before(full[max(s, start - 60) : start])  # not across the sentence start
            if not givens:
                return []
        # A child's good news is the parents' too (parent_of_subject); a child's injury, loss or fire the family's own
        # (subject). The headline says which the story is ("wins state science fair"), not a fire the sentence recalls.
        story_event = headline_events[0] if headline_events and not headline else event
        parent = named_parent and story_event not in _FAMILY_EVENTS
        if parent:
            event = story_event
        if not parent and (self._someone_elses(s, start, sentence, event, headline, end)
                           or _PERFORMS_AFTER.match(full, end, min(e, end + 90))):
            return []  # (the latter: "Pastor Delbert Crane Bull blessed the building at Saturday's opening")
        tail, after = self._after_name(end, e)
        if _not_theirs(event, after, sentence) or (event == "injury" and _NOBODY_HURT.search(self.full)):
            return []
        died = bool(_DEATH_OF_PERSON.match(after)) or (event == "loss" and (
            bool(_IDENTIFIED_VICTIM.match(after)) or (identified and "loss" in headline_events)))
        m_suffix = _SUFFIX_AFTER.match(full, end, min(e, end + 8))
        suffix = suffix_key(m_suffix.group(1)) if m_suffix else ""
        town, state = self._home(full[start:end], m_suffix.end() if m_suffix else tail, e, parent, start)
        lead = s + len(sentence) - len(sentence.lstrip())  # `sentence` is stored stripped
        names = self._names(start, end, m_suffix.end() if m_suffix else end, e, givens, nickname, suffix, parent, event)
        age, spouse, pupil = self._own_facts(start, end, e, givens, before) if not (parent or spouse_only) \
            else (None, "", False)
        return [NewsMention(name=name, start=start, end=end, town=town, state=state, sentence=sentence.strip(),
                            event=event, tie=tie, died=died and not parent, name_at=(start - lead, end - lead),
                            parent=parent, age=age if name is names[0] else None, pupil=pupil,
                            spouse=spouse if name is names[0] else "")
                for name in names]

    def _own_facts(self, start: int, end: int, e: int, givens: list[str], before: str) -> tuple[int | None, str, bool]:
        """What the story says of the person named full[start:end] themselves, checked against the roster: their
        age (_age), their spouse (_spouse_again), whether they are a school pupil (_is_pupil)."""
        surname = self.full[start:end]
        return (self._age(surname, end, e, givens, start), self._spouse_again(surname, e),
                _is_pupil(before, self.full, end, e))

    def _beside_the_event(self, event: str, spouse_only: bool, named_parent: bool, before: str, sentence: str,
                          end: int, e: int) -> bool:
        """A name tied to an event written elsewhere is not its subject: a speaker quoted about it (but a fire's
        family says what it saw, and an owner speaks for the business); "Kienzle and his wife, Marianne, plan to
        travel" (his retirement, not hers); "Neighboring shop owner Rosalind Achterberg" (another business's);
        "His wife, Jolene Wiebelhaus, said he had broken ribs" (his injury); "Her grandmother, Phil Lafromboise,
        drove ..." (a relative, not the one whose death the sentence before told, unless the headline's event is
        that one; a grandparent, aunt, uncle or cousin is never the subject of the story's event)."""
        full = self.full
        if full.startswith(_POSSESSIVE, end) and not self._in_lede(end):
            # "Thanh "Tommy" Pham's Pho Garden truck was among 31 food vendors", late in the story: his truck, not his
            # event (but the lede's "Theresa Brockmeyer's kitchen gets busy" is about her)
            return True
        if (spouse_only and event in _CAREER_EVENTS) or _OTHER_OWNER.search(before) or (
                not named_parent and event not in _FAMILY_EVENTS and _SPEAKER_AFTER.match(full, end, e)
                and not _OWNERSHIP.search(sentence)):
            return True
        relative = _RELATIVE_APPOSITIVE.search(before)
        if relative is None:
            return False
        if event == "milestone" and re.search(r"\b(?:son|daughter)\s*,", relative.group(0)) and \
                _WEDDING.search(self.full, 0, self.body + _LEDE_REACH):
            return True  # "Their daughter, Mary Jo Pruett of Chiloquin, is organizing the party": the couple's wedding
            # anniversary (but "Their son, Rod Hasskamp, ... have run it since 1995": the resort's 60th season is his)
        # (a child's injury is the family's own: "His mother, Pippa Daughtry, said the family was grateful")
        return bool((event == "injury" and _SAYS_AFTER.match(full, end, e)
                     and re.search(r"\b(?:wife|husband)\b", relative.group(0)))
                    or event not in (self.headline_events() or (event,)) or _EXTENDED_KIN.search(before))

    def _home(self, surname: str, after: int, e: int, parent: bool, start: int) -> tuple[str, str]:
        """The town and state the story gives the person named before `after` ("Hollis Goldthwaite III of ..."), or
        before the name at `start` ("A 13-year-old from Lexington, Kentucky, named Aubrey Coffman"), or a later
        sentence does; a parent without a town of their own lives where the child of the same surname is from
        ("Stoneking, of Lavalette, finished the season 24-2. Her parents, Wendell and Patsy Stoneking, ...")."""
        town, state = self._place_after(after, e)
        if not (town or state) and (named := _FROM_NAMED_BEFORE.search(self.full, max(0, start - 100), start)):
            town, state, _ = read_place(tokens(self.full, named.start(1), named.end(1)), 0)
        if not (town or state):
            town, state = self._place_later(surname, e, since=self.body if parent else None)
        return town, state

    def _after_name(self, end: int, e: int) -> tuple[int, str]:
        """Where the name ends, and up to 120 characters of its sentence after it: after the second part of a
        compound surname too ("Rogelio Arreguín Solórzano, 67, ... died", read for the surname Arreguín)."""
        rest = _SECOND_SURNAME.match(self.full, end, e)
        tail = rest.end() if rest else end
        return tail, self.full[tail : min(e, tail + 120)]

    def _age(self, surname: str, end: int, e: int, givens: list[str], start: int = 0) -> int | None:
        """The age written right after the name, or after the surname (or the given name) opening a later sentence
        (AP style's second reference: "Ciaccio, 16, pinned his opponent"), or after the full name again (a headline's
        "Manor senior Keisha Batts signs", the lede's "senior Keisha Batts, 17, signed")."""
        m = _AGE_AFTER.match(self.full, end, e)
        if m is None and f"{surname}, " in self.full[end:]:
            first = "|".join(re.escape(g) for g in givens if g.lower() != "mrs")
            again = rf"|(?<![-\w])(?:{first})\s+" if first else ""
            m = re.compile(rf"(?:^|[.!?]\s+|\n{again}){re.escape(surname)},\s+(\d{{1,3}}),").search(self.full, end)
        if m is None and givens and (given := givens[0].split()[0]) != "Mrs" and f"{given}, " in self.full[end:]:
            # (a child's second reference by given name: "Reed, 10, is the son of Tyler and Megan Prisbrey")
            m = re.compile(rf"(?:[.!?]\s+|\n){re.escape(given)},\s+(\d{{1,3}}),").search(self.full, end)
        if m is None and ((grade := _GRADE_AFTER.match(self.full, end, e)) or (
                start and (grade := _GRADE_BEFORE.search(self.full, max(0, start - 80), start)))):
            return _SCHOOL_AGE[grade.group(1).lower()]
        if m is None and f"{surname}, a" in self.full[end:] and (grade := re.compile(
                rf"[.!?]\s+{re.escape(surname)},\s+an?\s+({'|'.join(_HIGH_SCHOOL_AGE)})\b").search(self.full, end)):
            # ("Fairmont State linebacker Harold Prunty ... Prunty, a junior, is the first": a college's four years
            # follow high school's)
            college = _COLLEGE.search(self.full, max(0, start - 80), e) is not None
            return _HIGH_SCHOOL_AGE[grade.group(1)] + (len(_HIGH_SCHOOL_AGE) if college else 0)
        return int(m.group(1)) if m else None

    def _spouse_again(self, surname: str, e: int) -> str:
        """The spouse's given name in a later sentence opened by the surname alone (AP style's second reference):
        "Roediger, a structural engineer, ... lives in Meridian with his wife, Shannon"."""
        full = self.full
        at = full.find(surname, e)
        while at >= 0:  # (each sentence the surname opens; no pattern compiled per surname)
            if full[at - 1] == "\n" or (full[at - 1].isspace() and full[at - 2] in ".!?"):
                m = _SPOUSE_LATER.match(full, at + len(surname))
                if m is not None:
                    return m.group(1)
            at = full.find(surname, at + 1)
        return ""

    def _names(self, start: int, end: int, name_end: int, e: int, givens: list[str], nickname: str, suffix: str,
               parent: bool, event: str = "") -> list[PersonName]:
        """The people one mention names: one per given name read before the surname, and those named with them."""
        full = self.full
        names = [PersonName(given=g, surname=full[start:end], nickname=nickname, suffix=suffix)
                 for g in givens if g.lower() != "mrs" and not g.endswith(_POSSESSIVE)]  # ("Yukon's Skaggs Well")
        spouse = _spouse_after(full, name_end, e, family=event in _FAMILY_EVENTS)
        # ("Ernesto "Neto" Arzabal and his wife, Rosie, said the water ...": both; but not after the lede of a story of
        # one person's award, post or retirement: "opened his first restaurant in 2009 with his wife, Lien")
        headline = self.headline_events()
        if spouse and (names or not givens) and (
                event in headline or not _CAREER_EVENTS.intersection(headline) or self._in_lede(start)):
            names.append(PersonName(given=spouse.group(1), surname=full[start:end]))
        other = _OTHER_PARENT.match(full, end, min(len(full), end + 200)) if parent and names else None
        if other:
            names.append(PersonName(given=other.group(1), surname=full[start:end]))
        if "Mrs" in givens and names:
            # "Mr. and Mrs. Hollis Goldthwaite III": the wife too, named through her husband (her roster spouse).
            # ("Mrs. Jane Smith" may be her own given name: both readings are looked up.)
            names += [replace(name, husbands_name=True) for name in names]  # "Mrs. Charles Edouard ..": either
        return names

    def _opens(self, s: int, start: int) -> bool:
        """The name opens its sentence; a dateline inside the lede ("SIOUX FALLS, S.D. (KDVX) - Arnie and
        Trudy ...") is not the opening."""
        dateline = _DATELINE_LEAD.match(self.full, s, start)
        at = dateline.end() if dateline else s
        return bool(_OPENS.match(self.full, at, start) or _APPOSITIVE_OPENS.match(self.full, at, start)
                    or _AMONG_IS.match(self.full, at, start))

    def _named_parent(self, before: str, sentence: str, end: int, e: int) -> bool:
        """The name is the subject's parent ("son of ...", "His parents, ...", "His mother, ...", "... announce the
        engagement of their daughter"). The substring tests skip the end-anchored searches for most names."""
        return (" of " in before and _parent_of(before)) or (
            any(w in before for w in ("parents", "mother", "father", "mom", "dad"))
            and bool(_PARENTS_NAMED.search(before))) or (
            "announce" in sentence and bool(_ANNOUNCE_CHILDS.match(self.full, end, e))) or (
            "parents of" in sentence and bool(_PARENTS_OF_NEWBORN.match(self.full, end, e)))

    def _sentence(self, start: int) -> tuple[int, int, bool] | None:
        """(start, end, is the headline) of the sentence holding offset `start` of `full`: the headline, the
        first body sentence (the story opens with this person), or a later one."""
        if start < len(self.title):
            return 0, len(self.title), True
        body = self.body
        last = self._last
        if last[0] <= start - body < last[1]:
            span = last
        else:
            found = sentence_around(self.text, start - body) if start >= body else None
            if found is None:
                return None
            if found[0] == 0 and (top := byline_end(self.text)) and found[1] > top:
                # the byline's line is a sentence of its own, not part of the lede's
                found = (top, found[1]) if start - body >= top else (0, top)
            self._last = span = found
        return span[0] + body, span[1] + body, False

    def _events_at(self, s: int, sentence: str) -> list[str]:
        if s not in self._events_of:
            self._events_of[s] = _events_in(sentence)
        return self._events_of[s]

    def _event(self, s: int, sentence: str, headline: bool, headline_events: tuple[str, ...],
               opens: bool = False, *, named: bool = False, surname: str = "") -> tuple[float, str] | None:
        """(tie, life event) for a name in this sentence: the event in the person's own sentence (tie 1.0);
        else in the headline or the sentence before, when the sentence ties the person to it (owner, their
        home), the story opens with them, or they open the lede's second sentence (the story's subject, first
        named after a lede that only describes them), or the name is `named` as the subject's parent or as the
        person the lede describes ("identified him as": tie headline_tie); None when no event concerns them."""
        events = list(headline_events) if headline else self._events_at(s, sentence)
        if events:
            return 1.0, events[0]
        body = self.body
        lede = self.lede()
        first = s - body in (0, lede)  # sentence_spans' first span starts at the text's offset 0
        tie_word = _search_ignoring_case(_TIE, _TIE_LOWER, sentence)
        if not (named or first or opens or tie_word):
            return None  # (the test at the end, made before the nearby sentences are read: most quoted names)
        prev = sentence_before(self.text, s - body) if not (headline or first) else None
        # (or the first sentence after the lede's paragraph: "... This month she retired.\nBhavna Amin taught ...")
        second = prev is not None and (prev[0] == lede or not self.text[: prev[0]].strip() or (
            self.text[s - body - 1 : s - body] == "\n" and "\n" not in self.text[lede : prev[0]]))
        nearby = list(headline_events)
        if prev is not None and (second or not nearby):
            # The sentence before adds to the headline's events (the lede's first sentence always does).
            nearby += self._events_at(prev[0] + body, self.text[prev[0] : prev[1]])
        if first and not nearby and (opens or surname):
            # "Arnie and Trudy Te Slaa met at a skating party in 1964. On Saturday they will celebrate their 60th
            # wedding anniversary": the story opens with them, and the next sentence's event is theirs.
            after = sentence_after(self.text, s - body)
            # ("Shannon O'Dell has taught science for 34 years. O'Dell retires in June": the surname again, even
            # after a lede that names them late: "... a good chance Marisol Cabanero-Hoyt sold you the ticket")
            # ("When Marvin Tatrow started at the mill in 1988 ... On Friday, Tatrow retired": after a time too)
            then = _TIME_THEN.match(self.text, after[0], after[1]) if after is not None else None
            again = after is not None and bool(surname and (
                self.text[after[0] : after[1]].lstrip().startswith(f"{surname} ")
                or (then is not None and self.text.startswith(f"{surname} ", then.end()))))
            if after is not None and (again or (opens and _PRONOUN_SUBJECT.match(self.text, after[0], after[1]))):
                nearby += self._events_at(after[0] + body, self.text[after[0] : after[1]])
                named = named or again  # (the next sentence's subject by name: whatever the lede has them do)
        if (named or (tie_word and _FOUNDER.search(sentence))) and not nearby and not first:
            # The subject's parents, named late in the story ("He is the son of Hector and Lupe Zamudio"), or the
            # owner of the business the lede is about ("Founder Luis Zamora, who poured his first driveway in
            # 2002, said"): the story's event is the lede's.
            span = sentence_around(self.text, lede)
            if span is not None:
                nearby += self._events_at(span[0] + body, self.text[span[0] : span[1]])
        if not nearby:
            return None
        if _PERFORMING.search(sentence) and not named:
            return None  # "Superintendent Linda Morrow addressed the class": a role at the headline's event
        if named or tie_word or (second and opens and not self._spectator(prev, sentence, surname)) or (
                first and not _attends(sentence, surname)):
            return self.config.headline_tie, nearby[0]
        return None

    def _spectator(self, prev: tuple[int, int] | None, sentence: str, surname: str) -> bool:
        """The lede's second sentence speaks of the lede's event ("Dee Sowby of Vernal says he has not missed a
        Roundup since 1968") after a lede that named its own person ("with bareback rider Cash Yellowhorse of
        Browning, Mont., posting the night's top score"): a spectator, not the subject the lede described."""
        return prev is not None and bool(_PERSON_OF_PLACE.search(self.text, prev[0], prev[1])) and \
            _attends(sentence, surname)

    def _list_at(self, s: int, sentence: str) -> bool:
        """The sentence at s is a bare list of names (an honour roll): none of them is its subject."""
        if s not in self._is_list:
            self._is_list[s] = _is_list(sentence)
        return self._is_list[s]

    def _someone_elses(self, s: int, start: int, sentence: str, event: str, headline: bool, end: int = 0) -> bool:
        """The name is not the event's subject: one of a bare list, an official quoted about it, the clergy
        at a funeral, or a relative named for who the subject is ("son of Paul and Jennifer Krueger")."""
        full = self.full
        if not headline and (self._list_at(s, sentence) or (_AMONG.match(sentence) and event not in _FAMILY_EVENTS)):
            return True  # "Among those honored were ...", but "Among the injured was ..." names the hurt
        before = full[max(s, start - 60) : start]
        if _THE_LATE_BEFORE.search(before) or (not headline and _is_byline(full, s, start)) or (
                "udg" in (judges := full[max(s, start - 160) : start]) and _JUDGES_BEFORE.search(judges)) or (
                "includ" in judges and event not in _FAMILY_EVENTS and _MEMBERS_BEFORE.search(judges)):
            return True  # (the last two: a contest's judges, the members of a board)
        if _quoted_speaker(before, sentence, full[end : end + 80] if end else "") or (
                _SPEECH.search(sentence) and _OFFICIAL_BEFORE.search(before) and not _OWNER_BEFORE.search(before)
                and not (end and _CLAUSE_SUBJECT_AFTER.match(full, end, min(len(full), end + 80)))):
            return True  # (the first test, for most names already made before the event search: see mentions; the
            # last: "fire officials said Odessa Kinchen, 75, woke to the smell of smoke" is what befell her)
        if event == "award" and not headline and _ACCEPTED_FOR.search(sentence):
            return True  # "Bernie Pfaffenroth, whose late mother-in-law ..., accepted the plaque on behalf of the
            # family"
        if _GIFTS_FROM.search(full, s, start) or _PREDECESSOR_BEFORE.search(before) or \
                _PRESENTER_BEFORE.search(before) or _NAMED_FOR_BEFORE.search(before) or _FRIEND_BEFORE.search(before):
            return True  # "Leading gifts came from ... Nell and Carr Whitlock"; "succeeding Kenji Matsuda, who retired"
        if not headline and event not in _FAMILY_EVENTS and event in self.headline_events() and \
                _EXTENDED_KIN.search(before):
            return True  # "His grandfather, Cliff Rauenhorst, ... pinned on the medal": the Eagle Scout's, not his
        if _PATRON_BEFORE.search(before) or _OTHERS_KIN_BEFORE.search(before) or _ROLE_BEFORE.search(before) or (
                event not in _CAREER_EVENTS and _VOLUNTEERS_BEFORE.search(before)):
            return True  # "Customer Darrell Yellowhorse, who stopped in", "Sippy Archibeque's brother, Brosie Gurulé,"
            # ("Volunteers Charlene Bressette and Sandy Hautamaki ran the raffle": helpers at the show, not honoured)
        if not headline and _CHILDREN_LISTED_BEFORE.search(full, s, start):
            return True
        if _NEIGHBOUR_BEFORE.search(before) and not (headline or self._events_at(s, sentence)):
            return True  # "Neighbor Kaz Pawlikowski helped the family tarp the roof" (but a neighbour who rescued)
        if _RELATIVE_APPOSITIVE.search(before) and (_FOR_SOMEONE_ELSE.search(sentence) or (
                event not in _FAMILY_EVENTS and _search_ignoring_case(_ATTENDING, _ATTENDING_LOWER, sentence))):
            return True  # "Her husband, Hector Olmeda, and their two sons attended the ceremony"
        if event in _FAMILY_EVENTS and _LED_BY_BEFORE.search(before):
            return True  # "the crew will be led by Amos K. Petersheim" (the barn raising after a fire)
        if _FOR_SOMEONE_ELSE.search(sentence) and _RELATIVE_APPOSITIVE.search(before):
            return True  # "His wife, Carol Miller, accepted the award"
        if _OFFICIATING.search(sentence) and _CLERGY_BEFORE.search(full[max(s, start - 40) : start]):
            return True  # the minister at a funeral is not its subject
        return event not in _FAMILY_EVENTS and bool(_RELATIVE_OF.search(full[max(s, start - 80) : start]))

    def _place_after(self, end: int, e: int) -> tuple[str, str]:
        """The town and state written after the name: "Bob Smith, 61, of Eau Claire", "Ann Lee from Altoona"."""
        toks = tokens(self.full, end, min(e, end + 80))
        k = 0
        if k < len(toks) and toks[k].text == ",":
            k += 1
            if k < len(toks) and toks[k].kind == "num":
                k += 2 if k + 1 < len(toks) and toks[k + 1].text == "," else 1
            if k < len(toks) and toks[k].low in ("a", "an"):  # ", 67, a retired schoolteacher of Zapopan"
                j = k + 1
                while j < min(len(toks), k + 6) and toks[j].kind == "word" and not toks[j].cap and \
                        toks[j].low not in _OF_FROM:
                    j += 1
                k = j if j < len(toks) and toks[j].low in _OF_FROM else k
        if k < len(toks) and toks[k].low in _OF_FROM:
            town, state, _ = read_place(toks, k + 1)
            return town, state
        if k < len(toks) and toks[k].kind == "word" and not toks[k].cap and (firm := self._firm_place(toks, k))[0]:
            return firm
        couple = _AND_COUPLE_OF.match(self.full, end, e) or _BOTH_OF.match(self.full, end, e)
        if couple:  # "José "Lupe" Zubiate and María Elena (Ruiz) Zubiate of El Paso": the couple's town
            town, state, _ = read_place(tokens(self.full, couple.end(), min(e, couple.end() + 60)), 0)
            return town, state
        return "", ""

    @staticmethod
    def _firm_place(toks: list[Token], k: int) -> tuple[str, str]:
        """The town of the firm an appositive names ("Thaddeus Birkenfeld, managing partner of Inland Northwest
        Realty Partners of Spokane, said"): where the person works, most likely near where they live; only when
        the appositive names the firm and then its town (two "of"s), and the town ends it."""
        stop = next((j for j in range(k, len(toks)) if toks[j].text in ",;."), len(toks))
        ofs = [j for j in range(k, stop) if toks[j].low == "of"]
        if len(ofs) < 2 or stop == len(toks):
            return "", ""
        town, state, nxt = read_place(toks, ofs[-1] + 1)
        return (town, state) if nxt == stop or (state and toks[nxt].text == ",") else ("", "")

    def _place_later(self, surname: str, e: int, since: int | None = None) -> tuple[str, str]:
        """Where a later sentence (or any sentence from `since`) says the person lives: "Gallogly, who lives in
        Hingham, Mass., said ..."."""
        full, stop = self.full, min(len(self.full), e + 600)
        at = full.find(surname, e if since is None else since, stop)
        while at >= 0:
            # ("Sorensen holds an MBA from Drake and lives in Urbandale": later in the surname's sentence)
            m = _LIVES_AFTER.match(full, at + len(surname), stop) or _LIVES_LATER.match(full, at + len(surname), stop)
            if m is not None:
                town, state, _ = read_place(tokens(full, m.end(), min(len(full), m.end() + 60)), 0)
                return (town, state) if state or is_known_town(town) else ("", "")
            at = full.find(surname, at + 1, stop)
        return "", ""


_OF_FROM = frozenset({"of", "from"})
# After a surname opening a sentence: "..., a structural engineer, ... lives in Meridian with his wife, Shannon"
_SPOUSE_LATER = re.compile(r"\b[^.!?\n]{0,200}?\b(?:his|her)\s+(?:wife|husband),?\s+([A-Z][\w'\-]+)(?=[,.]|\s+[a-z])")
# A time opening a sentence before its subject: "On Friday, ", "Last week ", "This spring, "
_TIME_THEN = re.compile(r"\s*(?:On|Last|This|Earlier\s+this)\s+[A-Z]?[a-z]+,?\s+")
# "A 13-year-old from Lexington, Kentucky, named Aubrey Coffman": the town written before the name (the mention
# starts at the surname)
_FROM_NAMED_BEFORE = re.compile(r"\b(?:of|from)\s+([A-Z][^,.;]{1,30},\s+[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?),?\s+"
                                r"(?:named|called)\s+(?:[A-Z][\w'.\-]*\s+){0,3}$")
# An honour accepted for someone else: "accepted the plaque on behalf of the family"
_ACCEPTED_FOR = re.compile(r"\baccept(?:ed|s)\s+[^.;]{0,60}?\bon\s+(?:behalf\s+of|(?:his|her|their)\s+behalf)\b")
# The second part of a compound surname, then a comma: "Arreguín Solórzano, 67,"
_SECOND_SURNAME = re.compile(r" (?!(?:Jr|Sr|II|III|IV)\b)[A-Z][\w'\-]+(?=,)")
_LIVES_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:who\s+lives\s+in|of)\s+(?=[A-Z])")
_LIVES_LATER = re.compile(r"\s[^.!?\n\"]{0,100}?\b(?:lives|resides)\s+in\s+(?=[A-Z])")
# Donors named for their gifts, and a predecessor named for who is succeeded, are not the story's subjects.
_GIFTS_FROM = re.compile(r"\b(?:gifts?|donations?|contributions?|grants?)\s+(?:came\s+|come\s+)?from\b|\bdonors?\b|"
                         r"\bdonated\s+by\b|\bsponsored\s+by\b|\bsponsors\s+(?:included|include|were|are)\b|"
                         # (a livestock sale's: "sold for $21,000 to a group of buyers including ..., Mary Lou Janak")
                         r"\bbuyers?\s+(?:including|included|include|were)\b|"
                         # "The $2,000 scholarship was created by Mrs. Bernadine Fontenberry": its donor
                         r"\b(?:scholarships?|funds?|endowments?|awards?|prizes?)\s+(?:was\s+|is\s+|were\s+)?"
                         r"(?:created|established|endowed|funded|started)\s+by\b",
                         re.IGNORECASE)
# "The award was presented by Paulette Fauchald of Ranchester": the presenter, not the honoree
_PRESENTER_BEFORE = re.compile(r"\b(?:presented|handed\s+out|conferred|given)\s+by\s+(?:[A-Z][\w'.\-]*\s+){1,3}$")
_PREDECESSOR_BEFORE = re.compile(r"\b(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|t(?:akes|ook)\s+over\s+from)\s+"
                                 r"(?:[A-Z][\w'.\-]*\s+){1,4}$")
# "Hal Vickery and his doubles partner, Bud Langford, both of Dothan, won"
_BOTH_OF = re.compile(r"[^.;!?\n]{0,80}?,\s+(?:both|all)\s+(?:of|from)\s+(?=[A-Z])")
_AND_COUPLE_OF = re.compile(r"\s+(?:and|&)\s+(?:(?:[A-Z][\w'.\-]*|\"[^\"]{1,20}\"|\([^)]{1,30}\))\s+){1,6}"
                            r"(?:of|from)\s+(?=[A-Z])")


# After a surname: an optional suffix, then a Title-case word that may make the name part of a longer one.
# (a suffix is no such word: "Deacon Odell Pettway Sr., 79," stands alone)
_RUNS_ON = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?:'s)?\s+(?!(?:Jr|Sr)\b)[A-Z][a-z]")
# (but not another business's: "Neighboring shop owner Rosalind Achterberg said new stores help everyone")
_OTHER_OWNER = re.compile(r"\b(?:neighbou?ring|nearby|fellow|another|rival|competing|other)\s+(?:[\w\-]+\s+)?"
                          r"(?:owner|owners|co-owner|proprietor)\s+(?:[\w'.\-]+\s+){0,3}$", re.IGNORECASE)
_OWNERSHIP = re.compile(r"\b(?:owner|owners|owned|owns|co-owner|founder|founded|proprietor|operator|operates|"
                        r"runs|(?:his|her|their)\s+(?:business|company|firm|shop|store|restaurant|dealership))\b",
                        re.IGNORECASE)
_MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
                          "with"})


def runs_into_proper_name(mention: NewsMention) -> bool:
    """The name is followed by another capitalised word ("Madison Smith Park"): it may name a place or a
    business rather than the person, which only the NER can tell. A name standing alone cannot be that."""
    return bool(_RUNS_ON.match(mention.sentence, mention.name_at[1]))


def is_title_case(sentence: str) -> bool:
    """A headline written In Title Case, where every word looks like part of a proper name."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\-]*", sentence) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def ties_business_to_person(sentence: str) -> bool:
    """The sentence says someone owns, founded or runs the business ("Owner Bob Smith", "owned by")."""
    return bool(_OWNERSHIP.search(sentence))
