# Issue 16, item 10: the back office never faces the network alone, the shipped nginx front
# refuses what it must, and the back office's own connection limits hold on loopback too.
# Runs against a private demo back office with short timeouts and small caps, and the shipped
# nginx front before it (docs/security.md, "The nginx front").

# A raw client for what curl will not do: half a request, many idle connections, never reading.
raw()
{
  /usr/bin/python3 - "$BASE" "$@" <<'PY'
import socket, sys, time, urllib.parse
base, what = urllib.parse.urlparse(sys.argv[1]), sys.argv[2]
address = (base.hostname, base.port)
def answer(s, seconds):
    s.settimeout(seconds)
    data = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, ConnectionError):
        pass
    return data.decode(errors="replace").split("\r\n")[0] + " " + data.decode(errors="replace")[-160:]
if what == "slow":
    # Headers a few bytes at a time, forever: refused once the request takes too long.
    s = socket.create_connection(address)
    s.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    s.settimeout(0.2)
    start, data = time.time(), b""
    while time.time() - start < 10:
        try:
            s.send(b"X-a: b\r\n")
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        except socket.timeout:
            continue
        except ConnectionError:
            break
    print(data.decode(errors="replace").split("\r\n")[0], data.decode(errors="replace")[-120:])
elif what == "crowd":
    # Holds N idle connections, then asks on one more.
    held = [socket.create_connection(address) for _ in range(int(sys.argv[3]))]
    s = socket.create_connection(address)
    s.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    print(answer(s, 5))
elif what == "deaf":
    # Pipelines requests and never reads an answer: cut off, or still connected after 10 s.
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(address)
    s.settimeout(10)
    requests = b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n" * 200
    start, verdict = time.time(), "still connected"
    try:
        while time.time() - start < 10:
            s.sendall(requests)
    except ConnectionError as error:
        verdict = "cut off " + type(error).__name__
    except socket.timeout:
        pass
    print(verdict)
PY
}

use_private_backoffice front --http-request-ms 1000 --http-idle-ms 3000 --max-connections 20 \
  --max-event-sockets 1 --max-unsent-bytes 65536

# Serving the network directly: Qt 6.4's server has no TLS and no size, rate or time limits.
BODY=$(timeout 10 "$FRONTLINE_BUILD/bin/frontline-backoffice" --listen 0.0.0.0:0 \
  --database "sqlite:$ATTACK_DIR/front/exposed.sqlite" 2>&1) && STATUS=0 || STATUS=$?
refused_to_start() { status_is 2 && body_has "--behind-proxy"; }
refused "item 10: the back office listens on 0.0.0.0 with no front before it" refused_to_start

# 1.5 GB streamed at the back office itself: refused after about a megabyte, not buffered whole.
FRONT_OLGA=$(login olga)
BODY=$(head -c 1500000000 /dev/zero | curl -s -o - -w '\n%{http_code}' --max-time 20 -X POST -T - -H 'Expect:' \
  -H "Authorization: Bearer $FRONT_OLGA" -H 'Content-Type: application/json' "$BASE/api/v1/tickets" ||
  true)
STATUS=${BODY##*$'\n'} BODY=${BODY%$'\n'*}
too_large() { status_is 413 && body_has payload_too_large; }
refused "item 10: a 1.5 GB upload straight to the back office" too_large

BODY=$(raw slow || true) STATUS=""
refused "item 10: a request trickled in a few bytes at a time (slowloris)" body_has "408"
BODY=$(raw crowd 20 || true) STATUS=""
refused "item 10: idle connections held open past the cap" body_has "too_many_connections"
BODY=$(raw deaf || true) STATUS=""
refused "item 10: a client pipelines requests and never reads the answers" body_has "cut off"

# Event sockets past the cap: the first holds the only place, the next is closed with a reason.
events "$FRONT_OLGA" 6 >"$ATTACK_DIR/front/first-socket" &
first_socket=$!
for _ in $(seq 1 50); do
  grep -q welcome "$ATTACK_DIR/front/first-socket" && break
  sleep 0.1
done
BODY=$(events "$FRONT_OLGA" 1 || true) STATUS=""
refused "item 10: an event socket over the cap" body_has "closed 4503"
kill "$first_socket" 2>/dev/null || true
wait "$first_socket" 2>/dev/null || true

# Through the shipped front: what it refuses never reaches the back office.
if start_front; then
  BODY=$(head -c 2097152 /dev/zero | curl -s -o - -w '\n%{http_code}' --cacert "$FRONT_CA" \
    -X POST --data-binary @- -H 'Content-Type: application/json' "$FRONT/api/v1/tickets" || true)
  STATUS=${BODY##*$'\n'} BODY=${BODY%$'\n'*}
  never_reached_the_back_office()
  {
    too_large && ! curl -s "$BASE/metrics" | grep -q 'route="/api/v1/tickets",method="POST"'
  }
  refused "item 10: a 2 MiB body through the front" never_reached_the_back_office

  BODY=$(seq 1 60 | xargs -P 60 -I{} curl -s -o /dev/null -w '%{http_code}\n' --cacert "$FRONT_CA" \
    -X POST -H 'Content-Type: application/json' -d '{"username":"olga","password":"demo"}' \
    "$FRONT/api/v1/auth/login" | sort | uniq -c | tr '\n' ' ' || true) STATUS=""
  refused "item 10: a burst of 60 sign-ins through the front" body_has " 429"
else
  export STATUS="" BODY="the nginx front did not start"
  refused "item 10: a 2 MiB body through the front" false
  refused "item 10: a burst of 60 sign-ins through the front" false
fi

use_shared_backoffice
