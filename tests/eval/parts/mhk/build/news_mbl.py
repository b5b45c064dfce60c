"""The Manhattan Business Ledger: regional business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="mhk_mbl_20260203_118", pub="2026-02-03T07:00:00-06:00", title="Blue Valley Ag Credit names Zeferjahn vice president of lending",
body="""Blue Valley Ag Credit has promoted Toby Zeferjahn to vice president of agricultural lending, the Manhattan-based lender announced Monday.

Zeferjahn, who grew up on a cattle operation near Riley and holds an agricultural economics degree from Kansas State University, joined Blue Valley as a loan officer in 2014. He will oversee the cooperative's lending in Riley, Pottawatomie, Clay and Washington counties.""",
gold=[("MHK012", "subject")]),

dict(guid="mhk_mbl_20260316_131", pub="2026-03-16T07:00:00-05:00", title="Sabetha seed dealer expands into Manhattan",
body="""Strahm Seed & Supply of Sabetha will open its first location outside Nemaha County this summer, in the former Cowboy Supply building on Tuttle Creek Boulevard.

"A lot of our customers already farm down toward Manhattan," said owner Wendell Strahm, 45, who took over the business from his father in 2009. The Manhattan store will employ six and carry seed, chemicals and precision-ag equipment.""",
gold=[]),

dict(guid="mhk_mbl_20260428_147", pub="2026-04-28T07:00:00-05:00", title="Rezac Roofing named Flint Hills small business of the year",
body="""Rezac Roofing of Emporia, which rebuilt its owner's own home this spring after a January house fire, was named small business of the year at the Flint Hills Regional Business Awards in Manhattan on Thursday.

Owner Beau Rezac started the company in 2008 with one truck; it now has 18 employees and crews in Lyon, Morris and Chase counties. "He put half of Emporia's roofs back on after the 2024 hail, and he never once raised his prices after a storm," said Kathy Roggenkamp, who chaired the selection committee.

Other honorees were Konza Coffee Roasters (start-up of the year) and Aggieville's Varsity Donuts (community service).""",
gold=[("MHK019", "subject")]),
]
