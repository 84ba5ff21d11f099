"""The medstream gateway: REST API, live updates, auth and the read model of sessions."""
