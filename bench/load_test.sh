#!/usr/bin/env bash
# Load test, bounded and on loopback only: bin/serve on a PostgreSQL
# database of synthetic events, locust headless against it, then the
# statistics per page and the load average before and after.
#
#   bench/load_test.sh                # 50 users, 2 minutes, port 8142, database timeline_load
#   USERS=50 DURATION=2m PORT=8142 LOAD_DB=postgres://postgres@127.0.0.1:5432/timeline_load bench/load_test.sh
#   TAGS=partial bench/load_test.sh   # only the timeline partials (bench/locustfile.py's tags)
#   EXCLUDE_TAGS=export bench/load_test.sh   # the mix without the exports
#   TAGS=filtered PAGE_ON=0 DURATION=1m bench/load_test.sh   # only the filtered partial, varied filters
#   TAGS=filtered PAGE_ON=0 FILTER='category=missile-launch&date_from=2019' bench/load_test.sh   # one URL repeated
#   DJANGO_CACHE_URL=redis://127.0.0.1:6379/4 bench/load_test.sh   # bin/serve with another shared cache
#
# The database is filled once (manage.py generate_synthetic $EVENTS) when it
# holds no events; create it first (createdb). Results go to bench/data/load/.
set -euo pipefail
cd "$(dirname "$0")/.."
bin/install dev
USERS=${USERS:-50}
DURATION=${DURATION:-2m}
PORT=${PORT:-8142}
EVENTS=${EVENTS:-100000}
export DATABASE_URL=${LOAD_DB:-postgres://postgres@127.0.0.1:5432/timeline_load}
out=bench/data/load
mkdir -p "$out"

.venv/bin/python manage.py migrate --noinput >/dev/null
if [ "$(.venv/bin/python manage.py shell -c 'from timeline.models import Event; print(Event.objects.exists())' | tail -1)" != True ]; then
  .venv/bin/python manage.py generate_synthetic "$EVENTS"
  # Fresh statistics: without them PostgreSQL's plans for the row
  # prefetches are ~15x slower until autovacuum gets to the new tables.
  .venv/bin/python manage.py shell -c 'from django.db import connection; connection.cursor().execute("ANALYZE")'
fi

GUNICORN_ACCESS_LOG=0 PORT=$PORT bin/serve > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
  sleep 1
done
# Warm the workers (connections, template caches) before measuring.
for _ in $(seq 1 20); do curl -fs -o /dev/null -H 'HX-Request: true' "http://127.0.0.1:$PORT/"; done

echo "load average before: $(cat /proc/loadavg)"
.venv/bin/locust -f bench/locustfile.py --headless -u "$USERS" -r 10 -t "$DURATION" ${TAGS:+--tags "$TAGS"} \
  ${EXCLUDE_TAGS:+--exclude-tags "$EXCLUDE_TAGS"} \
  --host "http://127.0.0.1:$PORT" --csv "$out/locust" --only-summary --stop-timeout 10 2>&1 | tail -40
echo "load average after:  $(cat /proc/loadavg)"
.venv/bin/python bench/load_report.py "$out/locust_stats.csv"
