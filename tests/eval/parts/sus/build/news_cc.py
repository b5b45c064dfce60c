"""Coastal Currents (community weekly and newsletter, eastern Sussex): milestones, schools, community; teaser in
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="sus_cc_20260108_milestones", pub="2026-01-08T07:00:00-05:00", title="Millsboro's Truitts celebrate 60 years of marriage",
body="""Elwood "Woody" and Loretta Truitt of Millsboro celebrated their 60th wedding anniversary on Jan. 3 with a dinner for family and friends at the Millsboro fire hall.

The couple met at the Delaware State Fair in Harrington in 1963, where Loretta Hitchens of Delmar was showing a 4-H steer and Woody was selling cantaloupes. They were married Jan. 3, 1966, at Delmar Church of God. They have two sons, six grandchildren and two great-grandchildren.

Asked the secret of 60 years, Woody said, "Separate trucks." """,
gold=[("SUS001", "subject"), ("SUS002", "subject")]),

dict(guid="sus_cc_20260115_firstbaby", pub="2026-01-15T07:00:00-05:00", title="Harbeson couple welcomes Beebe's first baby of 2026",
body="""The first baby born in 2026 at Beebe Healthcare's Margaret H. Rollins Lewes Campus arrived at 12:47 a.m. on New Year's Day.

Wesley Brantley Short, 7 pounds 9 ounces, is the first child of Brantley and Kayleigh Short of Harbeson. Beebe's auxiliary presented the family with a basket of baby gifts and a quilt made by the hospital's volunteer quilting circle.

Brantley Short, who farms with his grandfather on Harbeson Road, said he was "more nervous than at any harvest." """,
gold=[("SUS021", "subject")]),

dict(guid="sus_cc_20260219_principal", pub="2026-02-19T07:00:00-05:00", title="Milton Elementary principal Delia Baynard to retire in June",
body="""After 34 years in the Cape Henlopen School District, the last 14 as principal of H.O. Brittingham Elementary in Milton, Cordelia "Delia" Baynard will retire at the end of the school year.

Baynard began as a second-grade teacher at Milton Elementary in 1992. Under her leadership the school opened its first Spanish-English dual-language classrooms and its pollinator garden. The board of education approved her retirement Tuesday and will honor her at its June meeting.

"I have hugged three generations of some Milton families at that front door," Baynard said.""",
gold=[("SUS020", "subject")]),

dict(guid="sus_cc_20260305_wrestling", pub="2026-03-05T07:00:00-05:00", title="Sussex Central's Jerome Marvel III wins state wrestling title",
body="""Sussex Central junior Jerome Marvel III won the DIAA state championship at 157 pounds Saturday at Cape Henlopen High School, pinning his opponent from Smyrna in 1 minute 52 seconds of the final.

Marvel, the son of Jerry and Denise Marvel of Georgetown, finished the season 41-2. His grandfather, Jerome Marvel Sr., 94, watched from the front row.

"My grandpop told me to get it done before he got cold," Marvel said.""",
gold=[("SUS005", "parent_of_subject"), ("SUS006", "parent_of_subject")]),

dict(guid="sus_cc_20260910_powwow", pub="2026-09-10T07:00:00-04:00", title="Nanticoke Powwow draws dancers from across the East Coast",
body="""The 49th annual Nanticoke Indian Powwow drew dancers and drummers from more than twenty tribal nations to the powwow grounds near Millsboro last weekend.

The grand entry on Saturday honored the late Lorenzo "Bucky" Harmon, a longtime dancer and tribal council member who died in January. His sister, Norma Jean Norwood, carried his eagle-feather fan in the procession.

"He would have complained about the heat and then danced for three hours," Norwood said. The Nanticoke Indian Museum on Route 24 is open Thursdays through Saturdays through October.""",
gold=[]),

dict(guid="sus_cc_20261022_historical", pub="2026-10-22T07:00:00-04:00", title="Ocean View Historical Society thanks donors for Tunnell-West House roof",
body="""The Ocean View Historical Society has finished replacing the cedar-shake roof of the Tunnell-West House on Central Avenue, paid for entirely by donations.

The society thanked its major donors: the Town of Ocean View; Indian River Shore Bank; Gil and Paulette Quillen; Peggy Donovan; the Bethany-Fenwick Area Chamber of Commerce; and Harry and Joan Evans.

The house will be open for tours during the society's Holiday Open House on Dec. 6.""",
gold=[]),
]
