from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline import api
from timeline.errors import UnknownFormatError
from timeline.export import EXPORTERS, get_exporter
from timeline.model import ExportFormat, Timeline


def test_every_format_has_an_exporter() -> None:
    assert set(EXPORTERS) == set(ExportFormat)
    for fmt, exporter in EXPORTERS.items():
        assert exporter.format is fmt
        assert exporter.suffix == f".{fmt.value}"


def test_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownFormatError, match="ics, json, md"):
        get_exporter("pdf")


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_golden_and_deterministic(
    fmt: ExportFormat, sample_timeline: Timeline, golden: Callable[[str, bytes], None]
) -> None:
    data = api.render(sample_timeline, fmt)
    assert data == api.render(sample_timeline, fmt), "same input must give the same bytes"
    golden(f"sample.{fmt.value}", data)
