"""placeholder"""

ITEMS = []
