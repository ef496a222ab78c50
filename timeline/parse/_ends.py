"""Cheap pre-checks for the patterns that the event layer tries on a window by each date.

Several per-date checks search a window before the date with a pattern that ends in
``<one of some words>\\s+$`` ("results for the ", "since ", "the "). A search tries every
start in the window, and almost always fails; the last word of the window tells first
(may_end_with). Others need one of a few words anywhere in their match ("than", "back"): a
look for them in the lower-cased window tells first (lowered, may_hold).
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


# Letters that case-insensitive matching folds into ASCII ones ("ſince", the Kelvin sign).
_FOLDING = ("ſ", "ı", "İ", "K")


def lowered(text: str, lo: int, hi: int) -> str | None:
    """``text[lo:hi]`` lower-cased, to look for the words a pattern needs before running it
    (see may_hold); None when it holds a letter that case-insensitive matching folds into an
    ASCII one, where such a look could miss a match."""
    window = text[lo:hi]
    if not window.isascii() and any(c in window for c in _FOLDING):
        return None
    return window.lower()


def may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """False when the lowered window ``low`` (from lowered) holds none of ``words``: a
    pattern that needs one of them in every match cannot match in it. Each caller's words
    are checked against its pattern in tests/test_parse_prefilters.py."""
    if low is None:
        return True
    # A loop: any() over a generator costs more than the look-ups themselves.
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False
