"""Typed numbers and how each reader's language must read them; shared by the Python and the
browser tests, so the widget and grade.py are held to the same rules."""

NUMBER_CASES = [
    # (text typed, decimal mark, group mark, expected value or None)
    ("12.5", ".", ",", "12.5"),
    ("12,5", ".", ",", "12.5"),  # not a valid grouping: read as a decimal comma
    ("120,000,000", ".", ",", "120000000"),
    ("1,250.5", ".", ",", "1250.5"),
    ("  1 250.5 ", ".", ",", "1250.5"),
    ("12,5", ",", "\u00a0", "12.5"),  # ru
    ("12.5", ",", "\u00a0", "12.5"),
    ("120\u00a0000\u00a0000", ",", "\u00a0", "120000000"),
    ("1 250,5", ",", "\u00a0", "1250.5"),
    ("1.250,5", ",", ".", "1250.5"),  # de
    ("120.000.000", ",", ".", "120000000"),
    ("12,5", ",", ".", "12.5"),
    ("1.250", ",", ".", "1250"),
    ("-3.5", ".", ",", "-3.5"),
    ("\u17e1\u17e2\u17e5", ".", ",", "125"),  # Khmer digits
    ("\u06f1\u06f2\u06f5\u066b\u06f5", ".", ",", "125.5"),  # Urdu digits, Arabic decimal mark
    ("１２５", ".", ",", "125"),  # full-width digits
    ("12,34,567", ".", ",", "1234567"),  # Indian grouping
    ("abc", ".", ",", None),
    ("1,2,3", ".", ",", None),
    ("", ".", ",", None),
    ("12..5", ".", ",", None),
]
