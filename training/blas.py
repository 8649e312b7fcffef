"""One set of OpenBLAS kernels for every training run.

OpenBLAS picks its kernels by processor, and each set rounds sums differently: the same
corpus then gives weights a few thousandths apart on two x86-64 machines, and not the bytes
that were shipped. Held to the Haswell kernels (AVX2, which every x86-64 server since 2013
has), with which the shipped models were trained, training reproduces them; on another
architecture OpenBLAS ignores the setting and a rerun can differ in the last digits.
"""

from __future__ import annotations

import os
import sys

KERNELS = "Haswell"


def pin_kernels() -> None:
    """Choose the kernels; OpenBLAS reads the setting once, when numpy is first loaded."""
    if "numpy" in sys.modules and os.environ.get("OPENBLAS_CORETYPE") != KERNELS:
        raise SystemExit("numpy was loaded before training chose its BLAS kernels")
    os.environ["OPENBLAS_CORETYPE"] = KERNELS
