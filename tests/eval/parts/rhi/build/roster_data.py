"""Hand-written roster for the rhi part (Oneida County, Wisconsin). All people invented; ZIPs and FIPS real."""

ADV = {"north": "k.lindahl@northwoodswealth.example", "south": "p.marchetti@northwoodswealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, county_fips, birth, street, dnc, adviser
R = [
    ("RHI001", "Gerald", "F.", "Wojcik", "Jerry", "", "Darlene", "Wojcik", "Rhinelander", "54501", "55085", "1949-03-14", "1122 Boyce Dr", False, "south"),
    ("RHI002", "Darlene", "", "Wojcik", "", "Heisler", "Gerald", "Wojcik", "Rhinelander", "54501", "55085", "1951-11-02", "1122 Boyce Dr", False, "south"),
    ("RHI003", "Lorraine", "", "Buettner", "", "Kapitz", "", "", "Minocqua", "54548", "55085", "1938-07-21", "8840 Hwy 70 W", False, "north"),
    ("RHI004", "Kenneth", "", "Sorensen Jr.", "Ken", "", "Bonnie", "Sorensen", "Three Lakes", "54562", "55085", "1961-05-30", "1780 Big Stone Lake Rd", False, "south"),
    ("RHI005", "Bonnie", "", "Sorensen", "", "", "Kenneth", "Sorensen Jr.", "Three Lakes", "54562", "55085", "1963-09-12", "1780 Big Stone Lake Rd", False, "south"),
    ("RHI006", "Mary Beth", "", "Radtke", "", "", "", "", "Woodruff", "54568", "", "1970-02-08", "412 Second Ave", False, "north"),
    ("RHI007", "Arvid", "E.", "Lindquist", "", "", "Ingeborg", "Lindquist", "Hazelhurst", "54531", "55085", "1942-06-09", "6215 Lakewood Rd", False, "north"),
    ("RHI008", "Ingeborg", "", "Lindquist", "Inga", "Thorsen", "Arvid", "Lindquist", "Hazelhurst", "54531", "55085", "1944-12-01", "6215 Lakewood Rd", False, "north"),
    ("RHI009", "Thomas", "", "Pecore", "Tom", "", "", "", "Woodruff", "54568", "", "", "1610 Hwy 47", False, "north"),
    ("RHI010", "Delores", "M.", "Kowalczyk", "Dee", "Schmidt", "", "", "Rhinelander", "54501", "55085", "1944-04-17", "27 N Pelham St", False, "south"),
    ("RHI011", "Ruth Ann", "", "Van Ryzin", "", "", "", "", "Minocqua", "54548", "55085", "1958-10-05", "305 Chippewa St", False, "north"),
    ("RHI012", "Dale", "", "Schoeneck", "", "", "Patricia", "Schoeneck", "Three Lakes", "54562", "55085", "1955-01-19", "6975 Maple Lake Rd", False, "south"),
    ("RHI013", "Patricia", "", "Schoeneck", "Patti", "Jaeger", "Dale", "Schoeneck", "Three Lakes", "54562", "55085", "1957-06-27", "6975 Maple Lake Rd", False, "south"),
    ("RHI014", "Sarah", "", "Kuehn-Wendt", "", "Kuehn", "Matthew", "Wendt", "Rhinelander", "54501", "55085", "1984-08-16", "540 Thayer St", False, "south"),
    ("RHI015", "Leonard", "", "Dzikowski", "Len", "", "", "", "Rhinelander", "54501", "55085", "1952-12-03", "918 Eisenhower Pkwy", False, "south"),
    ("RHI016", "Harold", "", "Brunner", "Hal", "", "", "", "Minocqua", "54548", "55085", "1946-02-11", "7410 Blue Lake Rd", True, "north"),
    ("RHI017", "Carol", "", "Tegen", "", "", "", "", "Lake Tomahawk", "54539", "55085", "1963-03-29", "7045 Bridge St", False, "north"),
    ("RHI018", "Robert", "", "Zastrow", "Bob", "", "", "", "Rhinelander", "54501", "55085", "1939-09-07", "2215 Hwy K", False, "south"),
    ("RHI019", "Jennifer", "", "Mrotek", "Jenny", "", "Kyle", "Mrotek", "Rhinelander", "54501", "55085", "1981-05-22", "3620 Northwoods Dr", False, "south"),
    ("RHI020", "Kyle", "", "Mrotek", "", "", "Jennifer", "Mrotek", "Rhinelander", "54501", "55085", "1979-10-30", "3620 Northwoods Dr", False, "south"),
    ("RHI021", "Eugene", "", "Kapitz", "Gene", "", "Sharon", "Kapitz", "Pelican Lake", "54463", "55085", "1941-08-25", "", False, "south"),
    ("RHI022", "Mitchell", "", "Ostrowski", "Mitch", "", "", "", "Woodruff", "54568", "", "", "9020 Hwy 51", False, "north"),
]
NO_PHONE = {"RHI017", "RHI021"}
