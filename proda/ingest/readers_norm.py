"""Text repairs every reader applies to a block (split from ``readers.py``): whitespace normalised, and artifacts
of a source that lost its markup written back or removed, so that a quote, a statement and every item built from it
do not carry them (a dangling cross-reference, a superscript flattened into the digits of a number)."""

from __future__ import annotations

import re


# a cross-reference whose link text the source lost ("As shown in , low blood levels ...", "(see )", "()"): the
# dangling words are removed, or a sentence, a quote and every item built from it carry the artifact.  Not the "()"
# written against a name, a call in a programming text ("bytes.decode() is str.encode()": blind round 39's quotes
# read "bytes.decode is str.encode", the code lost its mark)
_DANGLING_REF = re.compile(r"\b(?:[Aa]s )?(?:shown|seen|illustrated|depicted|summarized|listed|outlined) in\s*,\s*(\w?)"
                           r"|\s?(?<![\w\])\]])\(\s*(?:see|[Ff]igure|[Tt]able)?\s*\)")


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


# a factor "multiplied by 106" / "times 109" whose superscript was lost, where the block itself names the magnitude
# the power stands for ("parts per million: ... multiplied by 106", audit session 17: ppm and ppb defined as 106 and
# 109 times the ratio). Only with the magnitude word in the same block and never the count "106 million".
_MAGNITUDES = {"3": "thousand", "6": "million", "9": "billion", "12": "trillion"}
_FLAT_FACTOR = re.compile(r"\b((?:multiplied|multiply|divided|divide) by|times|[×✕])(\s?)10(%s)(?![\d.,]?\d)(?!\s+(?:%s))"
                          % ("|".join(_MAGNITUDES), "|".join(_MAGNITUDES.values())))


def _factor(s: str) -> str:
    low = s.lower()

    def sub(m: re.Match) -> str:
        if not re.search(rf"\b{_MAGNITUDES[m.group(3)]}\b", low):
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}10^{m.group(3)}"

    return _FLAT_FACTOR.sub(sub, s)


# a cross-reference's number set against the word naming what it points to ("as shown in figure2.1", "In
# section2.10, ..."): a link typeset as a text object of its own with no space before it (round 44's manual)
_GLUED_REF = re.compile(r"\b([Ff]igure|[Tt]able|[Ss]ection|[Cc]hapter|[Ee]quation)(?=\d{1,3}(?:\.\d{1,3})*\b)")


def norm(s: str) -> str:
    s = _GLUED_REF.sub(r"\1 ", " ".join(s.split()))
    return _factor(_FLAT_POWER.sub(_power, _DANGLING_REF.sub(_drop_dangling, s)))
