"""Rebuild the Dutch pipeline of Kroniek from the corpora, stage by stage.

    python training/train.py --corpora ../shared/corpora

Stages: convert -> vectors -> ner-tune -> ner -> joint -> assemble -> evaluate -> install.
Each finished stage writes ``DONE.json`` (with its duration) in its output
directory and is skipped on the next run (``--force STAGE`` redoes it). An
interrupted training stage continues from the weights of its last checkpoint
(``model-last``). Seeds are fixed in the configs (``[system] seed``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TRAINING_DIR = Path(__file__).resolve().parent
REPO_DIR = TRAINING_DIR.parent
CORPUS_DIR = TRAINING_DIR / "corpus"
OUTPUT_DIR = TRAINING_DIR / "output"
LOG_DIR = TRAINING_DIR / "logs"
CONFIG_DIR = TRAINING_DIR / "configs"
SHIPPED_DIR = REPO_DIR / "src" / "kroniek" / "models" / "nl_kroniek"
STAGES = (
    "convert", "vectors", "pretrain", "ner-tune", "ner", "ner-names-tune", "ner-names",
    "parser", "joint-tune", "joint", "assemble", "evaluate", "install",
)  # fmt: skip
# The shipped design: the tok2vec, morphologizer and parser of the joint model (trained
# with the NER and a coarse tagger as auxiliary tasks: better tags and arcs than the
# treebank alone gives), and the NER with its own tok2vec (better entities than the joint
# model's NER head: 0.742 against 0.705 F1 on ned.testa). The parser-only model
# ("parser") and the joint model's own NER ("joint-tune") stay available with --stages.
DEFAULT_STAGES = (
    "convert", "vectors", "ner-tune", "ner", "joint", "assemble", "evaluate", "install",
)  # fmt: skip

# Training stages: (config, train corpus, dev corpus).
TRAINING_STAGES: dict[str, tuple[str, str, str]] = {
    "ner": ("ner.cfg", "ner-train+testa.spacy", "ner-testa.spacy"),
    "ner-tune": ("ner.cfg", "ner-train.spacy", "ner-testa.spacy"),
    "ner-names": ("ner-names.cfg", "ner-train+testa.spacy", "ner-testa.spacy"),
    "ner-names-tune": ("ner-names.cfg", "ner-train.spacy", "ner-testa.spacy"),
    "parser": ("parser.cfg", "ud-all", "ud-dev.spacy"),
    "joint-tune": ("joint.cfg", "joint-tune-train", "joint-dev"),
    "joint": ("joint.cfg", "joint-train", "joint-dev"),
}
# How many times the constructed grammar examples of the Alpino Treebank are listed in
# the treebank training material (0 leaves them out).
CONSTRUCTED_COPIES = 1
_TREEBANK = ("ud-train-notag.spacy",) + ("ud-constructed-notag.spacy",) * CONSTRUCTED_COPIES
# Corpus directories of the joint (shared tok2vec) training: spaCy reads every
# .spacy file in a directory. The treebank files lose their own (Alpino) tags there:
# the coarse tagger of the joint model learns the CoNLL-2002 word classes only.
JOINT_CORPORA: dict[str, tuple[str, ...]] = {
    "joint-tune-train": ("ner-train.spacy", *_TREEBANK),
    "joint-train": ("ner-train+testa.spacy", *_TREEBANK),
    "joint-dev": ("ud-dev-notag.spacy", "ner-testa.spacy"),  # treebank first: see joint.cfg
    "ud-all": ("ud-train.spacy",) + ("ud-constructed.spacy",) * CONSTRUCTED_COPIES,
}
# spacy pretrain epochs; the weights of the last epoch initialize the tok2vecs of
# the components listed in USE_PRETRAINED.
PRETRAIN_EPOCHS = 8
# Pretraining (characters objective) helped the NER by 1 F1 before the tok2vecs read
# Kroniek's floret vectors; with the vectors it is not part of the default run.
USE_PRETRAINED: set[str] = set()
# Kroniek's floret vectors (stage "vectors"), read by every tok2vec.
VECTORS_DIR = OUTPUT_DIR / "vectors" / "spacy"
# The final NER trains on ned.train + ned.testa for the number of steps the
# tuning run (ned.train only, early-stopped on ned.testa) needed; no early stop.
FINAL_NER_OVERRIDES = ["--training.max_steps", "3000", "--training.patience", "0"]
# The joint model (ned.testa among its training documents) trains a fixed number of steps.
FINAL_JOINT_OVERRIDES = ["--training.max_steps", "10000", "--training.patience", "0"]


def say(message: str) -> None:
    print(f"[kroniek train {time.strftime('%H:%M:%S')}] {message}", flush=True)


def _done_file(stage: str) -> Path:
    return OUTPUT_DIR / stage / "DONE.json" if stage != "convert" else CORPUS_DIR / "DONE.json"


def _mark_done(stage: str, started: float, **extra: Any) -> None:
    done = _done_file(stage)
    done.parent.mkdir(parents=True, exist_ok=True)
    info = {"stage": stage, "seconds": round(time.time() - started, 1), **extra}
    done.write_text(json.dumps(info, indent=2), encoding="utf-8")
    say(f"stage {stage} done in {info['seconds'] / 60:.1f} min")


def stage_convert(corpora: Path) -> dict[str, Any]:
    sys.path.insert(0, str(TRAINING_DIR))
    from convert import convert_all

    counts = convert_all(corpora, CORPUS_DIR)
    say(f"converted: {counts}")
    return {"counts": counts}


def _stream(cmd: list[str], log_path: Path) -> None:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    with log_path.open("a", encoding="utf-8") as log:
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            log.write(line)
            log.flush()
        if proc.wait() != 0:
            raise SystemExit(f"{' '.join(cmd[2:5])} failed, see {log_path}")


def pretrained_weights() -> Path:
    return OUTPUT_DIR / "pretrain" / f"model{PRETRAIN_EPOCHS - 1}.bin"


def stage_vectors(corpora: Path) -> dict[str, Any]:
    sys.path.insert(0, str(TRAINING_DIR))
    from vectors import train_vectors

    return train_vectors(corpora, VECTORS_DIR.parent)


def stage_pretrain() -> dict[str, Any]:
    out = OUTPUT_DIR / "pretrain"
    cmd = [
        sys.executable, "-m", "spacy", "pretrain", str(CONFIG_DIR / "parser-pretrain.cfg"),
        str(out), "--code", str(TRAINING_DIR / "spacy_code.py"),
        "--paths.raw_text", str(CORPUS_DIR / "raw.jsonl"),
        "--pretraining.max_epochs", str(PRETRAIN_EPOCHS),
        "--paths.vectors", str(VECTORS_DIR),
    ]  # fmt: skip
    done = sorted(out.glob("model*.bin"), key=lambda p: int(p.stem[5:] or 0))
    if done and pretrained_weights().exists():
        return {"weights": str(pretrained_weights())}
    if done:
        last = done[-1]
        cmd += ["--resume-path", str(last), "--epoch-resume", str(int(last.stem[5:]) + 1)]
        say(f"pretrain: continuing from {last}")
    say(f"pretrain: {' '.join(cmd[2:])}")
    _stream(cmd, LOG_DIR / "pretrain.log")
    return {"weights": str(pretrained_weights())}


def _without_tags(name: str) -> None:
    """``ud-train-notag.spacy`` from ``ud-train.spacy``: the same documents, tags unset."""
    target = CORPUS_DIR / name
    if target.exists():
        return
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("nl").vocab
    docs = list(DocBin().from_disk(CORPUS_DIR / name.replace("-notag", "")).get_docs(vocab))
    for doc in docs:
        for token in doc:
            token.tag_ = ""
    DocBin(docs=docs).to_disk(target)


def joint_corpus(name: str) -> Path:
    """The directory of links that makes up the joint corpus ``name``."""
    for part in JOINT_CORPORA[name]:
        if part.endswith("-notag.spacy"):
            _without_tags(part)
    directory = CORPUS_DIR / name
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for i, part in enumerate(JOINT_CORPORA[name]):
        (directory / f"{i}-{part}").symlink_to(CORPUS_DIR / part)
    return directory


def treebank_labels() -> Path:
    """The morphologizer and parser labels of the treebank (``spacy init labels``)."""
    out = CORPUS_DIR / "labels-ud"
    if not (out / "parser.json").exists():
        _stream([
            sys.executable, "-m", "spacy", "init", "labels", str(CONFIG_DIR / "parser.cfg"),
            str(out), "--code", str(TRAINING_DIR / "spacy_code.py"),
            "--paths.train", str(joint_corpus("ud-all")),
            "--paths.dev", str(CORPUS_DIR / "ud-dev.spacy"),
            "--paths.vectors", str(VECTORS_DIR),
        ], LOG_DIR / "labels-ud.log")  # fmt: skip
    return out


def stage_train(
    name: str, corpora: Path, extra_overrides: list[str] | None = None
) -> dict[str, Any]:
    config, train, dev = TRAINING_STAGES[name]
    for corpus in (train, dev):
        if corpus in JOINT_CORPORA:
            joint_corpus(corpus)
    out = OUTPUT_DIR / name
    cmd = [
        sys.executable, "-m", "spacy", "train", str(CONFIG_DIR / config),
        "--code", str(TRAINING_DIR / "spacy_code.py"),
        "--output", str(out),
        "--paths.train", str(CORPUS_DIR / train),
        "--paths.dev", str(CORPUS_DIR / dev),
        "--paths.vectors", str(VECTORS_DIR),
    ]  # fmt: skip
    if (out / "model-last").exists():
        checkpoint = OUTPUT_DIR / f"{name}-checkpoint"
        if checkpoint.exists():
            shutil.rmtree(checkpoint)
        shutil.copytree(out / "model-last", checkpoint)
        say(f"{name}: continuing from the weights of {checkpoint}")
        cmd += ["--paths.resume", str(checkpoint)]
    elif name in USE_PRETRAINED:
        cmd += ["--paths.pretrained_tok2vec", str(pretrained_weights())]
    if config == "joint.cfg":
        cmd += ["--paths.labels", str(treebank_labels())]
    if config == "ner-names.cfg":
        cmd += ["--paths.names", str(corpora / "gazetteers" / "alpino-names.tsv")]
    cmd += extra_overrides or []
    log_path = LOG_DIR / f"{name}.log"
    say(f"{name}: {' '.join(cmd[2:])} (log: {log_path})")
    _stream(cmd, log_path)
    return {"model": str(out / "model-best")}


def _parser_model() -> Path:
    """The model whose tok2vec, morphologizer and parser are shipped: the joint model,
    or the parser-only model when only that one was trained."""
    if _done_file("joint").exists():
        return OUTPUT_DIR / "joint" / "model-last"
    return OUTPUT_DIR / "parser" / "model-best"


def stage_assemble() -> dict[str, Any]:
    sys.path.insert(0, str(TRAINING_DIR))
    from assemble import assemble, save

    nlp = assemble(OUTPUT_DIR / "ner" / "model-last", _parser_model())
    save(nlp, OUTPUT_DIR / "assemble" / "nl_kroniek")
    return {"pipeline": nlp.pipe_names}


def stage_evaluate(corpora: Path) -> dict[str, Any]:
    """Held-out UD slice, and ned.testa (seen in training by the final NER: see ner-tune)."""
    from kroniek.evaluation import evaluate_ner, evaluate_parse
    from kroniek.nlp import load

    nlp = load(OUTPUT_DIR / "assemble" / "nl_kroniek")
    results = {
        "parse_ud_dev": evaluate_parse(CORPUS_DIR / "ud-dev.conllu", nlp),
        "ner_testa": evaluate_ner(corpora / "conll2002" / "ned.testa", nlp),
    }
    tune = OUTPUT_DIR / "ner-tune" / "model-best"
    if tune.exists():
        # The same pipeline with the NER of the tuning run (trained on ned.train only):
        # the honest ned.testa figure.
        sys.path.insert(0, str(TRAINING_DIR))
        from assemble import assemble

        tuned = assemble(tune, _parser_model())
        results["ner_testa_tuning_run"] = evaluate_ner(corpora / "conll2002" / "ned.testa", tuned)
    (OUTPUT_DIR / "evaluation.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    say(json.dumps(results, indent=2))
    return results


def stage_install() -> dict[str, Any]:
    source = OUTPUT_DIR / "assemble" / "nl_kroniek"
    tmp = SHIPPED_DIR.with_name(SHIPPED_DIR.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(source, tmp)
    if SHIPPED_DIR.exists():
        shutil.rmtree(SHIPPED_DIR)
    tmp.rename(SHIPPED_DIR)
    return {"installed": str(SHIPPED_DIR)}


def run(
    corpora: Path,
    stages: list[str] | None = None,
    force: list[str] | None = None,
    progress: Callable[[str], None] = say,
) -> dict[str, Any]:
    """Run the stages in order, skipping finished ones; return their DONE records."""
    corpora = corpora.resolve()
    if not (corpora / "conll2002" / "ned.train").exists():
        raise SystemExit(f"no CoNLL-2002 corpus under {corpora}")
    wanted = stages or list(DEFAULT_STAGES)
    force = force or []
    records: dict[str, Any] = {}
    actions: dict[str, Callable[[], dict[str, Any]]] = {
        "convert": lambda: stage_convert(corpora),
        "vectors": lambda: stage_vectors(corpora),
        "pretrain": stage_pretrain,
        "ner-tune": lambda: stage_train("ner-tune", corpora),
        "ner": lambda: stage_train("ner", corpora, FINAL_NER_OVERRIDES),
        "ner-names-tune": lambda: stage_train("ner-names-tune", corpora),
        "ner-names": lambda: stage_train("ner-names", corpora, FINAL_NER_OVERRIDES),
        "parser": lambda: stage_train("parser", corpora),
        "joint-tune": lambda: stage_train("joint-tune", corpora),
        "joint": lambda: stage_train("joint", corpora, FINAL_JOINT_OVERRIDES),
        "assemble": stage_assemble,
        "evaluate": lambda: stage_evaluate(corpora),
        "install": stage_install,
    }
    for stage in wanted:
        done = _done_file(stage)
        if done.exists() and stage not in force and "all" not in force:
            progress(f"stage {stage}: already done, skipped ({done})")
            records[stage] = json.loads(done.read_text(encoding="utf-8"))
            continue
        progress(f"stage {stage}: started")
        started = time.time()
        info = actions[stage]()
        _mark_done(stage, started, **info)
        records[stage] = json.loads(done.read_text(encoding="utf-8"))
    return records


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--stages", nargs="*", choices=STAGES, default=None)
    parser.add_argument("--force", nargs="*", default=[], help="stages to redo, or 'all'")
    args = parser.parse_args()
    run(args.corpora, args.stages, args.force)
