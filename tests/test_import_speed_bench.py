"""bench/import_speed.py traces each probe's CPU and wait for a CPU, and
bench/import_trace.py splits them by kind of probe."""
import http.server
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import import_speed  # noqa: E402
import import_trace  # noqa: E402

linux_only = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="schedstat is Linux's")


class Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(import_speed, "TRACE", [])
    monkeypatch.setattr(import_speed, "PROBED", {})
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@linux_only
def test_a_probe_with_threads_to_watch_traces_their_cpu_after_its_time(server):
    import_speed.PROBED.update(web={import_speed.os.getpid()}, db=set())
    timings, errors = {"page /": []}, {"page /": 0}

    import_speed.probe(server, "page /", {}, timings, errors)

    (phase, started, page, ms), (_, at, kind, cpu) = import_speed.TRACE
    assert (page, kind, at) == ("page /", "sched (page /)", started)
    client, client_wait, web, web_wait, db, db_wait = map(float, cpu.split())
    # This process serves the page in a thread of its own: its threads' CPU holds the probing thread's.
    assert client > 0 and web >= client and (db, db_wait) == (0, 0)
    assert min(client_wait, web_wait) >= 0


def test_a_probe_without_threads_to_watch_traces_its_time_alone(server):
    timings, errors = {"page /": []}, {"page /": 0}

    import_speed.probe(server, "page /", {}, timings, errors)

    assert [row[2] for row in import_speed.TRACE] == ["page /"] and errors["page /"] == 0


def test_the_trace_reader_splits_the_cpu_by_hits_slow_hits_and_misses(tmp_path, capsys):
    rows = [
        ("idle", 1.0, "version", 3),
        ("idle", 1.0, "page /", 2.0), ("idle", 1.0, "sched (page /)", "1 0 1 0 0.5 0"),
        ("idle", 1.5, "page /", 2.0), ("idle", 1.5, "sched (page /)", "1 0 1 0 0.5 0"),
        ("during", 2.0, "version", 4),
        ("during", 2.1, "page /", 12.0), ("during", 2.1, "sched (page /)", "1 0 8 1 1 0"),
        ("during", 2.5, "page /", 9.0), ("during", 2.5, "sched (page /)", "1 1 1 4 0.5 1"),
        ("during", 3.0, "page /", 2.0), ("during", 3.0, "sched (page /)", "1 0 1 0 0 0"),
    ]
    trace = tmp_path / "trace.tsv"
    trace.write_text("".join("\t".join(map(str, row)) + "\n" for row in rows), encoding="utf-8")

    import_trace.main(str(trace))

    out = capsys.readouterr().out
    means = out[out.index("means a probe"):].splitlines()[1:]
    rows = {" ".join(line.split()[:5]): line.split() for line in means}
    miss, slow, hit = rows["page / during miss 1"], rows["page / during hit slow"], rows["page / during hit 1"]
    assert (miss[5], miss[-1]) == ("12.00", "1.00")  # 12 ms, 11 of them CPU and its wait
    assert (slow[6], slow[-1]) == ("9.00", "0.50")  # over twice the idle p95 (2 ms)
    assert (hit[5], hit[-1]) == ("2.00", "0.00")
