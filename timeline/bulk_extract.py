"""The engine over many articles, in this process or a helper process.

A bulk run extracts the next batch's events in a helper process while it
writes the current batch (timeline/jobs.py): the engine is pure Python and
CPU-bound, the writes mostly wait on the database, so on two cores the two
overlap. This module imports no Django, so that a spawned helper starts
quickly and never touches the database connection."""
import contextlib
import gc
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from timeline.extraction import ExtractionError, extract_events


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector off for a batch, back on (as it
    was) after. A batch makes some hundred thousand objects that live until
    it ends (the writer's candidates and rows, the engine's statements); the
    collector, counting them as they come, scanned them again and again,
    and every few batches the whole heap (Django, the engine's tables): a
    fifth of the writer's CPU time (bench/import_profile.py), some 5% of the
    engine's. Nearly all of it is freed by reference counting as the batch
    ends; what it leaves in cycles waits for the collector's next pass, so
    memory stays bounded by one batch."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_all(inputs):
    """{key: (text, published)} -> {key: (events, None) or (None, error message)}."""
    results = {}
    with collector_paused():
        for key, (text, published) in inputs.items():
            try:
                results[key] = (extract_events(text, published=published), None)
            except ExtractionError as error:
                results[key] = (None, str(error))
    return results


def _start_helper():
    # Ctrl-C reaches the whole process group: the parent handles it (and
    # reports it cleanly); the helper just goes when the parent shuts it down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A parent killed outright (kill -9, out of memory) cannot shut the
    # helper down: it notices it was orphaned and goes.
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _warm_up():
    """The helper's first job: the engine's modules loaded and its tables built."""
    import datetime

    extract_events("On Monday the minister said talks would resume.", published=datetime.date(2024, 1, 3))


class Extractor:
    """extract_all, with the next batch started ahead in a helper process
    when `ahead` is true (else everything runs inline)."""

    def __init__(self, ahead=False):
        self.pool = None
        if ahead:
            self.pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=_start_helper)
            # Started now, while the caller extracts its first batch itself:
            # the helper's start (a new interpreter, the engine's modules
            # and tables, some 0.75 s) was spent when the second batch was
            # handed over, and the writer waited for it after its first.
            self.pool.submit(_warm_up)
        self.pending = None

    def start(self, key, inputs):
        """Begin extracting `inputs` for the batch named `key`."""
        if self.pool is not None:
            self.pending = (key, self.pool.submit(extract_all, inputs))

    def results(self, key, inputs):
        if self.pending is not None:
            pending_key, future = self.pending
            self.pending = None
            if pending_key == key:
                return future.result()
            future.cancel()
        return extract_all(inputs)

    def close(self):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
