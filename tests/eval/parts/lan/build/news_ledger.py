"""The Lancaster County Ledger: local news (county daily). HTML in description. Hand-labelled."""

FILE = "lan_county_ledger_local_news.rss"
TITLE = "Lancaster County Ledger - Local News"
LINK = "https://www.lancledger.example/news/local/"
DESCRIPTION = "Local news from Lancaster, Lititz, Ephrata, Strasburg and Lancaster County"
CATEGORY = "Local News"
STYLE = "html_desc"
CREATOR = "Ledger staff"

ITEMS = []
