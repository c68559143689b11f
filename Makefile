# The README's commands. `make demo` and `make test` work from a fresh clone.
.PHONY: setup demo run test lint airflow airflow-stop clean

setup:            ## create .venv from requirements.lock
	bash scripts/setup.sh

demo:             ## set up, run the daily DAG for the seed day on the embedded default, print the extraction
	bash scripts/demo.sh

run: setup        ## the same day without Airflow: python -m pipeline run
	.venv/bin/python -m pipeline run --date $${DAY:-2024-02-20}

test:             ## set up, lint and run every test
	bash scripts/test.sh

lint: setup
	.venv/bin/ruff check pipeline dags tests benchmarks

airflow: setup    ## start Airflow locally (standalone, SQLite) on http://127.0.0.1:8080, login admin/admin
	bash scripts/airflow_local.sh start

airflow-stop:     ## stop every local Airflow component
	bash scripts/airflow_local.sh stop

clean:            ## remove generated data (lake, warehouse, Airflow home)
	rm -rf data airflow_home
