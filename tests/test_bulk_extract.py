"""The helper process that extracts a bulk run's next batch."""
import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.bulk_extract import Extractor, collector_paused, extract_all

ROOT = Path(__file__).resolve().parent.parent
TEXT = "North Korea fired a ballistic missile on Thursday, the South Korean military said."


def test_extracting_ahead_gives_what_extracting_inline_gives():
    inputs = {1: (TEXT, datetime.date(2023, 4, 6)), 2: ("", datetime.date(2023, 4, 6))}
    extractor = Extractor(ahead=True)
    try:
        extractor.start("batch", inputs)
        assert extractor.results("batch", inputs) == extract_all(inputs)
        # A batch other than the one started is extracted here.
        assert extractor.results("other", {3: inputs[1]}) == {3: extract_all(inputs)[1]}
    finally:
        extractor.close()


def gone(pid):
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in state  # exited, waiting to be reaped


def test_helper_goes_when_its_parent_is_killed():
    script = (
        "import time\n"
        "from timeline.bulk_extract import Extractor\n"
        "extractor = Extractor(ahead=True)\n"
        "extractor.start('b', {})\n"
        "extractor.results('b', {})\n"
        "print(*extractor.pool._processes, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    helper = None
    try:
        helper = int(parent.stdout.readline())
        assert not gone(helper)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while not gone(helper) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert gone(helper)
    finally:
        parent.kill()
        if helper and not gone(helper):
            os.kill(helper, signal.SIGKILL)


def test_the_garbage_collector_is_paused_for_a_batch_and_back_as_it_was_after():
    import gc

    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a batch that fails")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left off, as it was
    finally:
        gc.enable()
