# medstream — two commands: `make run` starts everything, `make test` runs the tests.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(HOME)/.local/bin:$(PATH)

STATE_DIR ?= $(CURDIR)/.state
export MEDSTREAM_STATE_DIR := $(STATE_DIR)
# The default file is named after the warehouse format (v2 has the `names` table), so a
# checkout with an older generated file gets a new one instead of serving it.
WAREHOUSE ?= $(STATE_DIR)/warehouse-v2.duckdb
WAREHOUSE_ROWS ?= 1000000
DEV_KEY_FILE := $(STATE_DIR)/dev-api-key
INFRA := kafka mongo redis prometheus
PY := uv run --frozen

.PHONY: help install infra warehouse run stop logs test lint schemas clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: ## install uv and the locked Python environment
	@bash deploy/local/bootstrap.sh

infra: ## install (cached) and start Kafka, the MongoDB-wire server and Redis
	@bash deploy/local/infra.sh start $(INFRA)

$(WAREHOUSE):
	@mkdir -p $(STATE_DIR)
	$(PY) medstream-analytics dataset generate --rows $(WAREHOUSE_ROWS) --seed 42 --out $(WAREHOUSE)

warehouse: install $(WAREHOUSE) ## generate the DuckDB warehouse when missing

$(DEV_KEY_FILE):
	@mkdir -p $(STATE_DIR)
	@python3 -c 'import secrets; print("dev-" + secrets.token_urlsafe(24))' > $(DEV_KEY_FILE)

run: install infra warehouse $(DEV_KEY_FILE) ## start everything in the background and print how to use it
	@MEDSTREAM_API_KEYS="$${MEDSTREAM_API_KEYS:-dev:$$(cat $(DEV_KEY_FILE))}" \
	  MEDSTREAM_WAREHOUSE_PATH=$(WAREHOUSE) bash deploy/local/services.sh start
	@key=$$(cat $(DEV_KEY_FILE)); \
	printf '\nmedstream is up.\n'; \
	printf '  API        http://127.0.0.1:8000  (docs: /docs, OpenAPI: /openapi.json)\n'; \
	printf '  health     http://127.0.0.1:8000/health\n'; \
	printf '  console    http://127.0.0.1:8000/  (sign in with the dev key)\n'; \
	printf '  metrics    Prometheus at http://127.0.0.1:9090 scrapes every service\n'; \
	printf '  dev key    %s   (user "dev")\n' "$$key"; \
	printf '  logs       %s/logs (make logs)\n\n' "$(STATE_DIR)"; \
	printf 'Ask a question:\n'; \
	printf '  curl -s -X POST http://127.0.0.1:8000/api/v1/queries -H "Authorization: Bearer %s" -H "Content-Type: application/json" -d '"'"'{"question": "Top-5 diagnoses in Saint Petersburg in 2025"}'"'"'\n' "$$key"; \
	printf 'then read the session it returns:\n'; \
	printf '  curl -s http://127.0.0.1:8000/api/v1/sessions/<session_id> -H "Authorization: Bearer %s"\n\n' "$$key"

stop: ## stop the services and the infrastructure
	@bash deploy/local/services.sh stop
	@bash deploy/local/infra.sh stop $(INFRA)

logs: ## show where the logs are and their last lines
	@echo "logs: $(STATE_DIR)/logs"; for f in $(STATE_DIR)/logs/*.log; do echo "== $$f"; tail -n 5 "$$f"; done

lint: install ## ruff and mypy
	$(PY) ruff check .
	$(PY) ruff format --check .
	$(PY) mypy

schemas: install ## regenerate the committed contracts: event JSON Schemas, AsyncAPI, OpenAPI
	$(PY) python -m medstream_shared.events.schemas schemas/events
	$(PY) python -m medstream_shared.events.asyncapi schemas/asyncapi.json
	$(PY) python -m medstream_gateway.export_openapi schemas/openapi.json

test: install ## lint, then unit and integration tests (starts the infrastructure it needs)
	$(MAKE) --no-print-directory lint
	$(PY) pytest

clean: stop ## stop everything and delete local data (keeps the download cache)
	rm -rf $(STATE_DIR)
