"""stub"""
ALERTS = []
