"""Grading rules for typed answers: text normalisation and locale-aware numbers.

The browser widget (assets/quiz.js) implements the same rules; tests run both on the same
cases. Number symbols come from Babel (CLDR) for the reader's language.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from babel.numbers import get_decimal_symbol, get_group_symbol

from ..i18n.languages import babel_locale

__all__ = ["normalize_text", "text_matches", "number_symbols", "parse_number", "numeric_matches"]

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']+")
# The zero of each decimal digit block that readers in our languages may type.
_ZEROS = (0x660, 0x6F0, 0x966, 0x9E6, 0xDE6, 0xE50, 0xED0, 0x1040, 0x17E0, 0xFF10)


def normalize_text(text: str) -> str:
    """Compare answers ignoring case, Unicode width and repeated or outer spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def text_matches(given: str, accepted: list[str]) -> bool:
    wanted = normalize_text(given)
    return bool(wanted) and any(wanted == normalize_text(a) for a in accepted)


def number_symbols(code: str) -> tuple[str, str]:
    """(decimal, group) symbols for a language, from CLDR; '.' and ',' when unknown."""
    locale = babel_locale(code)
    if locale is None:
        return ".", ","
    return get_decimal_symbol(locale), get_group_symbol(locale)


def _ascii_digits(text: str) -> str:
    out = []
    for char in text:
        point = ord(char)
        zero = next((z for z in _ZEROS if z <= point <= z + 9), None)
        out.append(str(point - zero) if zero is not None else char)
    return "".join(out).replace("\u066b", ".").replace("\u066c", ",")


def _grouped(text: str, sep: str) -> bool:
    """True when `sep` is used as a thousands separator (groups of 2-3, last of 3)."""
    pattern = rf"\d{{1,3}}(?:{re.escape(sep)}\d{{2,3}})*{re.escape(sep)}\d{{3}}"
    return re.fullmatch(pattern, text) is not None


def parse_number(text: str, decimal: str, group: str) -> Decimal | None:
    """Read a typed number as the reader's locale means it; None when it is not a number."""
    s = _SPACES.sub("", _ascii_digits(unicodedata.normalize("NFKC", text)))
    if group.isspace() or group in ("\u00a0", "\u202f", "'"):
        group = ""  # spaces were removed above
    sign = ""
    if s and s[0] in "+-\u2212":
        sign, s = ("-" if s[0] != "+" else ""), s[1:]
    seps = [c for c in dict.fromkeys(s) if not c.isdigit()]
    if any(c not in ".," for c in seps) or len(seps) > 2 or not s:
        return None
    if len(seps) == 2:
        # Both marks: the locale says which is which; if it says nothing, the last one is
        # the decimal mark (1,234.5 and 1.234,5 both read as one thousand and more).
        dec = decimal if decimal in seps and s.rfind(decimal) > s.rfind(
            seps[0] if seps[1] == decimal else seps[1]) else s[max(s.rfind("."), s.rfind(","))]
        other = "," if dec == "." else "."
        if s.count(dec) > 1 or not _grouped(s[: s.index(dec)], other):
            return None
        s = s.replace(other, "").replace(dec, ".")
    elif len(seps) == 1:
        mark = seps[0]
        is_group = (s.count(mark) > 1 or (mark == group and mark != decimal)) and _grouped(s, mark)
        if is_group:
            s = s.replace(mark, "")
        elif s.count(mark) == 1:
            s = s.replace(mark, ".")
        else:
            return None
    try:
        return Decimal(sign + s)
    except InvalidOperation:
        return None


def numeric_matches(text: str, answer: float, tolerance: float, decimal: str,
                    group: str) -> bool:
    value = parse_number(text, decimal, group)
    if value is None:
        return False
    return abs(value - Decimal(str(answer))) <= Decimal(str(tolerance)) + Decimal("1e-9")
