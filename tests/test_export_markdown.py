from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline import api
from timeline.export._markdown import escape_markdown, escape_mermaid
from timeline.model import Timeline


def test_markdown_shape(sample_timeline: Timeline) -> None:
    text = api.render(sample_timeline, "md").decode()
    assert text.startswith("# Talks, Tensions & Crimea: a \\#1 story\n")
    assert "## 2014\n\n- **2014**: Russia annexes Crimea ([" in text
    assert "- **Tuesday, 14 May 2019**: Officials meet in Sochi; nothing agreed" in text
    assert "## 1960s" in text
    assert "(https://example.org/news/2019/05/15/sample?x=1&y=2)" in text
    assert "```mermaid\ntimeline\n" in text


def test_mermaid_block_is_escaped(sample_timeline: Timeline) -> None:
    text = api.render(sample_timeline, "md").decode()
    block = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    for line in block.splitlines()[2:]:
        period, sep, events = line.partition(" : ")
        assert sep, line
        assert not re.search(r"[:#;%&]", period.replace("#", "").replace(";", "") + "")
        assert ":" not in events.replace(" : ", "")
    assert "#84;itle IX walls go up" in block


@given(st.text())
def test_mermaid_escape_leaves_no_grammar_characters(text: str) -> None:
    out = escape_mermaid(text)
    assert "\n" not in out
    assert "\r" not in out
    stripped = re.sub(r"#\d+;", "", out)
    assert not re.search(r"[:#;%&]", stripped)
    assert not re.match(r"(?i)(title|section|timeline|acctitle|accdescr)\b", out)


@given(st.text())
def test_markdown_escape_keeps_text_literal(text: str) -> None:
    out = escape_markdown(text)
    assert "\n" not in out
    assert not re.search(r"(?<!\\)[|*_\[\]`<>#]", out)
    assert not re.match(r"\d+[.)]", out)
