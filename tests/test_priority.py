"""Bulk work gives way to the web server: its process's and its session's nice."""
import os

import pytest

from timeline import priority


@pytest.fixture
def autogroup(tmp_path, monkeypatch):
    path = tmp_path / "autogroup"
    path.write_text("/autogroup-7 nice 0\n")
    monkeypatch.setattr(priority, "AUTOGROUP", str(path))
    return path


@pytest.fixture
def niced(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "nice", calls.append)
    return calls


def test_lowers_the_process_and_its_session(autogroup, niced):
    priority.give_way(10)
    assert niced == [10]
    assert autogroup.read_text() == "10"


def test_the_session_nice_stops_at_19(autogroup, niced):
    priority.give_way(25)
    assert niced == [25]
    assert autogroup.read_text() == "19"


def test_zero_changes_nothing(autogroup, niced):
    priority.give_way(0)
    assert niced == []
    assert autogroup.read_text() == "/autogroup-7 nice 0\n"


def test_without_autogroup_only_the_process(tmp_path, monkeypatch, niced):
    monkeypatch.setattr(priority, "AUTOGROUP", str(tmp_path / "missing" / "autogroup"))
    priority.give_way(10)
    assert niced == [10]


@pytest.mark.django_db
def test_import_articles_gives_way(tmp_path, monkeypatch, autogroup, niced):
    from django.core.management import call_command

    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"title": "Launch", "published": "2023-04-06", "text": "North Korea fired a missile on Monday."}\n'
    )
    call_command("import_articles", str(path), "--nice", "7")
    assert niced == [7]
    assert autogroup.read_text() == "7"


def test_a_session_already_lower_is_not_raised(autogroup, niced):
    # The session's nice is absolute: writing a smaller one would raise the session's priority
    # (a privileged process may), the opposite of giving way.
    autogroup.write_text("/autogroup-7 nice 12\n")
    priority.give_way(7)
    assert niced == [7]
    assert autogroup.read_text() == "/autogroup-7 nice 12\n"
