"""A cheap pre-check for the patterns that must match at the end of a window.

Several per-date checks search a window before the date with a pattern that ends in
``<one of some words>\\s+$`` ("results for the ", "since ", "the "). A search tries every
start in the window, and almost always fails; the last word of the window tells first.
"""

from __future__ import annotations


def may_end_with(text: str, lo: int, hi: int, words: frozenset[str]) -> bool:
    """False when no match of a pattern ending in one of ``words`` (lower-case ASCII), then
    whitespace, then ``$`` can lie in ``text[lo:hi]``: the window does not end in
    whitespace, or the letters before that whitespace are ASCII and, lower-cased, none of
    ``words``. True means only that the pattern has to tell.

    Every such pattern puts whitespace or a word boundary before its last word, so the
    run of letters that ends the window is that word itself. Beyond ASCII, case-insensitive
    matching folds other letters into ASCII ones ("ſince"), so such a run is left to the
    pattern.
    """
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end == hi:
        return False  # "\s+$" needs whitespace at the end
    start = end
    while start > lo and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    return not word.isascii() or word.lower() in words
