"""stub"""
FEED = "x"
ITEMS = []
