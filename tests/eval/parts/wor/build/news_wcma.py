"""WCMA Channel 8 Central Mass (invented TV station site), HTML descriptions. Hand-labelled."""

FEED = "wcma"
ITEMS = [
dict(guid="wor_wcma-local-88412", pub="2026-01-26T18:40:00-05:00", title="Fire guts Webster lakeside home; couple escapes with their dog",
body="""WEBSTER - An elderly couple and their dog escaped without injury early Monday when fire tore through their home on Thompson Road near Webster Lake.

Ray and Jeannette Gauthier told WCMA they woke to the smoke detector just after 3 a.m. "We grabbed the dog and went out the slider in our pajamas," said Ray Gauthier, 79. "Everything else can be replaced."

Webster Fire Chief Brian Kowal said the fire appears to have started in a wood stove chimney. The house is a total loss. The Red Cross is assisting the couple.""",
gold=[("WOR019", "subject")]),

dict(guid="wor_wcma-local-88530", pub="2026-03-02T17:55:00-05:00", title="Leominster sophomore's water filter wins state science fair",
body="""LEOMINSTER - A Leominster High School sophomore took top honors at the Massachusetts State Science and Engineering Fair on Saturday for a water filter made from crushed walnut shells.

Chloe Desrosiers, 15, the daughter of Mark and Nicole Desrosiers of Leominster, will represent the state at the international fair in May. "She's been filtering the brook behind our house since fourth grade," her mother said.

Chloe's teacher, Ms. Anita Rao, said the project tested lead removal at a fraction of the cost of commercial cartridges.""",
gold=[("WOR021", "parent_of_subject"), ("WOR022", "parent_of_subject")]),

dict(guid="wor_wcma-local-88611", pub="2026-03-27T21:10:00-04:00", title="Two hurt in Route 12 crash in Webster; driver charged",
body="""WEBSTER - Two people were taken to Harrington Hospital after a two-car crash on Route 12 near the Dudley line Friday evening.

Police said a 31-year-old Southbridge man ran a red light and struck a sedan turning onto School Street. He was charged with operating under the influence and negligent operation.

"I heard the brakes and then the bang," said Kay O'Brien, who was waiting at the light. "The people in the sedan were talking, thank God." The road was closed for about an hour.""",
gold=[]),   # Kay O'Brien (WOR016) is a witness quoted in a crash story: nothing

dict(guid="wor_wcma-local-88702", pub="2026-04-20T18:20:00-04:00", title="Worcester nurse honored for saving a patient during an ice storm",
body="""WORCESTER - A night-shift nurse at UMass Memorial Medical Center received the hospital's DAISY Award on Monday for her care of a dialysis patient stranded during February's ice storm.

Ama Asante, a charge nurse in the renal unit, drove a patient home on unplowed roads and stayed with her until the power came back. "That is what we do," Asante said. "She would have done it for me."

Asante came to Worcester from Kumasi, Ghana, in 2004 and trained at Quinsigamond Community College.""",
gold=[("WOR009", "subject")]),
]
