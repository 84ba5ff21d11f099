"""Event contracts: pydantic models per event type and their CloudEvents Kafka envelope."""
