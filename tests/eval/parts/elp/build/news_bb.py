"""placeholder"""
FEED = "news_bb"
ITEMS: list = []
