# Items 14 and 15 of issue 16: passwords on the command line, and a retry after the back office
# forgot its Idempotency-Key (docs/security.md, "Retries and idempotency" and "Imports").

# Item 15: the desktop's outbox retries a lost answer however long the operator was offline; the
# back office keeps a key's record 48 hours. A reply and an escalation are posted, more than two
# days pass (the test clock; its hourly purge runs), and the same requests come again.
json_field() { /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)'"$1"')'; }
api "$SOFIA" POST /api/v1/tickets -d '{"queue":"orders","subject":"Charged twice","channel":"email"}'
RETRY_TICKET=$(printf '%s' "$BODY" | json_field '["id"]')
RETRY_REPLY='{"body":"Your refund of 1990 RUB is on its way (item 15)"}'
RETRY_ESCALATION='{"target_line":2,"reason_code":"payment_dispute","note":"Charged twice (item 15)"}'
api "$OLGA" POST "/api/v1/tickets/$RETRY_TICKET/messages" -H 'Idempotency-Key: attack-15-reply' \
  -d "$RETRY_REPLY"
api "$OLGA" POST "/api/v1/tickets/$RETRY_TICKET/escalations" \
  -H 'Idempotency-Key: attack-15-escalation' -d "$RETRY_ESCALATION"
api "$OLGA" POST /api/v1/test/clock -d '{"advance_ms": 176400000}' # 49 hours
api "$OLGA" POST "/api/v1/tickets/$RETRY_TICKET/messages" -H 'Idempotency-Key: attack-15-reply' \
  -d "$RETRY_REPLY"
api "$OLGA" GET "/api/v1/tickets/$RETRY_TICKET/messages"
replies_once() { [ "$(printf '%s' "$BODY" | grep -o 'on its way (item 15)' | wc -l)" -eq 1 ]; }
refused "item 15: a reply retried after its key's 48 hours reaches the customer twice" replies_once
api "$OLGA" POST "/api/v1/tickets/$RETRY_TICKET/escalations" \
  -H 'Idempotency-Key: attack-15-escalation' -d "$RETRY_ESCALATION"
api "$OLGA" GET "/api/v1/tickets/$RETRY_TICKET/escalations"
escalated_once() { [ "$(printf '%s' "$BODY" | json_field '["escalations"].__len__()')" -eq 1 ]; }
refused "item 15: an escalation retried after its key's 48 hours is made twice" escalated_once
api "$OLGA" POST "/api/v1/tickets/$RETRY_TICKET/messages" -H 'Idempotency-Key: attack-15-reply' \
  -d '{"body":"Another text under the old key"}'
refused "item 15: an expired key is reused for another message" status_is 422

# Item 14: another local user reads every process's arguments (ps, /proc/PID/cmdline), so a
# password there is refused before anything is done with it.
# run_refused COMMAND...: runs a command line; it must fail, naming where the password goes.
run_refused()
{
  BODY=$("$@" 2>&1 </dev/null)
  STATUS=$?
  [ "$STATUS" -ne 0 ] && body_has "$SECRET_HINT"
}
SECRET_HINT="--password-file"
refused "item 14: frontline-cli login --password" run_refused \
  "$FRONTLINE_BUILD/bin/frontline-cli" --data "$ATTACK_DIR/cli" --no-keychain login \
  --server "$BASE" --user olga --password demo
refused "item 14: frontline-backoffice user add --password" run_refused \
  "$FRONTLINE_BUILD/bin/frontline-backoffice" --database "$DB" user add --username mallory \
  --role operator --password hunter2
api "" POST /api/v1/auth/login -d '{"username":"mallory","password":"hunter2"}'
refused "item 14: the account given a password in the arguments exists" status_is 401 429
SECRET_HINT="PGPASSWORD"
refused "item 14: a PostgreSQL URL with its password" run_refused \
  "$FRONTLINE_BUILD/bin/frontline-backoffice" --database 'postgresql://frontline:hunter2@127.0.0.1:1/cc'
