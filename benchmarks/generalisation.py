"""Score the real corpus batch by batch with the shared scorer (benchmarks/GENERALISATION.md).

    python benchmarks/generalisation.py              # every batch, then the whole corpus
    python benchmarks/generalisation.py b3 --verbose # one batch, with every miss
    python benchmarks/generalisation.py --ablation   # the whole corpus with each fallback off in turn, then spaCy on

Prints one markdown row per batch: precision/recall per list field, owner and due accuracy,
meeting body and date, overall. Score a new batch with this *before* changing any rule for it:
that first-sight row is the honest estimate of what a user gets on an archive nobody tuned for.
"""
from __future__ import annotations

import argparse
import json

from minutes.evaluate import corpus_batches, score_corpus
from minutes.extract import Options
from minutes.extract.pipeline import FALLBACKS

LISTS = ("attendees", "apologies", "actions", "indicators", "figures")
HEADER = ("| batch | docs | " + " | ".join(f"{f} P/R" for f in LISTS)
          + " | owner acc | due acc | body | date | overall |")


def row(label: str, result: dict) -> str:
    """One markdown table row of a scorer result."""
    cells = [label, str(result["documents"])]
    cells += [f"{result[f]['p']:.2f}/{result[f]['r']:.2f}" for f in LISTS]
    cells += [f"{result[k]:.2f}" if result[k] is not None else "-" for k in ("action_owner_acc", "action_due_acc")]
    cells += [f"{result['meeting']['body']:.2f}", f"{result['meeting']['date']:.2f}", f"{result['overall']:.3f}"]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", nargs="*", help="batch folders of corpus/ (default: all)")
    parser.add_argument("--nlp", action="store_true", help="switch the spaCy steps on (off by default, as in `minutes`)")
    parser.add_argument("--verbose", action="store_true", help="print every miss, per document")
    parser.add_argument("--ablation", action="store_true", help="score the batches with each fallback off in turn")
    args = parser.parse_args()
    batches = args.batches or corpus_batches()
    options = Options(nlp=args.nlp)
    if args.ablation:
        print(HEADER.replace("| batch |", "| switched off |"))
        print("|" + "---|" * (HEADER.count("|") - 1))
        print(row("nothing", score_corpus(batches, options)))
        for name in FALLBACKS:
            print(row(name, score_corpus(batches, Options(nlp=options.nlp, off=frozenset({name})))))
        print(row("nothing, spaCy on" if not options.nlp else "spaCy", score_corpus(batches, Options(nlp=not options.nlp))))
        return
    print(HEADER)
    print("|" + "---|" * (HEADER.count("|") - 1))
    for batch in batches:
        result = score_corpus([batch], options, verbose=args.verbose)
        print(row(batch, result))
        if args.verbose:
            print(json.dumps(result["details"], indent=1, ensure_ascii=False))
    if len(batches) > 1:
        print(row("all", score_corpus(batches, options)))


if __name__ == "__main__":
    main()
