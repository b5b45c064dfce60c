"""The Rivertown Citizen (weekly for Glastonbury, Wethersfield, Manchester and Tolland County towns): milestones,
schools, community; teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "rc"
ITEMS = [
dict(guid="hfd_rc-2026-0122-milestones", pub="2026-01-22T09:00:00-05:00", title="Glastonbury Historical Society thanks its donors",
body="""The Glastonbury Historical Society has completed the restoration of the 1756 Welles-Shipman-Ward House barn, thanks to a fundraising drive that raised $212,000 over two years.

Among the donors thanked at the society's annual meeting were Eleanor Pitkin, Nathaniel and Abigail Welles, the Hale family, Glastonbury Bank & Trust and the Daughters of the American Revolution, Wadsworth Chapter.

The barn will open to visitors in May.""",
gold=[]),

dict(guid="hfd_rc-2026-0507-weddings", pub="2026-05-07T09:00:00-04:00", title="Welles - Okonkwo wedding at First Church, South Glastonbury",
body="""Talcott Hale Welles and Dr. Adaeze Okonkwo were married on April 25 at the First Church of Christ, Congregational, South Glastonbury, by the Rev. Susan Marsh.

The groom is the son of Nathaniel and Abigail Welles of Glastonbury. He is a structural engineer with Fuss & O'Neill in Manchester. The bride, daughter of Chukwuma and Ngozi Okonkwo of Houston, is a resident physician at Hartford Hospital.

After a wedding trip to Portugal, the couple will live in West Hartford.""",
gold=[("HFD018", "parent_of_subject"), ("HFD019", "parent_of_subject")]),

dict(guid="hfd_rc-2026-0618-community", pub="2026-06-18T09:00:00-04:00", title="Tolland's Avery retires after 40 years on the Historic District Commission",
body="""After four decades guarding the clapboards and stone walls of Tolland Green, Gordon Avery stepped down last week from the town's Historic District Commission.

Avery, a retired surveyor, joined the commission in 1986 and chaired it for 22 years. The Town Council presented him with a framed 1857 map of the Green. "I have lived on the Green my whole life," he said. "I'd like to leave it looking the way I found it." """,
gold=[("HFD022", "subject")]),

dict(guid="hfd_rc-2026-0820-engagements", pub="2026-08-20T09:00:00-04:00", title="Engagement: Begović - Marić",
body="""Senad and Amra Begović of West Hartford announce the engagement of their daughter, Jasmina Begović, to Luka Marić, son of Ivan and Snježana Marić of Newington.

The bride-to-be graduated from the University of Connecticut School of Nursing and is a nurse at Connecticut Children's. Her fiancé is an accountant in Hartford. A June 2027 wedding is planned.""",
gold=[("HFD016", "parent_of_subject")]),

dict(guid="hfd_rc-2026-0903-schools", pub="2026-09-03T09:00:00-04:00", title="Vernon teacher named Tolland County Teacher of the Year",
body="""Donna Lee Gauthier, who has taught fourth grade at Maple Street School in Vernon for 27 years, has been named Tolland County Teacher of the Year.

Gauthier is known for her classroom's "bird window," where students have logged every visiting species since 2001. She will be a candidate for the state award in October.""",
gold=[("HFD021", "subject")]),

dict(guid="hfd_rc-2026-0924-community", pub="2026-09-24T09:00:00-04:00", title="Manchester Eagle Scout builds bridge on Case Mountain trail",
body="""Ethan Rourke, 17, of Troop 25 in Manchester, has earned the rank of Eagle Scout after leading the construction of a 30-foot footbridge on the Case Mountain Blue Trail.

The project took eight weekends and 41 volunteers. Ethan is the son of Kevin and Jill Rourke and a senior at Manchester High School.""",
gold=[]),
]
