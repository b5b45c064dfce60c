"""outreach: life-event outreach pipeline (domain library; knows nothing of Airflow)."""

__version__ = "0.1.0"
