"""placeholder"""
FEED = "obits_dn"
ITEMS: list = []
