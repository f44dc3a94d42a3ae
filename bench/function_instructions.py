"""Instructions a warm pass spends inside chosen functions of the engine (their inclusive cost), counted by
callgrind: where bench/pass_instructions.py gives the whole pass, this says which part of it a function
takes, repeatably under load (cProfile's times swing with the load and inflate the functions that make many
small calls).

    python bench/function_instructions.py recognition:find_mentions pipeline:_resolve_sentence \\
        mention_tense:MentionTenses.__call__ [--each] [--texts DIR --gold GOLD.json]

Each target is module:function (a module of timeline/extraction), module:Class.method, or module:PATTERN, a
compiled regex of the module (its search, match, finditer ... calls counted; finditer's scan included). The function is
wrapped, wherever a module of the engine holds it, by a wrapper that turns callgrind's collection on at its
outermost entry and off at its exit (a client request, through a small C helper built with gcc on first use):
the instructions collected over one warm pass are those run inside it, callees included. Targets given
together are counted as one (a call nested in another is counted once); --each runs them one at a time. The
wrapper's own cost (its toggles, ~3k instructions a call) is measured once and taken off. A run takes a
minute or two (a warm-up pass and the counted one under valgrind).
"""
from __future__ import annotations

import argparse
import ctypes
import importlib
import os
import pkgutil
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_HELPER_C = "#include <valgrind/callgrind.h>\nvoid cg_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }\n"
_EMPTY_CALLS = 2000


def built_helper(stem: str, source: str) -> str:
    """The path of a small shared library of callgrind client requests compiled from `source`, built once per user
    in the temp directory as <stem>_<uid>.so (bench/replay_instructions.py builds its own from here too)."""
    path = os.path.join(tempfile.gettempdir(), f"{stem}_{os.getuid()}.so")
    if not os.path.exists(path):
        src = path[:-3] + ".c"
        with open(src, "w") as fh:
            fh.write(source)
        subprocess.run(["gcc", "-O1", "-shared", "-fPIC", "-o", path, src], check=True)
    return path


def helper() -> str:
    """The path of the toggle helper."""
    return built_helper("cg_toggle", _HELPER_C)


def inner(texts: str, gold: str, targets: list[str]) -> None:
    sys.path.insert(0, ROOT)
    toggle = ctypes.CDLL(helper()).cg_toggle
    # (imported before any target is wrapped: its TEXT_CACHES keep the engine's own cached functions, so that a
    # target among them leaves forget_texts a function with cache_clear, not the wrapper)
    import timeline.extraction as engine
    from bench.extraction_speed import forget_texts, load

    modules = [importlib.import_module(f"timeline.extraction.{m.name}") for m in pkgutil.iter_modules(engine.__path__)]
    state = {"depth": 0, "on": False, "calls": 0}

    def wrap(f):
        def counted(*args, **kwargs):
            outer = state["depth"] == 0 and state["on"]
            if outer:
                state["calls"] += 1
                toggle()
            state["depth"] += 1
            try:
                return f(*args, **kwargs)
            finally:
                state["depth"] -= 1
                if outer:
                    toggle()
        return counted

    for target in targets:
        module_name, name = target.split(":")
        module = importlib.import_module(f"timeline.extraction.{module_name}")
        if "." in name:
            cls_name, method = name.split(".")
            cls = getattr(module, cls_name)
            setattr(cls, method, wrap(getattr(cls, method)))
            continue
        original = getattr(module, name)
        wrapped = _CountedPattern(original, wrap) if isinstance(original, re.Pattern) else wrap(original)
        for m in [*modules, engine]:
            for key, value in list(vars(m).items()):
                if value is original:
                    setattr(m, key, wrapped)
    if not targets:  # the calibration run: the wrapper's cost alone
        empty = wrap(lambda: None)
        state["on"] = True
        for _ in range(_EMPTY_CALLS):
            empty()
        return
    arts = load(texts, gold, None)
    for _, text, published in arts:  # the warm-up: imports, caches, regex compilation
        engine.pipeline.extract_events(text, published=published)
    forget_texts()  # the counted pass reads its articles as new ones (extraction_speed.TEXT_CACHES)
    state["on"] = True
    for _, text, published in arts:
        engine.pipeline.extract_events(text, published=published)
    state["on"] = False
    print(f"CALLS {state['calls']}", file=sys.stderr)


class _CountedPattern:
    """A module's compiled pattern (a target such as tense:_TENSE_LOW) standing in for it: each of its
    searching methods counted as a function is. finditer's matches are found inside the count (a list,
    iterated after): the scan runs as the iteration asks for each match, outside any call."""

    def __init__(self, pattern: re.Pattern, wrap) -> None:
        self._pattern = pattern
        for method in ("search", "match", "fullmatch", "findall", "sub", "subn", "split"):
            setattr(self, method, wrap(getattr(pattern, method)))
        finditer = pattern.finditer
        self.finditer = wrap(lambda *args, **kwargs: iter(list(finditer(*args, **kwargs))))

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)


def counted(texts: str, gold: str, targets: list[str]) -> tuple[int, int]:
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--callgrind-out-file=/dev/null",
           sys.executable, os.path.abspath(__file__), "--inner", "--texts", texts, "--gold", gold, *targets]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    calls = re.search(r"CALLS (\d+)", err)
    return int(re.search(r"Collected : (\d+)", err).group(1)), int(calls.group(1)) if calls else _EMPTY_CALLS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*", help="module:function or module:Class.method")
    ap.add_argument("--texts", default="/work/shared/dev-set/timebank/texts")
    ap.add_argument("--gold", default=None, help="gold.json giving each article's publication date")
    ap.add_argument("--each", action="store_true", help="count each target on its own")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    gold = a.gold or os.path.join(os.path.dirname(os.path.abspath(a.texts)), "gold.json")
    if a.inner:
        inner(a.texts, gold, a.targets)
        return
    helper()
    overhead = counted(a.texts, gold, [])[0] / _EMPTY_CALLS
    for group in ([[t] for t in a.targets] if a.each else [a.targets]):
        total, calls = counted(a.texts, gold, group)
        net = total - calls * overhead
        print(f"{net / 1e6:8.1f}M instructions a pass in {' + '.join(group)} ({calls} outermost calls, "
              f"{net / max(calls, 1):,.0f} a call)")


if __name__ == "__main__":
    main()
