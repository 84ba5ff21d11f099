"""Kafka I/O: an idempotent producer, an at-least-once consumer runner and topic admin."""
