"""placeholder"""
FEED = "news_tv"
ITEMS: list = []
