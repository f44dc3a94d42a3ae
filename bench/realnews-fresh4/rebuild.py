"""Rebuild the fourth fresh real-news test texts (realnews-fresh4) from saved search results, check each SHA-256.

This set is built exactly like bench/realnews/ and reuses its rebuild.py (imported,
not copied): the same excerpt-to-text rule (text_of), the same hash, the same
"--save" step. The only difference is that this set has no dev/held-out split:
every article is held out from engine work, so there is no "split" field to check.

usage:
    python bench/realnews-fresh4/rebuild.py             # write texts/<id>.txt, verify hashes
    python bench/realnews-fresh4/rebuild.py --save ID   # read the search tool's JSON answer on
                                                       # stdin, keep the result whose URL is
                                                       # gold's URL for ID, write cache/ID.json
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("realnews_rebuild", HERE.parent / "realnews" / "rebuild.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
# Everything in it (gold, cache/, texts/) hangs off base.HERE: point it here.
# Its rebuild() checks no dev/held-out split when gold has none.
base.HERE = HERE


if __name__ == "__main__":
    sys.exit(base.main())
