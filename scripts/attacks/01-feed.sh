# Issue 16, item 1 and the feed half of item 8: what the change feed and the events socket carry
# to whom (docs/api/roles.md, "What the change feed carries to whom"), and what a page costs.

feed_lacks_entities()
{
  local entity
  for entity in "$@"; do body_lacks "\"entity\":\"$entity\"" || return 1; done
}

api "$TANYA" GET "/api/v1/changes?limit=5000"
refused "item 1: a trainer reads customers' contact data, tickets, conversations, scores or SLA breaches through /changes" \
  feed_lacks_entities customer order ticket message escalation csat sla_breach
api "$OLGA" GET "/api/v1/changes?limit=5000"
refused "item 1: an operator reads SLA breaches (the supervisors' figures) through /changes" \
  feed_lacks_entities sla_breach

# The trainer listens while a new customer writes in: not even a poke may tell her.
events "$TANYA" 4 >"$ATTACK_DIR/feed-tanya-events" &
feed_listener=$!
for _ in $(seq 1 50); do grep -q '^open' "$ATTACK_DIR/feed-tanya-events" 2>/dev/null && break; sleep 0.1; done
api "$INTEGRATION" POST /api/v1/intake/messages -d '{"channel":"email",
  "external_message_id":"attack-feed-1","text":"Where is my order?",
  "customer":{"external_id":"attack-feed-customer","name":"Ivan Petrov",
  "email":"ivan.petrov@example.com","phone":"+7 900 000 00 00"}}'
wait "$feed_listener"
BODY=$(cat "$ATTACK_DIR/feed-tanya-events") STATUS=""
refused "item 1: a trainer's events socket is poked when a new customer writes in" \
  body_lacks '"changed"'

# A huge resolution code, then ten messages: the feed must not copy it with each of them.
# The feed's head as a supervisor reads it: page on until `more` is false.
feed_head()
{
  local since=0 more=true
  while [ "$more" = true ]; do
    api "$SOFIA" GET "/api/v1/changes?limit=5000&since=$since"
    read -r since more < <(/usr/bin/python3 -c 'import json,sys; page = json.load(sys.stdin);
print(page["next"], "true" if page["more"] else "false")' <<<"$BODY")
  done
  echo "$since"
}
api "$OLGA" POST /api/v1/tickets -d '{"queue":"orders","subject":"Feed flood","channel":"email"}'
flood_ticket=$(/usr/bin/python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$BODY")
flood_since=$(feed_head)
/usr/bin/python3 -c 'import json; print(json.dumps({"resolution_code": "x" * 200000}))' \
  >"$ATTACK_DIR/feed-resolution.json"
api "$OLGA" PATCH "/api/v1/tickets/$flood_ticket" -H 'If-Match: "1"' -d @"$ATTACK_DIR/feed-resolution.json"
for i in $(seq 1 10); do
  api "$OLGA" POST "/api/v1/tickets/$flood_ticket/messages" -H "Idempotency-Key: feed-flood-$i" \
    -d '{"body":"One more thing"}'
done
api "$SOFIA" GET "/api/v1/changes?limit=5000&since=$flood_since"
copies_at_most_once() { [ "$(grep -o 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' <<<"$BODY" | wc -l)" -le 4000 ]; }
refused "item 8: a huge resolution code is copied into the feed with every later message" \
  copies_at_most_once

# Eight large KB articles: one page of the feed must not carry them all (1 MiB a page).
for i in $(seq 1 8); do
  /usr/bin/python3 -c 'import json,sys; print(json.dumps({"locale": "en", "title": "Flood %s" % sys.argv[1], "body": "y" * 190000}))' "$i" \
    >"$ATTACK_DIR/feed-article.json"
  api "$TANYA" POST /api/v1/kb/articles -d @"$ATTACK_DIR/feed-article.json"
done
api "$SOFIA" GET "/api/v1/changes?limit=5000&since=$flood_since"
page_within_cap() { [ "${#BODY}" -le $((1024 * 1024 + 200)) ]; }
refused "item 8: one page of the feed carries megabytes (no byte cap)" page_within_cap
