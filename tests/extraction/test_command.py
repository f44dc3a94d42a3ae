"""manage.py extract_events: file or stdin in, JSON out. No database needed."""
import io
import json
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ARTICLE = "Kim met Park on Thursday and will meet Lee on Friday.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args):
    out = io.StringIO()
    call_command("extract_events", *args, stdout=out)
    return out.getvalue()


def test_json_output(article):
    events = json.loads(run(str(article), "--published", "2023-04-06", "--format", "json"))
    assert [(e["date"], e["precision"], e["cue"]) for e in events] == [
        ("2023-04-06", "day", "Thursday"), ("2023-04-07", "day", "Friday")]
    assert events[0]["sentence"] == ARTICLE.strip()


def test_json_is_the_default(article):
    assert json.loads(run(str(article), "--published", "2023-04-06"))[0]["date"] == "2023-04-06"


def test_text_format(article):
    out = run(str(article), "--published", "2023-04-06", "--format", "text")
    assert "2023-04-07" in out and "2 event(s)" in out


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8"))
    events = json.loads(run("-", "--published", "2023-04-06"))
    assert len(events) == 2


def test_publication_date_from_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("SEOUL, April 6, 2023 (AP) — Kim will meet Lee on Friday.", encoding="utf-8")
    assert json.loads(run(str(path)))[0]["date"] == "2023-04-07"


@pytest.mark.parametrize("bad", ["2023-13-01", "06/04/2023", "yesterday", ""])
def test_bad_published_is_a_command_error(article, bad):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run(str(article), "--published", bad)


def test_extraction_error_becomes_command_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The minister resigned yesterday.", encoding="utf-8")
    with pytest.raises(CommandError, match="No publication date given"):
        run(str(path))


def test_binary_file_is_a_command_error(tmp_path):
    path = tmp_path / "a.bin"
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(CommandError, match="does not look like"):
        run(str(path), "--published", "2023-04-06")


def test_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "nope.txt"), "--published", "2023-04-06")


def test_uncertain_statements_only_when_asked(tmp_path):
    path = tmp_path / "season.txt"
    path.write_text("The bridge will open in spring 2024. Kim met Park on Thursday.\n", encoding="utf-8")
    default = json.loads(run(str(path), "--published", "2023-04-06"))
    everything = json.loads(run(str(path), "--published", "2023-04-06", "--uncertain"))
    assert [e["cue"] for e in default] == ["Thursday"]
    assert [e["cue"] for e in everything] == ["spring 2024", "Thursday"]
    assert everything[0]["confidence"] < 0.5
