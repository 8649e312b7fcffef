"""One set of OpenBLAS kernels for every training run.

OpenBLAS picks its kernels by processor, and each set rounds sums differently: the same
corpus then gives weights a few thousandths apart on two x86-64 machines, and not the bytes
that were shipped. Held to the Haswell kernels (AVX2, which every x86-64 server since 2013
has), on one thread, as the shipped models were trained, training reproduces them; on another
architecture OpenBLAS ignores the setting and a rerun can differ in the last digits.
"""

from __future__ import annotations

import os
import sys

KERNELS = "Haswell"


def pin_kernels() -> None:
    """Choose the kernels; OpenBLAS reads the setting once, when numpy is first loaded."""
    if "numpy" in sys.modules and (
        os.environ.get("OPENBLAS_CORETYPE") != KERNELS
        or os.environ.get("OPENBLAS_NUM_THREADS") != "1"
    ):
        raise SystemExit("numpy was loaded before training chose its BLAS kernels")
    os.environ["OPENBLAS_CORETYPE"] = KERNELS
    # One thread: a threaded run split its sums by the cores it got, and gave other bytes
    # when a test suite around it left it fewer.
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
