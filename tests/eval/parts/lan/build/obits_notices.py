"""The Lancaster County Ledger: paid death notices, terse, surname-first headings. Plain text. Hand-labelled."""

FILE = "lan_county_ledger_death_notices.rss"
TITLE = "Lancaster County Ledger - Death Notices"
LINK = "https://www.lancledger.example/obituaries/notices/"
DESCRIPTION = "Paid death notices published in the Lancaster County Ledger"
CATEGORY = "Death Notices"
STYLE = "plain"

ITEMS = []
