"""stub"""
ITEMS = []
