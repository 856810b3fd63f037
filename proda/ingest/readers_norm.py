"""Text repairs every reader applies to a block (split from ``readers.py``): whitespace normalised, and artifacts
of a source that lost its markup written back or removed, so that a quote, a statement and every item built from it
do not carry them (a dangling cross-reference, a superscript flattened into the digits of a number)."""

from __future__ import annotations

import re


# a cross-reference whose link text the source lost ("As shown in , low blood levels ...", "(see )", "()"): the
# dangling words are removed, or a sentence, a quote and every item built from it carry the artifact
_DANGLING_REF = re.compile(r"\b(?:[Aa]s )?(?:shown|seen|illustrated|depicted|summarized|listed|outlined) in\s*,\s*(\w?)"
                           r"|\s?\(\s*(?:see|[Ff]igure|[Tt]able)?\s*\)")


def _drop_dangling(m: re.Match) -> str:
    first = m.group(1)
    if first is None:
        return ""
    start = m.start() == 0 or m.string[:m.start()].rstrip().endswith((".", "!", "?"))
    return first.upper() if start and m.group(0)[:1].isupper() else first


# scientific notation whose superscript the source lost ("6.022 × 1023 mol−1", "4.9 × 10−10"): written back as
# "× 10^23", or a quote, a statement and every item built from it teach a number 10^20 times too small (audit round
# 11: Avogadro's number). Only unambiguous forms: a negative exponent, or a decimal mantissa before a positive one
# ("2 × 104" may be a product and is left as written).
_FLAT_POWER = re.compile(r"(?<![\d.])(\d+\.\d+\s?[×✕]\s?)10([1-9]\d?)(?!\d|[.,]\d)|(\d\s?[×✕]\s?)10([−–-][1-9]\d?)(?!\d|[.,]\d)")


def _power(m: re.Match) -> str:
    return f"{m.group(1)}10^{m.group(2)}" if m.group(1) else f"{m.group(3)}10^{m.group(4).replace('-', '−').replace('–', '−')}"


def norm(s: str) -> str:
    return _FLAT_POWER.sub(_power, _DANGLING_REF.sub(_drop_dangling, " ".join(s.split())))
