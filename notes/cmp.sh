#!/bin/bash
# cmp.sh TREE...: run PROBES_S33_RV26 on main and each tree; print rows that differ from main or are wrong
D=$(mktemp -d); PY=/work/main/.venv/bin/python
for t in main "$@"; do nice -n 5 $PY /work/rv26/bench/rule_probes.py --s33-rv26 /work/$t > $D/$t.txt 2>&1 & done; wait
for t in "$@"; do echo "=== $t: $(tail -1 $D/$t.txt) (main: $(tail -1 $D/main.txt))"
  paste -d'\n' $D/main.txt $D/$t.txt | paste - - | awk -F'\t' '$1!=$2 {print "main: " $1; print "  " "'$t'" ": " $2}' | grep -v "right$" ; done
echo "=== BAD on main"; grep ^BAD $D/main.txt
rm -rf $D
