from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.api import analyse_file
from timeline.cli import app
from timeline.errors import InputError
from timeline.html import extract_article, looks_like_html
from timeline.io import decode

HTML = Path(__file__).resolve().parent / "data" / "html"
runner = CliRunner()

PAGES = [
    pytest.param(
        "meta-published.html",
        "2023-03-14",
        "https://www.valleycourier.example/news/2023/03/14/millbrook-flood-wall",
        "Council approves Millbrook flood wall after years of delay",
        id="meta-article-published-time",
    ),
    pytest.param(
        "jsonld-newsarticle.html",
        "2024-02-08",
        "https://marketwire.example/business/veridian-record-quarter-2024",
        "Veridian Semiconductor shares jump after record quarter",
        id="json-ld-newsarticle",
    ),
    pytest.param(
        "time-element.htm",
        "2019-07-20",
        "http://www.northernstar.example/science/apollo-11-fifty-years.htm",
        "Apollo 11 crew remembered fifty years on",
        id="time-element",
    ),
]


@pytest.mark.parametrize(("name", "published", "url", "title"), PAGES)
def test_page_exports_with_its_date_and_url(
    name: str, published: str, url: str, title: str
) -> None:
    result = runner.invoke(app, ["export", str(HTML / name), "-f", "json", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    (source,) = data["sources"]
    assert source["published"] == published
    assert source["url"] == url
    assert source["title"] == title
    assert data["events"], "the article's events are found"
    text = source["text"]
    for event in data["events"]:
        for mention in event["mentions"]:
            assert text[mention["quote_start"] : mention["quote_end"]] == mention["quote"]
            assert text[mention["timex_start"] : mention["timex_end"]] == mention["timex"]


@pytest.mark.parametrize(("name", "published", "url", "title"), PAGES)
def test_url_is_the_link_in_every_format(name: str, published: str, url: str, title: str) -> None:
    for fmt in ("ics", "md"):
        result = runner.invoke(app, ["export", str(HTML / name), "-f", fmt, "-o", "-"])
        assert result.exit_code == 0, result.stderr
        assert url in result.stdout.replace("\r\n ", "")  # ics folds long lines


def test_boilerplate_is_left_out() -> None:
    article = extract_article((HTML / "meta-published.html").read_text(), "p.html")
    assert "River Lune" in article.text
    for noise in ("cookies", "Most read", "All rights reserved", "Subscribe", "dataLayer"):
        assert noise not in article.text


def test_relative_dates_resolve_against_the_page_date() -> None:
    analysis = analyse_file(HTML / "meta-published.html")
    dates = {e.date for e in analysis.events}
    assert "2023-03-13" in dates  # "on Monday" before Tuesday 2023-03-14
    assert not analysis.warnings


def test_published_option_overrides_the_page() -> None:
    analysis = analyse_file(HTML / "meta-published.html", published=dt.date(2023, 3, 20))
    assert analysis.source.published == dt.date(2023, 3, 20)


def test_html_is_sniffed_whatever_the_file_name(tmp_path: Path) -> None:
    saved = tmp_path / "saved-page.txt"
    saved.write_bytes((HTML / "jsonld-newsarticle.html").read_bytes())
    analysis = analyse_file(saved)
    assert analysis.source.published == dt.date(2024, 2, 8)
    assert analysis.source.text is not None
    assert "<p>" not in analysis.source.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<!DOCTYPE html><html></html>", True, id="doctype"),
        pytest.param("\n  <html lang='en'><body>", True, id="html"),
        pytest.param("<!-- saved --><html>", True, id="comment-first"),
        pytest.param("Paris, May 3 <b>bold</b>", False, id="text-with-tags"),
        pytest.param("<htmlfoo>", False, id="not-a-tag"),
    ],
)
def test_sniffing(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_page_without_article_text_is_an_input_error() -> None:
    raw = decode(b"<html><head><title>Home</title></head><body> </body></html>", "p.html")
    with pytest.raises(InputError, match=r"^p\.html: no article text"):
        extract_article(raw.text, raw.name)


def test_text_sources_keep_json_unchanged() -> None:
    data = runner.invoke(
        app,
        [
            "export",
            str(HTML.parent.parent.parent / "data" / "pompeo-sochi-talks.txt"),
            "-f",
            "json",
            "-o",
            "-",
        ],
    ).stdout
    assert '"text"' not in data
