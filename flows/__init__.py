"""Prefect orchestration of the dateline pipeline: the flow, its tasks, and scheduled runs."""
