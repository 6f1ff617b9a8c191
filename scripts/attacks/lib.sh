# Shared by scripts/replay-attacks and every scripts/attacks/NN-*.sh: a demo back office on
# loopback, tokens for the demo users, curl helpers and the tally of refused attacks.
# Each attack file calls `refused "item N: what was tried" COMMAND...`: COMMAND must succeed
# when the back office refused the attack (use `status_is`, `body_has`, `body_lacks` below).

BACKOFFICE_PID=""
REFUSED=0
NOT_REFUSED=0
FAILED_NAMES=()

attack_cleanup()
{
  [ -n "$BACKOFFICE_PID" ] && kill "$BACKOFFICE_PID" 2>/dev/null && wait "$BACKOFFICE_PID" 2>/dev/null
  for hook in "${CLEANUP_HOOKS[@]:-}"; do [ -n "$hook" ] && eval "$hook"; done
  rm -rf "$ATTACK_DIR"
}
CLEANUP_HOOKS=()

# Starts `frontline-backoffice --demo` on a free loopback port; sets BASE, DB and the tokens
# OLGA (1st line), PAVEL (2nd line), SOFIA (supervisor), TANYA (trainer), INTEGRATION.
start_backoffice()
{
  DB="sqlite:$ATTACK_DIR/backoffice.sqlite"
  "$FRONTLINE_BUILD/bin/frontline-backoffice" --demo --listen 127.0.0.1:0 --database "$DB" \
    --test-clock "${BACKOFFICE_EXTRA_ARGS[@]}" >"$ATTACK_DIR/backoffice.out" 2>"$ATTACK_DIR/backoffice.log" &
  BACKOFFICE_PID=$!
  for _ in $(seq 1 300); do
    BASE=$(sed -n 's/^frontline-backoffice listening on \(http:[^ ]*\).*/\1/p' "$ATTACK_DIR/backoffice.out")
    [ -n "$BASE" ] && break
    kill -0 "$BACKOFFICE_PID" 2>/dev/null || { cat "$ATTACK_DIR/backoffice.log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$BASE" ] || { echo "replay-attacks: the back office did not start" >&2; exit 1; }
  OLGA=$(login olga) PAVEL=$(login pavel) SOFIA=$(login sofia) TANYA=$(login tanya)
  INTEGRATION=$("$FRONTLINE_BUILD/bin/frontline-backoffice" --database "$DB" token create \
    --name attacks --role integration 2>/dev/null | tail -n 1)
  export BASE DB OLGA PAVEL SOFIA TANYA INTEGRATION
  echo "replay-attacks: demo back office at $BASE"
}
BACKOFFICE_EXTRA_ARGS=()

login()
{
  curl -s -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" |
    /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# api TOKEN METHOD PATH [curl args...]: sets STATUS and BODY.
api()
{
  local token=$1 method=$2 path=$3
  shift 3
  BODY=$(curl -s -o - -w '\n%{http_code}' -X "$method" "$BASE$path" \
    ${token:+-H "Authorization: Bearer $token"} -H 'Content-Type: application/json' "$@")
  STATUS=${BODY##*$'\n'}
  BODY=${BODY%$'\n'*}
}

status_is() { [[ " $* " == *" $STATUS "* ]]; }
body_has() { [[ "$BODY" == *"$1"* ]]; }
body_lacks() { [[ "$BODY" != *"$1"* ]]; }

# refused "item N: what was tried" COMMAND [ARGS...]
refused()
{
  local name=$1
  shift
  if "$@"; then
    REFUSED=$((REFUSED + 1))
    printf 'refused      %s\n' "$name"
  else
    NOT_REFUSED=$((NOT_REFUSED + 1))
    FAILED_NAMES+=("$name")
    printf 'NOT REFUSED  %s (status %s: %.200s)\n' "$name" "${STATUS:-}" "${BODY:-}"
  fi
}

report()
{
  echo "replay-attacks: $REFUSED refused, $NOT_REFUSED not refused"
  [ "$NOT_REFUSED" -eq 0 ]
}

# events TOKEN [SECONDS]: what the events socket sends that user (one frame a line; `refused N`
# when the upgrade is refused, `closed CODE` when the server closes it).
events()
{
  /usr/bin/python3 "$FRONTLINE_ROOT/scripts/attacks/events.py" "$BASE" "$1" --seconds "${2:-2}"
}
# The events socket refuses by answering 401/403 to the upgrade or closing it with 1008.
socket_refused() { body_has "refused 40" || body_has "closed 1008"; }

# ---- Added for issue 16, items 5-7 (sign-in) ----------------------------------------------------
# An attack that would lock the shared back office's loopback address, or needs other options,
# runs against a private one. use_private_backoffice NAME [ARGS...]: starts another demo back office
# (its data in $ATTACK_DIR/NAME) and points BASE and DB at it; use_shared_backoffice points them
# back. The private one is stopped when the replay ends. PRIVATE_STARTED says whether it started.
# shellcheck disable=SC2034 # PRIVATE_STARTED is read by the attack files
use_private_backoffice()
{
  local name=$1 dir=$ATTACK_DIR/$1 pid
  shift
  mkdir -p "$dir"
  SHARED_BASE=${SHARED_BASE:-$BASE} SHARED_DB=${SHARED_DB:-$DB}
  "$FRONTLINE_BUILD/bin/frontline-backoffice" --demo --listen 127.0.0.1:0 \
    --database "sqlite:$dir/backoffice.sqlite" --test-clock "$@" >"$dir/out" 2>"$dir/log" &
  pid=$!
  # `|| true`: the cleanup runs under set -e, and this one may have exited already.
  CLEANUP_HOOKS+=("kill $pid 2>/dev/null || true")
  BASE="" DB="sqlite:$dir/backoffice.sqlite" PRIVATE_STARTED=0
  for _ in $(seq 1 300); do
    BASE=$(sed -n 's/^frontline-backoffice listening on \(http:[^ ]*\).*/\1/p' "$dir/out")
    [ -n "$BASE" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$BASE" ]; then
    PRIVATE_STARTED=1
  else
    echo "replay-attacks: the $name back office did not start: $(tail -n 1 "$dir/log")" >&2
  fi
}
use_shared_backoffice() { BASE=$SHARED_BASE DB=$SHARED_DB; }

# sign_in USER PASSWORD [FORWARDED_FOR]: POST /auth/login (through a front when FORWARDED_FOR is
# given); sets STATUS and BODY.
sign_in()
{
  api "" POST /api/v1/auth/login -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
    ${3:+-H "X-Forwarded-For: $3"}
}

# metric NAME: the value of one /metrics sample (empty when absent).
metric() { curl -s "$BASE/metrics" | sed -n "s/^$1 //p"; }

# ---- Added for issue 16, item 10 (the nginx front and the connection limits) --------------------
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_front: the shipped deploy/nginx/frontline.conf in a throwaway nginx before the back office
# at $BASE (tests/support/nginx-front changes only addresses and certificate paths). Sets FRONT
# (https://127.0.0.1:PORT) and FRONT_CA (its certificate, for curl --cacert). Stopped at the end.
start_front()
{
  local dir=$ATTACK_DIR/front port http_port
  port=$(free_port) http_port=$(free_port)
  "$FRONTLINE_ROOT/tests/support/nginx-front" "$dir" "${BASE#http://}" "$port" "$http_port" || return 1
  "${FRONTLINE_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}" -p "$dir" -c "$dir/nginx.conf" \
    -g 'daemon off;' 2>"$dir/nginx.err" &
  local pid=$!
  CLEANUP_HOOKS+=("kill $pid 2>/dev/null || true")
  FRONT=https://127.0.0.1:$port FRONT_CA=$dir/cert.pem
  for _ in $(seq 1 100); do
    curl -s --cacert "$FRONT_CA" -o /dev/null "$FRONT/healthz" && return 0
    sleep 0.1
  done
  echo "replay-attacks: nginx did not start: $(tail -n 3 "$dir/nginx.err")" >&2
  return 1
}
