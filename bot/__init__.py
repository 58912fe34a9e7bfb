"""The CLI, the terminal chat and the Telegram application."""

import os

# One BLAS thread per process, set before anything imports numpy (sqlite-utils does): the parser's
# matrix products are small, and `impactbot ingest` of many files runs one extraction process per
# core, where each process's own BLAS threads would fight the others for the same cores
# (measured on 2 cores: 12.6 articles/s with them, see README).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
