"""The medstream reports service: structured medical reports over REST and Kafka."""
