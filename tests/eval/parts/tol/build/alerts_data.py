"""placeholder"""

ALERTS = []
