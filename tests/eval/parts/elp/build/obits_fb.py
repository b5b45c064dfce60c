"""placeholder"""
FEED = "obits_fb"
ITEMS: list = []
