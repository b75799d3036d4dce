#!/usr/bin/env bash
# Screenshots of every page in both modes, as an officer's 1280x720 screen shows them (the first screen only).
#   docs/screenshots/take.sh [REPORTS_DIR] [PREFIX]
# Starts `healthdash serve` on a new store filled from REPORTS_DIR (default: the shipped packs), then asks
# headless Chromium for each page, in normal and in presentation mode (?present=1).
set -euo pipefail
cd "$(dirname "$0")/../.."
reports=${1:-data/reports}
prefix=${2:-}
out=docs/screenshots
port=${PORT:-8765}
tmp=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
.venv/bin/healthdash serve --port "$port" --store "$tmp/store.sqlite" --reports "$reports" >"$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
for page in / /districts /life-expectancy /finance /workforce /performance /explorer /sources /glossary /accessibility; do
  name=$(echo "${page#/}" | tr -c 'a-z0-9\n-' '-'); name=${name:-overview}
  for mode in normal present; do
    query=; [ "$mode" = present ] && query="?present=1"
    chromium --headless --no-sandbox --hide-scrollbars --window-size=1280,720 --virtual-time-budget=15000 \
      --screenshot="$out/$prefix$name-$mode.png" "http://127.0.0.1:$port$page$query" >/dev/null 2>&1
  done
done
echo "screenshots in $out/"
