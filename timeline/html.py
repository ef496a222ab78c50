"""Saved web pages: the article text and its metadata, extracted with trafilatura.

trafilatura (with htmldate for the publication date) is made for news pages: it drops
navigation, adverts, cookie banners and comments, and reads the headline, the canonical
URL and the date from ``<meta property="article:published_time">``, JSON-LD
``datePublished`` or ``<time datetime>``. It is imported lazily (about 0.2 s), only
when a page is read, so the command line starts as fast as before.

The extracted text is what every offset points into; it is kept on ``Source.text``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from timeline.errors import InputError

__all__ = ["HtmlArticle", "extract_article", "looks_like_html"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S)

# htmldate's defaults read the clock (no date after today) and guess from the text and
# the URL when the markup says nothing; both would make the output depend on when and
# how it ran. Markup only, (almost) any year, the original (not the modified) date.
_DATE_PARAMS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
    "min_date": "1000-01-01",  # htmldate fails on year 1
    "max_date": "9999-12-31",
}


@dataclasses.dataclass(frozen=True, slots=True)
class HtmlArticle:
    """The article found in a web page.

    Attributes:
        text: The article's text (headline and paragraphs), one paragraph a line.
        title: The headline, if the page states one.
        published: The publication date from the page's markup, if any.
        url: The canonical URL of the page, if it states one.
    """

    text: str
    title: str | None
    published: dt.date | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """Whether a document is an HTML page (by its start, whatever its name)."""
    return _SNIFF.match(text[:4096]) is not None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _url(value: str | None) -> str | None:
    return value if value and value.startswith(("http://", "https://")) else None


def extract_article(html: str, name: str) -> HtmlArticle:
    """The article text, headline, publication date and URL of a web page.

    Args:
        html: The page's markup, decoded.
        name: How to name the file in messages.

    Returns:
        The article; metadata the page does not state is None.

    Raises:
        InputError: No article text could be found in the page.
    """
    import trafilatura  # lazy: heavy, and only needed for web pages

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        msg = f"{name}: no article text found in the HTML page"
        raise InputError(msg)
    title = getattr(doc, "title", None) or None
    return HtmlArticle(
        text=text,
        title=title,
        published=_date(getattr(doc, "date", None)),
        url=_url(getattr(doc, "url", None)),
    )
