"""What protects the API: API keys, rate limits, backpressure on lag, idempotency keys."""
