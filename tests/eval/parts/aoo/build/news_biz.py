"""Mainline Business Journal (weekly business paper for Blair, Cambria and Huntingdon counties): plain text.
Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="aoo_mbj_2026_0119", pub="2026-01-19T06:00:00-05:00",
title="After 52 years, Kensinger Hardware changes hands - but not names",
body="""HOLLIDAYSBURG - Hal and Joanne Kensinger are retiring. The hardware store on Allegheny Street that Hal's father opened in 1958, and that the couple has run together since 1974, will pass on Feb. 1 to their daughter, Amy Kensinger Shaffer, and her husband, Chris.

"I've sold nails to three generations of the same families," Hal Kensinger, 77, said from behind the counter where he still cuts keys by hand. Joanne Kensinger kept the books and, by her own account, "kept Hal from giving the store away on credit."

Kensinger Hardware employs nine people. The Shaffers say the name, the creaking wooden floor and the popcorn machine are staying.""",
gold=[("AOO001", "subject"), ("AOO002", "subject")]),

dict(guid="aoo_mbj_2026_0302", pub="2026-03-02T06:00:00-05:00",
title="DeFazio's Italian Bakery to open second shop in Hollidaysburg",
body="""ALTOONA - DeFazio's Italian Bakery, a Lexington Avenue fixture since 1958, will open a second location this spring in the former Blair Diner on Montgomery Street in Hollidaysburg.

Owner Vince DeFazio, who took over the bakery from his father in 1992, said the new shop will sell the bakery's bread, pepperoni rolls and cannoli and will add a small cafe. "People have been driving in from Hollidaysburg every Saturday for sixty years," DeFazio said. "We figured we'd save them the gas."

The expansion will create twelve jobs. The Blair County Chamber of Commerce will hold a ribbon-cutting in April.""",
gold=[("AOO021", "subject")]),

dict(guid="aoo_mbj_2026_0413", pub="2026-04-13T06:00:00-04:00",
title="Lancaster credit union names Detwiler chief financial officer",
body="""LANCASTER - Red Rose Community Credit Union has named Marcus Detwiler its chief financial officer, effective May 1. Detwiler, 44, of Lititz, was previously controller at a Lancaster County food distributor and is a graduate of Millersville University.

The credit union, with $1.2 billion in assets, said Detwiler will lead its planned expansion into Berks County.""",
gold=[]),  # namesake: client AOO019 is Marcus Detwiler of Ebensburg, born 1966

dict(guid="aoo_mbj_2026_0608", pub="2026-06-08T06:00:00-04:00",
title="Altoona physician returns home to join Logan Valley Cardiology",
body="""ALTOONA - Dr. Michael Iannacone, a cardiologist trained at the University of Pittsburgh Medical Center, has joined Logan Valley Cardiology Associates, the practice announced last week.

Iannacone, 34, is an Altoona native and a 2010 graduate of Bishop Guilfoyle Catholic High School, and the son of Anthony and Mary Beth Iannacone of Altoona. He completed his fellowship in interventional cardiology at Allegheny General Hospital in Pittsburgh.

"There are not many places where your patients knew you when you were delivering their newspaper," he said.""",
gold=[("AOO003", "parent_of_subject"), ("AOO004", "parent_of_subject")]),

dict(guid="aoo_mbj_2026_0824", pub="2026-08-24T06:00:00-04:00",
title="Juniata Valley Library campaign tops $400,000",
body="""WILLIAMSBURG - The Juniata Valley Library's capital campaign for a new children's wing has passed $400,000, two-thirds of its goal, the library board announced.

Leading gifts came from the Hoenstine Family Trust, the Williamsburg Community Foundation and M&T Bank. Individual donors listed by the board include Betty Lou Musselman, Lorraine Burket, the Rev. Galen Snyder, Dean and Cheryl Replogle and Kitty O'Donoghue.

Construction is expected to begin next spring.""",
gold=[]),  # donor list: nobody is the subject
]
