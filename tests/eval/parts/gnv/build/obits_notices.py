"""Gainesville-Ocala Death Notices: brief paid notices, surname-first headings, plain text. One notice is a
second, later copy of the Courier's Wainwright obituary. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="gnv_notice_2026_000104", pub="2026-01-29T06:00:00-05:00", title="MOULTRIE, Rev. Isaiah",
body="""Rev. Isaiah Moultrie, 82, of Palatka, died Jan. 25, 2026. Pastor of Mount Olive A.M.E. Church, Palatka, for 31 years. Survived by wife, Lorraine; daughters Denise Moultrie Baker and Felicia Moultrie; sister-in-law Geneva Moultrie of Hawthorne; a host of nieces and nephews. Preceded in death by brothers Samuel and Nathaniel Moultrie. Homegoing 11 a.m. Saturday, Jan. 31, Mount Olive A.M.E. Church. Arrangements by Sweetwater Branch Memorial Chapel.""",
gold=[("GNV012", "survivor")]),

dict(guid="gnv_notice_2026_000233", pub="2026-03-21T06:00:00-04:00", title="CANNINGTON, Lyle Dean",
body="""Lyle Dean Cannington, 64, of Paducah, Ky., died March 17, 2026, at Baptist Health Paducah. Retired towboat pilot on the Ohio and Tennessee rivers. Survived by wife, Darla; sons Brett and Cody; mother, Jean Cannington of Metropolis, Ill. Service 1 p.m. Tuesday at Milner & Orr Funeral Home, Paducah. Notice placed by a cousin in Ocala.""",
gold=[]),

dict(guid="gnv_notice_2026_000281", pub="2026-04-19T06:00:00-04:00",
title="WAINWRIGHT, Thaddeus Carroll \"Tad\"",
body="""GAINESVILLE - Thaddeus Carroll "Tad" Wainwright, 76, professor emeritus of soil and water sciences at the University of Florida, died April 11, 2026, at Haven Hospice in Gainesville after a long illness borne with patience and bad puns.

Tad was born June 2, 1949, in Valdosta, Georgia, the son of Carroll and Edith Wainwright. He studied at the University of Georgia and Cornell and came to Gainesville in 1978 for what he told his wife would be "three years, tops." He spent thirty-four of them teaching, measuring the groundwater of the Santa Fe and Ichetucknee basins, and taking graduate students to the springs on Fridays "to check the data." He was a founding board member of the Alachua Conservation Trust.

He is survived by his wife of 51 years, Rosalind "Roz" (Oakes) Wainwright; his daughter, Claire Wainwright-Moss (Derek) of Asheville, North Carolina; his son, Benjamin Wainwright of Tallahassee; and four grandchildren.

A celebration of his life will be held at 2 p.m. on April 25 at the Thomas Center, 302 NE 6th Ave., Gainesville. In lieu of flowers, gifts may be made to the Alachua Conservation Trust. Arrangements by Milbrook Cremation Society of Gainesville.""",
gold=[]),

dict(guid="gnv_notice_2026_000342", pub="2026-06-09T06:00:00-04:00", title="SZYMANSKI, Dolores",
body="""Dolores Szymanski, of Ocala, passed away June 6, 2026. Arrangements are pending with Roberts & Hammond Funeral Home, Ocala.""",
gold=[("GNV016", "possible_deceased_client")]),

dict(guid="gnv_notice_2026_000360", pub="2026-06-23T06:00:00-04:00", title="HODGES, Marjorie Lee",
body="""Marjorie Lee Hodges, 90, of Cedar Key, died June 20, 2026, at her home on Dock Street. Postmistress of Cedar Key for 26 years. Survived by son Rufus "Sonny" Hodges (Tina) of Cedar Key; daughter Carla Hodges Beckham of Chiefland; five grandchildren. Preceded in death by husband, Rufus Hodges Sr., lost at sea in 1974. Memorial 4 p.m. Saturday, June 27, Cedar Key Community Church; ashes to be scattered off Seahorse Key.""",
gold=[("GNV024", "survivor")]),
]
