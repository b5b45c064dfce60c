"""Greenbrier Highlands Messenger (community weekly, Lewisburg): schools, society, fairs and milestones; teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "ghm"
ITEMS = [
dict(guid="lwb_ghm_2026_0416_ffa", pub="2026-04-16T08:00:00-04:00", title="Greenbrier East senior wins state FFA beef proficiency award",
body="""Caleb Honaker, a senior at Greenbrier East High School, has won the West Virginia FFA Association's state proficiency award in beef production.

Caleb, the son of Roscoe and Darlene Honaker of Caldwell, manages a 40-head cow-calf herd on the family farm and sells freezer beef at the Lewisburg Farmers Market. He will compete for the national award in Indianapolis in October.

"He did the books himself, every calf, every bale," said FFA advisor Jennifer Burr.""",
gold=[("LWB005", "parent_of_subject"), ("LWB006", "parent_of_subject")]),

dict(guid="lwb_ghm_2026_0611_vanhoose-wedding", pub="2026-06-11T08:00:00-04:00", title="Vanhoose - Dransfield",
body="""Emily Grace Vanhoose and Corey Allen Dransfield were united in marriage on Saturday, May 30, 2026, at Union Presbyterian Church, with the Rev. Sarah Hylton officiating.

The bride is the daughter of Travis and Cindy Vanhoose of Union. The groom is the son of Curtis and Dana Dransfield of Fort Spring.

The bride is a nurse at Greenbrier Valley Medical Center; the groom is a lineman for Appalachian Power. After a wedding trip to Myrtle Beach, the couple will live in Ronceverte.""",
gold=[("LWB018", "parent_of_subject")]),

dict(guid="lwb_ghm_2026_0820_state-fair", pub="2026-08-20T08:00:00-04:00", title="White Sulphur quilter takes best of show at State Fair",
body="""FAIRLEA - Imogene Tuckwiller of White Sulphur Springs has won best of show in quilting at the State Fair of West Virginia for a Double Wedding Ring quilt she pieced by hand over three winters.

Tuckwiller, 85, has entered the fair every year since 1959. "I lost two quilts in the June flood," she said. "This one was upstairs."

In the culinary barn, Tish Callison of Maxwelton took the blue ribbon for apple butter for the fourth straight year.""",
gold=[("LWB004", "subject"), ("LWB022", "subject")]),

dict(guid="lwb_ghm_2026_0910_cavendish-retires", pub="2026-09-10T08:00:00-04:00", title="Pastor Nate Cavendish to retire after 24 years at Greenbrier Hills",
body="""The Rev. Nathaniel "Nate" Cavendish will retire on October 31 after 24 years as pastor of Greenbrier Hills United Methodist Church in Lewisburg.

Cavendish came to Lewisburg from Point Pleasant in 2002. Under his leadership the congregation opened the Greenbrier Hills food pantry, which now serves 300 families a month.

A reception in his honor will be held October 25 in Fellowship Hall.""",
gold=[("LWB014", "subject")]),

dict(guid="lwb_ghm_2026_1001_chocolate-festival", pub="2026-10-01T08:00:00-04:00", title="Chocolate festival draws record crowd to downtown Lewisburg",
body="""An estimated 9,000 people crowded Washington Street on Saturday for the Lewisburg Chocolate Festival, a record for the event's 18 years.

Vendors reported selling out by mid-afternoon. "We baked 1,400 brownies and we were out by two o'clock," said Mary Beth Lemasters of Lemasters Bread & Bean.

Proceeds benefit the Greenbrier County Public Library.""",
gold=[]),  # LWB007 quoted vendor; the story is about the festival -> nothing

dict(guid="lwb_ghm_2026_1022_snedegar", pub="2026-10-22T08:00:00-04:00", title="Hillsboro firefighter honored for 60 years of service",
body="""HILLSBORO - When the siren sounded in Hillsboro in 1966, Thurman Snedegar ran to the station from his father's hayfield. He has been answering it ever since.

The Hillsboro Volunteer Fire Department honored Snedegar, 82, on Saturday for 60 years of service, the longest in the department's history. He still drives the tanker.

"Thurman has taught every one of us," said Chief Wade Galford. The West Virginia State Fire Commission sent a plaque.""",
gold=[("LWB023", "subject")]),
]
