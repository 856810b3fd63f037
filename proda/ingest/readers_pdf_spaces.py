"""Word spaces that a PDF draws as gaps, for :mod:`proda.ingest.readers_pdf_layout`.

Why: TeX, DocBook and other typesetters often set a line as one ``TJ`` array of words with a negative offset
between them and no space character at all; the text layer then has a space only where the reader decides a gap
is one.  pypdf decides by half the width of the font's space glyph, and a composite (Type0) font that has no
space glyph gets the width of whatever glyph sits at code 32 instead (pypdf issue #3978).  On the LinuxCNC
manual (DejaVu subsets, Identity-H) that is 838 thousandths of an em against word gaps of 220-480 and kerns of
at most 40, so every word of every page ran together ("AnoperatorcancausethemachinetoexecuteawholefilefullofG-codes")
and the book gave one statement where its chapters hold hundreds.

The fix keeps pypdf's rule and only gives it the right width: for a composite font with no code mapping to a
space, the space is the font's no-break space if it has one, else a quarter of an em (pypdf's own default), and a
gap of at least 95 % of half of it gets a space, inserted into the ``TJ`` array before pypdf reads it (pypdf's
visitor sees each operator before it is run).  A link or a word in another face is its own text object placed
on the line by coordinates ("see the" | "Trajectory Section" | "in the INI chapter"), where pypdf judges the jump by
the same wrong width: the end of each shown string is kept (its glyphs' widths from the font) and a string that
starts on the same line at least that gap further on gets a leading space.  Fonts that have a space glyph are left
to pypdf untouched, so every other PDF reads byte for byte as before.
"""

from __future__ import annotations

from dataclasses import dataclass

_DEFAULT_SPACE = 250.0  # thousandths of an em: pypdf's width for a font it knows nothing of
_SHARE = 0.95 * 0.5  # pypdf's threshold: 95 % of half a space


@dataclass
class _Font:
    gap: float  # the least TJ offset (thousandths of an em) that is a word gap
    widths: dict  # glyph widths (thousandths of an em) by code, as pypdf reads them
    default: float


@dataclass
class _End:
    x: float  # where the last shown string ended, in user space
    y: float
    size: float  # its font size in user space


def _font(font) -> _Font | None:
    """What the gaps of ``font`` need, if pypdf would misjudge its word gaps (a composite font with no space)."""
    try:
        from pypdf.generic._font import Font

        f = Font.from_font_resource(font)
    except Exception:
        return None
    if str(font.get("/Subtype", "")) != "/Type0" or " " in f.character_map.values():
        return None
    widths = f.character_widths
    nbsp = [code for code, char in f.character_map.items() if char == "\xa0"]
    width = next((widths.get(c, 0) for c in nbsp if widths.get(c, 0) > 0), _DEFAULT_SPACE)
    return _Font(_SHARE * float(width), widths, float(widths.get("default", 500)))


def _codes(item) -> bytes:
    raw = getattr(item, "original_bytes", None)
    if raw is None:
        raw = bytes(item) if isinstance(item, bytes) else str(item).encode("latin-1", "replace")
    return raw


class WordGaps:
    """A ``visitor_operand_before`` for one page: puts a space into each ``TJ`` gap a composite font would lose."""

    def __init__(self, page) -> None:
        try:
            fonts = page["/Resources"]["/Font"]
            self._fonts = {str(name): fonts[name].get_object() for name in fonts}
        except Exception:
            self._fonts = {}
        self._known: dict[str, _Font | None] = {}
        self._font: str | None = None
        self._size = 0.0
        self._char_space = 0.0
        self._scale = 1.0
        self._saved: list[tuple] = []
        self._end: _End | None = None
        self.inserted = 0

    def _current(self) -> _Font | None:
        name = self._font
        if name is None or name not in self._fonts:
            return None
        if name not in self._known:
            self._known[name] = _font(self._fonts[name])
        return self._known[name]

    def _width(self, font: _Font, items: list) -> float:
        """The shown string's advance in text space units (PDF 32000 9.4.4), two-byte codes as Identity-H."""
        w = 0.0
        for item in items:
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                w -= float(item) / 1000 * self._size
            elif type(item) is str and item == " ":
                continue  # a space this visitor put in: no glyph, the offset after it moves the pen
            else:
                raw = _codes(item)
                for i in range(0, len(raw) - 1, 2):
                    code = chr(raw[i] << 8 | raw[i + 1])
                    w += font.widths.get(code, font.default) / 1000 * self._size + self._char_space
        return w * self._scale

    def __call__(self, operator, operands, cm=None, tm=None) -> None:
        if operator == b"Tf" and len(operands) > 1:
            self._font = str(operands[0])
            self._size = float(operands[1])
        elif operator == b"Tc" and operands:
            self._char_space = float(operands[0])
        elif operator == b"Tz" and operands:
            self._scale = float(operands[0]) / 100
        elif operator == b"q":
            self._saved.append((self._font, self._size, self._char_space, self._scale))
        elif operator == b"Q" and self._saved:
            self._font, self._size, self._char_space, self._scale = self._saved.pop()
        elif operator == b"TJ" and operands and isinstance(operands[0], list):
            font = self._current()
            if font is None:
                self._end = None
                return
            out: list = []
            for item in operands[0]:
                if isinstance(item, (int, float)) and not isinstance(item, bool) and -float(item) >= font.gap and out:
                    if not (type(out[-1]) is str and out[-1] == " "):
                        out.append(" ")
                        self.inserted += 1
                out.append(item)
            self._place(font, out, cm, tm)
            operands[0][:] = out

    def _place(self, font: _Font, items: list, cm, tm) -> None:
        """Start ``items`` with a space if they begin on the last string's line a word gap after it ends."""
        if cm is None or tm is None:
            self._end = None
            return
        from pypdf import mult

        m = mult(tm, cm)
        if abs(m[1]) > 1e-6 or abs(m[2]) > 1e-6 or m[0] <= 0:  # rotated or mirrored text: not judged
            self._end = None
            return
        x, y, size = m[4], m[5], self._size * m[3]
        end = self._end
        if end is not None and abs(y - end.y) < 0.2 * size and items:
            gap = x - end.x
            if font.gap / 1000 * size <= gap < 3 * size and not (type(items[0]) is str and items[0] == " "):
                items.insert(0, " ")
                self.inserted += 1
        self._end = _End(x + self._width(font, items) * m[0], y, size)
