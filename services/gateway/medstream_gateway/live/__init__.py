"""Live updates: the Redis fan-out of session changes and the feeds that the WebSocket
and SSE routes stream."""
