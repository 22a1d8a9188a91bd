#!/usr/bin/env bash
# Wall time and peak memory of one brief over N articles taken from Multi-News (default: the first 100
# documents of the validation set), as recorded in BENCHMARKS.md.
#   bench/brief-scale.sh [DATA.jsonl.gz] [N]
# The documents are written as news-please JSON Lines to a temporary file (never into the project).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data/multinews/val.jsonl.gz}"
n="${2:-100}"
[ -f "$data" ] || { echo "brief-scale: no data at $data" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$data" "$n" > "$tmp/docs.jsonl" <<'PY'
import gzip, json, sys
path, n = sys.argv[1], int(sys.argv[2])
count = 0
with gzip.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        cluster = json.loads(line)
        for i, doc in enumerate(cluster["documents"]):
            text = doc.strip()
            if not text:
                continue
            title = text.split("\n", 1)[0][:120]
            print(json.dumps({"title": title, "maintext": text, "source_domain": f"cluster{cluster.get('id', count)}-{i}",
                              "url": None, "date_publish": None}))
            count += 1
            if count >= n:
                sys.exit(0)
PY
"$root/concord" --version >/dev/null   # build first, so the timing below is the brief alone
/usr/bin/time -f "wall_seconds=%e peak_rss_kb=%M" "$root/concord" brief "$tmp/docs.jsonl" --format json \
    --out "$tmp/brief.json" 2> "$tmp/err.txt" || { cat "$tmp/err.txt" >&2; exit 1; }
grep -v '^concord brief: not used' "$tmp/err.txt" | tail -n 3
python3 - "$tmp/brief.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
print("articles=%d entities=%d quotes=%d claims=%d timeline=%d summary=%d" % (
    b["story"]["articleCount"], len(b["entities"]), len(b["quotes"]), len(b["claims"]), len(b["timeline"]),
    len(b["summary"])))
PY
