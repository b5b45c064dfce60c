"""Kershaw County Chronicle & Lake Murray Neighbors: small-town community news, teaser description, HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="cae_kcc_oneal_retires", pub="2026-05-27T07:00:00-04:00", title="Camden High's longtime band director lays down his baton",
body="""After 30 years on the sidelines of Zemp Stadium, Reggie O'Neal is retiring as band director at Camden High School.

O'Neal built the Marching Bulldogs from 40 players to more than 150 and took them to the state finals eleven times. "I'll miss Friday nights," he said. "I won't miss August practice.\"""",
gold=[("CAE016", "subject")]),

dict(guid="cae_kcc_hiller_wedding", pub="2026-06-17T07:00:00-04:00", title="Hiller - Derrick",
body="""Caroline Grace Hiller and Wesley Adam Derrick were married May 30 at Mt. Hermon Lutheran Church, Chapin.

The bride is the daughter of Mark and Patti Hiller of Chapin. The groom is the son of Wayne and Susan Derrick of Prosperity. The couple will live in Columbia.""",
gold=[("CAE021", "parent_of_subject")]),

dict(guid="cae_kcc_volunteers", pub="2026-04-08T07:00:00-04:00", title="Kershaw County honors Meals on Wheels volunteers",
body="""Kershaw County Council on Tuesday recognized twelve Meals on Wheels volunteers who together logged more than 4,000 hours last year. Among them: Shirley Mae Goodwin, Clarence Goodwin, Betty Truesdale, Willie Pressley of Columbia, and Ann Team.""",
gold=[]),

dict(guid="cae_kcc_lindler_anniversary", pub="2026-07-15T07:00:00-04:00", title="Irmo couple marks 50 years",
body="""Gene and Fran Lindler of Irmo celebrated their 50th wedding anniversary July 10 with a covered-dish supper at St. Jacob's Lutheran Church.

Harold Eugene Lindler and Frances Eargle were married July 10, 1976, at St. Jacob's. They have two children and four grandchildren.""",
gold=[("CAE004", "subject"), ("CAE005", "subject")]),
]
