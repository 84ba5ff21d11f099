"""The medstream analytics service: questions to safe read-only SQL over the DuckDB warehouse."""
