"""The read model: sessions and reports projected from the topics into MongoDB,
their views, replay and metrics."""
