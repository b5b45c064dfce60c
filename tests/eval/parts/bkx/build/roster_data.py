"""Hand-written roster for part bkx, east-central South Dakota (all people invented; places, ZIPs, FIPS real)."""

ADV_BY_CITY = {
    "Brookings": "a.lindahl@prairiecrestwealth.example", "Volga": "a.lindahl@prairiecrestwealth.example",
    "Elkton": "a.lindahl@prairiecrestwealth.example",
    "Watertown": "m.rewerts@prairiecrestwealth.example", "Madison": "m.rewerts@prairiecrestwealth.example",
    "Arlington": "m.rewerts@prairiecrestwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("BKX001", "Orrin", "Dale", "Bjorklund", "", "", "Verna", "Bjorklund", "Brookings", "SD", "57006", "1941-02-11", "1212 5th St", False),
    ("BKX002", "Verna", "Mae", "Bjorklund", "", "Hegge", "Orrin", "Bjorklund", "Brookings", "SD", "57006", "1943-09-30", "1212 5th St", False),
    ("BKX003", "LaVonne", "", "Rudebusch", "", "Schaunaman", "", "", "Volga", "SD", "57071", "1937-05-04", "305 Kasan Ave", False),
    ("BKX004", "Kermit", "", "Vander Wal", "Kerm", "", "Jo Ann", "Vander Wal", "Watertown", "SD", "57201", "1951-08-19", "1420 N Maple St", False),
    ("BKX005", "Jo Ann", "", "Vander Wal", "", "Thorson", "Kermit", "Vander Wal", "Watertown", "SD", "57201", "1953-01-07", "1420 N Maple St", False),
    ("BKX006", "Dwayne", "", "Feterl Jr.", "", "", "Shelly", "Feterl", "Madison", "SD", "57042", "1966-03-22", "47 NE 7th St", False),
    ("BKX007", "Marcella", "", "Kranz", "Marcy", "", "", "", "Brookings", "SD", "57006", "1956-12-02", "818 Medary Ave", True),
    ("BKX008", "Tollef", "", "Oyen", "", "", "Kayla", "Oyen", "Brookings", "SD", "57007", "1994-06-15", "2101 Jackrabbit Ave", False),
    ("BKX009", "Kristin", "", "Moe-Halvorson", "", "", "", "", "Brookings", "SD", "57006", "1972-10-10", "630 Harvey Dunn St", False),
    ("BKX010", "Gerhard", "", "Wieczorek", "Gary", "", "Phyllis", "Wieczorek", "Madison", "SD", "57042", "1949-04-18", "23015 SD Hwy 34", False),
    ("BKX011", "Phyllis", "", "Wieczorek", "", "Lunde", "Gerhard", "Wieczorek", "Madison", "SD", "57042", "1951-07-02", "23015 SD Hwy 34", False),
    ("BKX012", "Duane", "", "Schlimgen", "", "", "Kathy", "Schlimgen", "Watertown", "SD", "57201", "1961-02-27", "915 3rd Ave NE", False),
    ("BKX013", "Annika", "", "Tvedt", "", "Granholm", "Marcus", "Tvedt", "Volga", "SD", "57071", "1979-11-05", "512 Samara Ave", False),
    ("BKX014", "Marcus", "", "Tvedt", "", "", "Annika", "Tvedt", "Volga", "SD", "57071", "1977-07-23", "512 Samara Ave", False),
    ("BKX015", "Lorraine", "", "Dahlmeier", "", "", "", "", "Watertown", "SD", "57201", "", "200 9th St NW", False),
    ("BKX016", "Torvald", "", "Ekstrand", "Tor", "", "Ingrid", "Ekstrand", "Brookings", "SD", "57006", "1961-05-01", "1001 7th Ave", False),
    ("BKX017", "Wendell", "", "Kopecky", "", "", "", "", "Madison", "SD", "57042", "1958-09-12", "310 S Egan Ave", False),
    ("BKX018", "Marvella", "", "Jorgenson", "Marvie", "Schaunaman", "", "", "Arlington", "SD", "57212", "1944-03-15", "204 S Main St", False),
    ("BKX019", "Trent", "", "Stoltenburg", "", "", "", "", "Brookings", "SD", "57006", "1988-01-30", "", False),
    ("BKX020", "Beverly", "", "Gullickson", "Bev", "Feterl", "Roger", "Gullickson", "Elkton", "SD", "57026", "1950-06-06", "402 Elk St", False),
    ("BKX021", "Leland", "", "Hofer", "", "", "Carol", "Hofer", "Watertown", "SD", "57201", "1951-11-11", "1704 Kemp Ave", False),
    ("BKX022", "Carol", "", "Hofer", "", "Schlimgen", "Leland", "Hofer", "Watertown", "SD", "57201", "1954-04-04", "1704 Kemp Ave", False),
]

NO_PHONE = {"BKX009", "BKX017"}
