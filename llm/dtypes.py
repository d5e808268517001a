"""Which dtype a model runs in on this machine, decided by measuring it, never by a constant.

CPUs of one kind differ: on one, bf16 matrix products ran 2.2x faster than fp32 (native
AVX512-BF16/AMX); on another, with no bf16 units, 500x slower. ``pick_dtype`` checks the
capability, then times a short matrix product in both dtypes and keeps bf16 only where it is
clearly faster. The verdict is measured once per process and device.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import torch

CHOICES = ("auto", "float32", "bfloat16")
BF16_MIN_SPEEDUP = 1.3  # bf16 must beat fp32 by this much to be chosen (rounding costs accuracy)
CPU_BF16_FLAGS = ("avx512_bf16", "amx_bf16")


@dataclass(frozen=True)
class DtypeCheck:
    """What the check found: the dtype chosen, why, and both measured rates (GFLOP/s; bf16 is
    None when the hardware has no bf16 units and it was not timed)."""

    dtype: torch.dtype
    reason: str
    fp32_gflops: float
    bf16_gflops: float | None


def cpu_has_bf16() -> bool:
    """Native bf16 matrix units (Linux: /proc/cpuinfo flags)."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return any(flag in flags for flag in CPU_BF16_FLAGS)


def matmul_gflops(dtype: torch.dtype, device: str = "cpu", size: int = 512, seconds: float = 0.3) -> float:
    """The rate of repeated ``size``-cubed matrix products in this dtype (after one warm-up)."""
    a = torch.randn(size, size, device=device).to(dtype)
    b = torch.randn(size, size, device=device).to(dtype)
    a @ b
    runs, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds or runs < 2:
        a @ b
        runs += 1
        if device != "cpu":
            torch.cuda.synchronize()
    return 2 * size**3 * runs / elapsed / 1e9


@cache
def measure(device: str = "cpu", rounds: int = 3) -> DtypeCheck:
    """Both dtypes timed in turn, ``rounds`` times, best of each (a shared machine is noisy)."""
    capable = torch.cuda.is_bf16_supported() if device.startswith("cuda") else cpu_has_bf16()
    if not capable:
        return DtypeCheck(torch.float32, "no native bf16 on this device", matmul_gflops(torch.float32, device), None)
    fp32 = bf16 = 0.0
    for _ in range(rounds):
        fp32 = max(fp32, matmul_gflops(torch.float32, device, seconds=0.1))
        bf16 = max(bf16, matmul_gflops(torch.bfloat16, device, seconds=0.1))
    if bf16 >= BF16_MIN_SPEEDUP * fp32:
        return DtypeCheck(torch.bfloat16, f"bf16 {bf16 / fp32:.1f}x faster than fp32", fp32, bf16)
    return DtypeCheck(torch.float32, f"bf16 only {bf16 / fp32:.1f}x fp32", fp32, bf16)


def pick_dtype(setting: str = "auto", device: str = "cpu") -> torch.dtype:
    """``setting``: "auto" (measure), or "float32"/"bfloat16" to force one."""
    if setting not in CHOICES:
        raise ValueError(f"unknown dtype {setting!r}; use one of {', '.join(CHOICES)}")
    if setting != "auto":
        return getattr(torch, setting)
    return measure(device).dtype
