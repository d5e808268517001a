"""Importing and resolving base models: the command on a tiny GGUF and tiny folders made here."""

import io
import json
from pathlib import Path

import gguf
import numpy as np
import pytest
from django.core.management import CommandError, call_command

from tests.llm.tiny_model import CHAT_TEMPLATE, build_base_model, build_tokenizer
from training.base_models import BaseModelError, packaged_gguf, resolve_base_model
from training.lora import LoRAHyperparameters, train


@pytest.fixture(autouse=True)
def models_dir(settings, tmp_path):
    settings.BASE_MODELS_DIR = tmp_path / "models"
    settings.BASE_MODEL = "tiny"
    return settings.BASE_MODELS_DIR


def import_model(*args) -> str:
    out = io.StringIO()
    call_command("import_base_model", *args, stdout=out)
    return out.getvalue()


def write_tiny_gguf(path: Path) -> Path:
    """A llama GGUF as llama.cpp writes one (f32 tensors, BPE tokenizer, chat template)."""
    state = json.loads(build_tokenizer().backend_tokenizer.to_str())
    vocab = state["model"]["vocab"]
    tokens = sorted(vocab, key=vocab.get)
    d, layers, heads, kv_heads, ff = 32, 2, 4, 2, 64
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_context_length(256)
    writer.add_embedding_length(d)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ff)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(tokens)
    writer.add_token_merges([m if isinstance(m, str) else " ".join(m) for m in state["model"]["merges"]])
    writer.add_token_types([3 if t.startswith("<|") else 1 for t in tokens])
    writer.add_eos_token_id(vocab["<|im_end|>"])
    writer.add_pad_token_id(vocab["<|pad|>"])
    writer.add_chat_template(CHAT_TEMPLATE)
    rng = np.random.default_rng(0)

    def weight(*shape):
        return (rng.standard_normal(shape) * 0.02).astype(np.float32)

    kv = kv_heads * d // heads
    writer.add_tensor("token_embd.weight", weight(len(tokens), d))
    writer.add_tensor("output_norm.weight", np.ones(d, np.float32))
    writer.add_tensor("output.weight", weight(len(tokens), d))
    for i in range(layers):
        for name, shape in [
            ("attn_q", (d, d)),
            ("attn_k", (kv, d)),
            ("attn_v", (kv, d)),
            ("attn_output", (d, d)),
            ("ffn_gate", (ff, d)),
            ("ffn_up", (ff, d)),
            ("ffn_down", (d, ff)),
        ]:
            writer.add_tensor(f"blk.{i}.{name}.weight", weight(*shape))
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(d, np.float32))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(d, np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_a_model_not_yet_imported_names_the_command_that_imports_it(models_dir):
    with pytest.raises(
        BaseModelError, match=r"Base model 'tiny' is not imported into .*models: run `manage.py import_base_model`"
    ):
        resolve_base_model()


def test_a_gguf_becomes_a_trainable_fp32_folder(tmp_path):
    gguf_file = write_tiny_gguf(tmp_path / "tiny.gguf")

    output = import_model("--from", str(gguf_file), "--name", "tiny")

    folder = resolve_base_model()
    assert "Imported tiny" in output and folder.name == "tiny"
    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "llama" and config["dtype"] == "float32"
    assert not config.get("quantization_config")
    rows = [
        {
            "messages": [
                {"role": "user", "content": "Grade: light to sugar"},
                {"role": "assistant", "content": '{"Score": {"score": 4}}'},
            ]
        }
    ] * 2
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = train(
        folder,
        tmp_path / "train.jsonl",
        None,
        tmp_path / "run",
        LoRAHyperparameters(r=2, alpha=4, batch_size=2, max_steps=1),
        threads=1,
    )
    assert result.status == "succeeded" and (result.adapter_path / "adapter_model.safetensors").is_file()


def test_a_local_folder_is_copied_once_and_kept_on_a_second_import(tmp_path, models_dir):
    source = build_base_model(tmp_path / "tiny")

    first = import_model("--from", str(source))
    weights = models_dir / "tiny" / "model.safetensors"
    written = weights.stat().st_mtime_ns
    second = import_model("--from", str(source))

    assert "Imported tiny" in first and "already imported" in second
    assert weights.stat().st_mtime_ns == written and not (models_dir / "tiny").is_symlink()
    assert resolve_base_model("tiny") == (models_dir / "tiny").resolve()
    assert [p.name for p in models_dir.iterdir()] == ["tiny"]  # no staging folder left behind


def test_link_references_a_local_folder_and_force_replaces_it(tmp_path, models_dir):
    source = build_base_model(tmp_path / "tiny")
    import_model("--from", str(source))

    import_model("--from", str(source), "--link", "--force")

    assert (models_dir / "tiny").is_symlink() and resolve_base_model() == source.resolve()


def test_a_folder_path_can_be_used_without_importing(tmp_path):
    source = build_base_model(tmp_path / "elsewhere")

    assert resolve_base_model(str(source)) == source


def test_sources_that_are_not_models_are_refused_with_the_reason(tmp_path):
    (tmp_path / "empty").mkdir()

    with pytest.raises(CommandError, match="is not a Hugging Face model folder"):
        import_model("--from", str(tmp_path / "empty"))
    with pytest.raises(CommandError, match="does not exist"):
        import_model("--from", str(tmp_path / "missing"))
    with pytest.raises(CommandError, match="--link applies to a local model folder only"):
        import_model("--link")
    with pytest.raises(BaseModelError, match="is not a model folder"):
        resolve_base_model(str(tmp_path / "empty"))


def test_the_offline_package_ships_the_default_base_model():
    path = packaged_gguf()

    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.stat().st_size > 90_000_000
