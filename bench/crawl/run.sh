#!/usr/bin/env bash
# The crawl benchmark of issue 2: govmon against linkchecker, wget --spider and
# linkinator on a generated county-government portal served by nginx on
# loopback.  Every tool crawls the same site with the same concurrency, each
# under /usr/bin/time -v (peak RSS) and a time limit, with a fresh nginx whose
# access log shows what the tool really fetched.
#
#   bench/crawl/run.sh [compare]  a PAGES-page site (20,000); each tool; Markdown table
#   bench/crawl/run.sh memory     govmon only: a 100,000-page site for peak RSS, and
#                                 30 vs 120 links per page at MEM_PAGES pages (20,000)
#   bench/crawl/run.sh serve      generate the PAGES-page site and serve it until Ctrl-C
#
# Environment (defaults in brackets):
#   GOVMON       govmon binary [build/bench/src/cli/govmon]; GOVMON_COMMIT names its commit
#   PAGES        pages of the comparison site [20000]      LINKS  links per page [60]
#   CONCURRENCY  concurrent requests, the same for every tool [16]
#   REPEAT       runs of govmon and wget (the slow peers run once) [3]
#   TOOLS        tools to run [govmon linkchecker wget linkinator]
#   WORK         scratch directory for sites and runs [a new mktemp -d; kept]
#   PORT         portal port; PORT+1, PORT+2 serve external sites, PORT+9 stays closed [28180]
#   TIMEOUT      seconds allowed to one tool run [1800]
#   SEED         site generator seed [1]
# Needs: scripts/install-deps --bench, and linkinator via
#   npm install --prefix bench/crawl (installs the version pinned in package.json).
# Only loopback addresses are used.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:-compare}
GOVMON=${GOVMON:-$root/build/bench/src/cli/govmon}
PAGES=${PAGES:-20000}
LINKS=${LINKS:-60}
CONCURRENCY=${CONCURRENCY:-16}
REPEAT=${REPEAT:-3}
TOOLS=${TOOLS:-govmon linkchecker wget linkinator}
PORT=${PORT:-28180}
TIMEOUT=${TIMEOUT:-1800}
SEED=${SEED:-1}
MEM_PAGES=${MEM_PAGES:-20000}
HOST=127.0.0.1
EXT1=$((PORT + 1))
EXT2=$((PORT + 2))
DEAD=$((PORT + 9))
LINKINATOR=$here/node_modules/.bin/linkinator

if [[ -z "${WORK:-}" ]]; then
  WORK=$(mktemp -d /tmp/govmon-crawl-bench.XXXXXX)
fi
mkdir -p "$WORK/sites" "$WORK/runs"
# nginx workers and linkchecker (which drops root for nobody) must read it all.
chmod 755 "$WORK" "$WORK/sites" "$WORK/runs"
NGINX_PID=""

die() {
  echo "run.sh: $*" >&2
  exit 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

stop_nginx() {
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID"
    for _ in $(seq 100); do
      kill -0 "$NGINX_PID" 2>/dev/null || break
      sleep 0.1
    done
  fi
  NGINX_PID=""
}
trap stop_nginx EXIT

# gen_site PAGES LINKS -> prints the site directory (generated once per WORK).
gen_site() {
  local dir="$WORK/sites/p$1-l$2-s$SEED-port$PORT"  # links name the ports
  if [[ ! -f "$dir/manifest.json" ]]; then
    echo "generating $1 pages, $2 links per page into $dir" >&2
    python3 "$here/gen_site.py" --out "$dir" --pages "$1" --links "$2" --seed "$SEED" \
      --host "$HOST" --port "$PORT" --ext-ports "$EXT1,$EXT2" --dead-port "$DEAD" >&2
    chmod -R a+rX "$dir"
  fi
  echo "$dir"
}

# start_nginx SITE RUNDIR: a fresh server whose logs go to RUNDIR.
start_nginx() {
  local site=$1 run=$2 nofile
  nofile=$(ulimit -Hn)
  [[ "$nofile" == unlimited ]] && nofile=65536
  for p in "$PORT" "$EXT1" "$EXT2" "$DEAD"; do
    port_in_use "$p" && die "port $p on $HOST is in use; set PORT to a free range"
  done
  mkdir -p "$run/tmp"
  sed -e "s#@RUN@#$run#g; s#@HOST@#$HOST#g; s#@PORT@#$PORT#g; s#@EXT1@#$EXT1#g" \
    -e "s#@EXT2@#$EXT2#g; s#@SITE@#$site/site#g; s#@EXT@#$site/ext#g; s#@NOFILE@#$nofile#g" \
    -e "s#@CONNECTIONS@#$((nofile - 1024))#g" \
    "$here/nginx.conf.in" >"$run/nginx.conf"
  nginx -p "$run" -c "$run/nginx.conf" -e "$run/error.log"
  for _ in $(seq 50); do
    [[ -s "$run/nginx.pid" ]] && port_in_use "$PORT" && break
    sleep 0.1
  done
  NGINX_PID=$(cat "$run/nginx.pid")
  port_in_use "$PORT" || die "nginx did not start; see $run/error.log"
}

# tool_command TOOL RUNDIR: the exact command line, one word per line.
tool_command() {
  local tool=$1 run=$2 url="http://$HOST:$PORT/"
  case $tool in
    govmon)
      # Peers crawl without a depth limit (wget -l inf); deep list pages need it.
      printf '%s\n' "$GOVMON" scan "$url" --format jsonl -q \
        --concurrency "$CONCURRENCY" --per-host "$CONCURRENCY" \
        --max-pages $((PAGES_NOW * 2)) --max-depth 1000
      ;;
    linkchecker)
      cat >"$run/linkcheckerrc" <<EOF
[checking]
threads=$CONCURRENCY
maxrequestspersecond=1000000
recursionlevel=-1
timeout=15
[filtering]
checkextern=1
EOF
      chmod 644 "$run/linkcheckerrc"
      printf '%s\n' linkchecker -f "$run/linkcheckerrc" --no-status --no-warnings -o csv "$url"
      ;;
    wget)
      # wget is sequential: it has no concurrency setting.
      printf '%s\n' wget --spider -r -l inf -nd -nv --no-parent -o "$run/out" "$url"
      ;;
    linkinator)
      printf '%s\n' "$LINKINATOR" "$url" --recurse --concurrency "$CONCURRENCY" \
        --skip "^http://$HOST:($EXT1|$EXT2|$DEAD)/" --timeout 15000 --format csv --verbosity error
      ;;
    *) die "unknown tool $tool" ;;
  esac
}

# run_tool TOOL SITE NAME: one timed run; prints its score line.
run_tool() {
  local tool=$1 site=$2 name=$3 run rc=0
  run="$WORK/runs/$name"
  rm -rf "$run"
  mkdir -p "$run/cwd"
  chmod 777 "$run/cwd"
  start_nginx "$site" "$run"
  local -a cmd
  mapfile -t cmd < <(tool_command "$tool" "$run")
  printf '%q ' "${cmd[@]}" >"$run/cmd"
  echo >>"$run/cmd"
  echo "== $name: $(cat "$run/cmd")" >&2
  cut -d' ' -f1 /proc/loadavg >"$run/load"  # the machine is shared: say how busy it was
  (cd "$run/cwd" && /usr/bin/time -v -o "$run/time.txt" \
    timeout -k 10 "$TIMEOUT" "${cmd[@]}" >>"$run/out" 2>"$run/err") || rc=$?
  echo "$rc" >"$run/rc"
  cut -d' ' -f1 /proc/loadavg >>"$run/load"
  sleep 2.5  # the access log is flushed every 2 s
  stop_nginx
  local -a extra=()
  [[ "$tool" == linkinator ]] && extra=(--skip-external)
  python3 "$here/analyze.py" score --tool "$tool" --run "$run" --site "$site" "${extra[@]}"
}

check_tools() {
  command -v nginx >/dev/null || die "nginx missing: scripts/install-deps --bench"
  [[ -x /usr/bin/time ]] || die "/usr/bin/time missing (Debian package time)"
  for tool in $TOOLS; do
    case $tool in
      govmon) [[ -x "$GOVMON" ]] || die "no govmon at $GOVMON; build it or set GOVMON" ;;
      linkchecker | wget) command -v "$tool" >/dev/null || die "$tool missing: scripts/install-deps --bench" ;;
      linkinator) [[ -x "$LINKINATOR" ]] || die "linkinator missing: npm install --prefix $here" ;;
    esac
  done
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr);" \
    "$(nginx -v 2>&1); $(wget --version | head -1); linkchecker $(linkchecker --version 2>/dev/null |
      head -1 | awk '{print $2}'); linkinator $("$LINKINATOR" --version 2>/dev/null || echo -);" \
    "node $(node --version 2>/dev/null || echo -); govmon ${GOVMON_COMMIT:-$(git -C "$root" rev-parse --short HEAD)}"
}

compare() {
  check_tools
  local site
  site=$(gen_site "$PAGES" "$LINKS")
  PAGES_NOW=$PAGES
  cat "$site/manifest.json" >&2
  local results=()
  for i in $(seq "$REPEAT"); do
    for tool in $TOOLS; do
      if [[ $i -gt 1 && "$tool" != govmon && "$tool" != wget ]]; then continue; fi
      run_tool "$tool" "$site" "$tool-$i"
      results+=("$WORK/runs/$tool-$i/result.json")
    done
  done
  echo
  machine
  echo "site: $(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(
    "%(pages)d pages, %(links_per_page)s links/page, %(distinct_targets)d distinct targets '`
    `'(%(distinct_external_targets)d external), %(broken_distinct)d broken targets in '`
    `'%(broken_occurrences)d (page, link) pairs (%(broken_share)s)" % m)' "$site/manifest.json");" \
    "concurrency $CONCURRENCY; work dir $WORK"
  echo
  python3 "$here/analyze.py" table "${results[@]}"
}

memory() {
  TOOLS=govmon check_tools
  local results=() site
  site=$(gen_site 100000 "$LINKS")
  PAGES_NOW=100000
  run_tool govmon "$site" "govmon-100k"
  results+=("$WORK/runs/govmon-100k/result.json")
  for links in 30 120; do
    site=$(gen_site "$MEM_PAGES" "$links")
    PAGES_NOW=$MEM_PAGES
    run_tool govmon "$site" "govmon-l$links"
    results+=("$WORK/runs/govmon-l$links/result.json")
  done
  echo
  machine
  echo "concurrency $CONCURRENCY; work dir $WORK"
  echo
  python3 "$here/analyze.py" table "${results[@]}"
}

serve() {
  local site
  site=$(gen_site "$PAGES" "$LINKS")
  start_nginx "$site" "$WORK/runs/serve"
  echo "serving http://$HOST:$PORT/ ($PAGES pages; logs in $WORK/runs/serve); Ctrl-C stops" >&2
  while kill -0 "$NGINX_PID" 2>/dev/null; do sleep 1; done
}

case $mode in
  compare) compare ;;
  memory) memory ;;
  serve) serve ;;
  *) die "usage: run.sh [compare|memory|serve]" ;;
esac
