"""The common library of the medstream services.

Libraries never run and services are never imported: everything two services both need
(settings base, event contracts, Kafka plumbing, storage clients, logging, the worker
lifecycle) lives here once.
"""
