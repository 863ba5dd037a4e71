"""The ``figures`` component: money amounts and percentages, normalised, linked to indicators.

"£150k" -> 150000 GBP; "£1.5 million" -> 1500000; "£10-12M" -> 10000000..12000000; "32.43%" -> 32.43 %;
"10-15%" -> 10..15 %. Only a dash makes a range: "from 40% to 30%" is two figures. A figure in a passage about one indicator ("NI 60 ... (76.1%, target 80%)") is
linked to it, with its role (actual, target, baseline) when the words before it say so.
"""
from __future__ import annotations

import re

from minutes.extract.blocks import body_blocks
from minutes.extract import cues
from minutes.extract.indicators import find_codes
from minutes.extract.pipeline import Options, component
from minutes.extract.record import Figure, Record, Source
from minutes.ingest.document import Document

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AFTER_FIRST_DIGIT = r"\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?"  # the rest of a _NUMBER after its first digit
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
MONEY = re.compile(r"£\s?(?P<low>" + _NUMBER + r")(?:\s?[-–]\s?£?(?P<high>" + _NUMBER + r"))?"
                   r"(?:\s?(?P<mult>k|thousand|mn|m|million|bn|billion)\b)?", re.I)
# (the first digit, then the look-behind for what may not come before it: the engine skips to the digits instead of
# trying the look-behind at every character)
PERCENT = re.compile(r"(?P<low>\d(?<![\d.,£]\d)(?:" + _AFTER_FIRST_DIGIT + r"))(?:\s?[-–]\s?(?P<high>" + _NUMBER + r"))?"
                     r"\s?(?:%|per\s?cent\b|percent\b)", re.I)
_DIGIT = re.compile(r"\d")
_ROLE = re.compile(r"\b(?P<role>target|required|baseline|stretch target|aim|goal)\b[^.%£]{0,25}$", re.I)
_ROLES = {"required": "target", "aim": "target", "goal": "target", "stretch target": "target"}


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 6)


@component("figures")
def extract_figures(doc: Document, record: Record, options: Options) -> None:
    """Add every money amount and percentage, in text order."""
    for block in body_blocks(doc):
        if not _DIGIT.search(block.text):
            continue
        code_matches = find_codes(block.text)
        codes = [(m.start, m.code) for m in code_matches]
        code_ends = {m.end for m in code_matches}  # "NI 1 % of people who ...": the code's number, a title after it
        found = []
        patterns = [(MONEY, "GBP")] if "£" in block.text else []
        if "%" in block.text or "per" in cues.folded(block.text):  # what every percentage holds ("%", "per cent")
            patterns.append((PERCENT, "%"))
        for pattern, unit in patterns:
            for m in pattern.finditer(block.text):
                if m.end("low") in code_ends and not m.group("high"):
                    continue
                mult = _MULTIPLIERS[m.group("mult").lower()] if unit == "GBP" and m.group("mult") else 1
                low = _value(m.group("low")) * mult
                high = _value(m.group("high")) * mult if m.group("high") else None
                found.append((m.start(), m.end(), unit, low, high))
        for start, end, unit, low, high in sorted(found):
            before = [code for pos, code in codes if pos < start]
            role = _ROLE.search(block.text[max(0, start - 40):start])
            role_name = _ROLES.get(role.group("role").lower(), role.group("role").lower()) if role else None
            indicator = before[-1] if before else None
            record.figures.append(Figure(
                value=_number(low), unit=unit, text=block.text[start:end],
                source=Source.of(doc, block.start + start, block.start + end),
                value_high=_number(high) if high is not None else None, indicator=indicator,
                role=(role_name or "actual") if indicator else role_name))
