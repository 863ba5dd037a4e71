"""Print the extraction scores per format, rules only (the default) and with spaCy on (README table).

    python benchmarks/score_formats.py            # markdown table
    python benchmarks/score_formats.py --json F   # also write the numbers as JSON
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from minutes.extract import Options
from minutes.evaluate import FIELDS, flatten, score_format

FORMATS = ("txt", "docx", "pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="write the scores as JSON here")
    args = parser.parse_args()
    columns = [(f"{fmt}", fmt, Options()) for fmt in FORMATS]
    columns += [(f"{fmt} spaCy on", fmt, Options(nlp=True)) for fmt in FORMATS]
    scores = {label: flatten(score_format(fmt, options)) for label, fmt, options in columns}
    print("| field | " + " | ".join(label for label, _, _ in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for field in FIELDS:
        print(f"| {field} | " + " | ".join(f"{scores[label][field]:.3f}" for label, _, _ in columns) + " |")
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
