"""Instructions each of many engine functions takes over one pass, in one callgrind run: the pass's calls of
each function are recorded (outermost calls only), then replayed one function at a time with callgrind's
collection on, each replay dumped on its own (a client request), with the whole pass first.

    python bench/replay_instructions.py events:describe recognition:find_mentions@pipeline sentences:_split_block \\
        [--texts DIR --gold GOLD.json] [--tree PATH]

Each target is module:function of timeline/extraction (module:Class.method is not handled); "@module" records
only the calls made from that module's namespace (recognition:find_mentions@pipeline leaves out dateline_day's).
Where bench/function_instructions.py counts a function inside the pass, one valgrind run a target (~2 minutes
each), this replays the recorded calls after the pass: a dozen targets take ~2 minutes together. The caches of
extraction_speed.TEXT_CACHES are emptied before each replay (the pass's own state otherwise: the trigger and
pattern caches warm, as in the pass). A function's arguments are the ones the pass gave it; one that fills the
lists and dicts it is given (page_furniture:dateline_day) gets fresh empty ones. The figures include the replay
loop's own few hundred instructions a call; the whole pass's figure moves by ~1-2M from run to run (what the
recording did to the caches): bench/pass_instructions.py gives the pass's figure. A garbage collection is run
before each replay, so that none falls inside one with every recorded argument alive (it once put ~25M on
group_statements' replay in a run of twenty targets).
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import glob
import importlib
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_HELPER_C = ("#include <valgrind/callgrind.h>\nvoid cg_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }\n"
             "void cg_dump(const char *s) { CALLGRIND_DUMP_STATS_AT(s); }\n")
# Functions that fill what they are given: how many of their last arguments are fresh empty ones on replay.
_FILLED = {"page_furniture:dateline_day": lambda: ({}, {}, [])}


def helper() -> str:
    """The path of the toggle-and-dump helper (function_instructions.built_helper)."""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    from bench.function_instructions import built_helper

    return built_helper("cg_dump", _HELPER_C)


def inner(tree: str, texts: str, gold: str, targets: list[str]) -> None:
    sys.path.insert(0, tree)
    lib = ctypes.CDLL(helper())
    import timeline.extraction as engine
    from bench.extraction_speed import forget_texts, load

    modules = [importlib.import_module(f"timeline.extraction.{m.name}") for m in pkgutil.iter_modules(engine.__path__)]
    arts = load(texts, gold, None)
    for _, text, published in arts:  # the warm-up: imports, caches, regex compilation
        engine.pipeline.extract_events(text, published=published)
    recorded: dict[str, tuple] = {}
    for target in targets:
        module_name, name = target.split(":")
        name, _, where = name.partition("@")
        f = getattr(importlib.import_module(f"timeline.extraction.{module_name}"), name)
        calls: list = []
        fresh = len(_FILLED[target]()) if target in _FILLED else 0

        def recording(*args, _f=f, _calls=calls, _depth=[0], _fresh=fresh, **kwargs):  # noqa: B006 - per target
            if _depth[0] == 0:
                _calls.append((args[:len(args) - _fresh], kwargs))
            _depth[0] += 1
            try:
                return _f(*args, **kwargs)
            finally:
                _depth[0] -= 1
        recorded[target] = (f, recording, calls)
        for m in [*modules, engine]:
            if where and m.__name__.rsplit(".", 1)[-1] != where:
                continue
            for key, value in list(vars(m).items()):
                if value is f:
                    setattr(m, key, recording)
    forget_texts()
    for _, text, published in arts:  # the recorded pass
        engine.pipeline.extract_events(text, published=published)
    for f, recording, _ in recorded.values():
        for m in [*modules, engine]:
            for key, value in list(vars(m).items()):
                if value is recording:
                    setattr(m, key, f)
    forget_texts()
    gc.collect()
    lib.cg_toggle()
    for _, text, published in arts:
        engine.pipeline.extract_events(text, published=published)
    lib.cg_toggle()
    lib.cg_dump(b"the whole pass")
    for target, (f, _, calls) in recorded.items():
        filled = _FILLED.get(target)
        forget_texts()
        gc.collect()  # (a full collection falling inside a replay walks every recorded argument: ~25M)
        lib.cg_toggle()
        for args, kwargs in calls:
            f(*args, *filled(), **kwargs) if filled else f(*args, **kwargs)
        lib.cg_toggle()
        lib.cg_dump(f"{target} ({len(calls)} calls)".encode())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="+", help="module:function[@module]")
    ap.add_argument("--texts", default="/work/shared/dev-set/timebank/texts")
    ap.add_argument("--gold", default=None, help="gold.json giving each article's publication date")
    ap.add_argument("--tree", default=ROOT, help="the work tree whose engine is replayed")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    gold = a.gold or os.path.join(os.path.dirname(os.path.abspath(a.texts)), "gold.json")
    if a.inner:
        inner(a.tree, a.texts, gold, a.targets)
        return
    helper()
    out = tempfile.mkdtemp(prefix="replay_instructions_")
    try:
        cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}/cg.out",
               sys.executable, os.path.abspath(__file__), "--inner", "--tree", os.path.abspath(a.tree),
               "--texts", a.texts, "--gold", gold, *a.targets]
        subprocess.run(cmd, capture_output=True, text=True, check=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        rows = []
        for path in glob.glob(f"{out}/cg.out*"):
            with open(path) as fh:
                dump = fh.read()
            part = re.search(r"^part: (\d+)", dump, re.M)
            trigger = re.search(r"^desc: Trigger: Client Request: (.*)$", dump, re.M)
            total = re.search(r"^(?:summary|totals): (\d+)", dump, re.M)
            if trigger and total:
                rows.append((int(part[1]) if part else 0, trigger[1], int(total[1])))
        for _, name, total in sorted(rows):
            print(f"{total / 1e6:9.2f}M  {name}")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
