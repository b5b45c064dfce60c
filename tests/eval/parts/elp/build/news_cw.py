"""placeholder"""
FEED = "news_cw"
ITEMS: list = []
