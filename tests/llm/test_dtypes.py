"""The dtype is chosen by measuring this machine: bf16 only where it has the units and they
are clearly faster; a setting can force either."""

import pytest
import torch

from llm import dtypes


def test_auto_chooses_from_a_measurement_that_it_reports():
    check = dtypes.measure()
    assert check.fp32_gflops > 0 and check.reason
    if check.bf16_gflops is None:
        assert check.dtype == torch.float32 and not dtypes.cpu_has_bf16()
    else:
        faster = check.bf16_gflops >= dtypes.BF16_MIN_SPEEDUP * check.fp32_gflops
        assert check.dtype == (torch.bfloat16 if faster else torch.float32)
    assert dtypes.pick_dtype("auto") == check.dtype


def test_a_setting_forces_a_dtype_and_an_unknown_one_is_refused():
    assert dtypes.pick_dtype("float32") == torch.float32 and dtypes.pick_dtype("bfloat16") == torch.bfloat16
    with pytest.raises(ValueError, match="unknown dtype 'fp8'"):
        dtypes.pick_dtype("fp8")
