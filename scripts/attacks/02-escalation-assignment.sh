# Issue 16, items 2-4 (docs/security.md, "Escalations and assignment"): an operator faking her
# escalation figures, taking colleagues' tickets and chats over her limit, and one channel
# adapter's message ids swallowing another adapter's customers.

# ticket_in_body PYTHON-CONDITION: "id version" of the first ticket in $BODY (a ticket list) for
# which the condition on `t` holds; empty when none does.
ticket_in_body()
{
  /usr/bin/python3 -c '
import json, sys
for t in json.loads(sys.stdin.read()).get("tickets", []):
    if '"$1"':
        print(t["id"], t["version"])
        break' <<<"$BODY"
}
json_field() { /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1]) or "")' "$1" <<<"$BODY"; }

api "$OLGA" GET /api/v1/me
olga_id=$(json_field id)
olga_max_chats=$(json_field max_chats)
api "$OLGA" GET '/api/v1/tickets?status=new,open,pending&limit=200'
olga_tickets=$BODY
not_escalated='t["escalation_line"] is None and not t["escalation_team"]'

# Item 2: escalating to her own team (or her own line), where she could handle it herself.
BODY=$olga_tickets
read -r own_team_ticket _ < <(ticket_in_body "$not_escalated and t[\"id\"]")
BODY=$olga_tickets
read -r own_line_ticket _ < <(ticket_in_body "$not_escalated and t[\"id\"] != \"$own_team_ticket\"")
BODY=$olga_tickets
read -r moved_ticket _ < <(ticket_in_body \
  "$not_escalated and t[\"id\"] not in (\"$own_team_ticket\", \"$own_line_ticket\")")
api "$OLGA" POST "/api/v1/tickets/$own_team_ticket/escalations" \
  -d '{"target_team":"first-line","reason_code":"vip_customer"}'
refused "item 2: a 1st-line operator escalates to her own team" status_is 403
api "$OLGA" POST "/api/v1/tickets/$own_line_ticket/escalations" \
  -d '{"target_line":1,"reason_code":"vip_customer"}'
refused "item 2: a 1st-line operator escalates to her own line" status_is 403

# Item 2: she escalates across to the 2nd line's team, an administrator later moves her into that
# team (there is no route for it), and she accepts her own escalation.
api "$OLGA" POST "/api/v1/tickets/$moved_ticket/escalations" \
  -d '{"target_team":"second-line","reason_code":"vip_customer"}'
moved_escalation=$(json_field id)
set_olga_team()
{
  /usr/bin/python3 -c 'import sqlite3,sys
db = sqlite3.connect(sys.argv[1], timeout=30)
db.execute("UPDATE operators SET team = ? WHERE username = ?", (sys.argv[2], "olga"))
db.commit()' "${DB#sqlite:}" "$1"
}
set_olga_team second-line
OLGA_MOVED=$(login olga) # a new sign-in: the back office reads her new team
api "$OLGA_MOVED" PATCH "/api/v1/escalations/${moved_escalation:-none}" -d '{"status":"accepted"}'
refused "item 2: an operator accepts her own escalation once she is in the team addressed" \
  status_is 403
set_olga_team first-line
api "$OLGA_MOVED" POST /api/v1/auth/logout

# Item 3: taking a colleague's ticket with PATCH, where claim answers 409.
api "$OLGA" GET '/api/v1/tickets?status=new,open,pending&limit=200'
read -r colleagues_ticket colleagues_version < <(ticket_in_body \
  "t[\"assignee_id\"] not in (None, \"$olga_id\")")
api "$OLGA" PATCH "/api/v1/tickets/$colleagues_ticket" -H "If-Match: \"$colleagues_version\"" \
  -d "{\"assignee_id\":\"$olga_id\"}"
refused "item 3: an operator takes a colleague's ticket with PATCH assignee_id" status_is 409 403

# Item 3: a chat over her limit, by her own PATCH and by a supervisor's. Her limit is set to the
# chats she has now, so the next one is over it whatever the demo gave her.
api "$OLGA" GET "/api/v1/tickets?assignee=me&channel=chat&status=new,open,pending&limit=200"
olga_chats=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["tickets"]))' <<<"$BODY")
api "$SOFIA" PATCH "/api/v1/operators/$olga_id" -d "{\"max_chats\":$olga_chats}"
api "$OLGA" GET '/api/v1/tickets?assignee=none&channel=chat&status=new,open,pending&limit=200'
waiting_chats=$BODY
read -r over_own over_own_version < <(ticket_in_body 'True')
api "$OLGA" PATCH "/api/v1/tickets/$over_own" -H "If-Match: \"$over_own_version\"" \
  -d "{\"assignee_id\":\"$olga_id\"}"
over_her_limit() { status_is 409 && body_has "your limit"; }
refused "item 3: an operator takes a chat over her max_chats with PATCH assignee_id" over_her_limit
BODY=$waiting_chats
read -r over_staff over_staff_version < <(ticket_in_body "t[\"id\"] != \"$over_own\"")
api "$SOFIA" PATCH "/api/v1/tickets/$over_staff" -H "If-Match: \"$over_staff_version\"" \
  -d "{\"assignee_id\":\"$olga_id\"}"
refused "item 3: a supervisor assigns a chat over the operator's max_chats" status_is 409
api "$SOFIA" PATCH "/api/v1/operators/$olga_id" -d "{\"max_chats\":${olga_max_chats:-3}}"

# Item 4: a second adapter's message reusing the first adapter's message id.
SECOND_ADAPTER=$("$FRONTLINE_BUILD/bin/frontline-backoffice" --database "$DB" token create \
  --name attacks-web-form --role integration 2>/dev/null | tail -n 1)
intake_body()
{
  printf '{"channel":"chat","external_message_id":"attack-msg-1","queue":"orders",
    "customer":{"external_id":"%s","name":"%s"},"text":"%s"}' "$1" "$2" "$3"
}
api "$INTEGRATION" POST /api/v1/intake/messages -d "$(intake_body attack-c1 'Анна' 'Где заказ?')"
first_ticket=$(json_field ticket_id)
first_answer=$BODY
api "$SECOND_ADAPTER" POST /api/v1/intake/messages \
  -d "$(intake_body attack-c2 'Пётр' 'Верните деньги')"
a_ticket_of_its_own() { status_is 201 && [ "$(json_field ticket_id)" != "$first_ticket" ]; }
refused "item 4: another adapter's message with a used id is dropped as a replay" a_ticket_of_its_own
api "$INTEGRATION" POST /api/v1/intake/messages -d "$(intake_body attack-c1 'Анна' 'Где заказ?')"
the_first_answer() { status_is 200 && [ "$BODY" == "$first_answer" ]; }
refused "item 4: the same adapter's redelivery adds the message twice" the_first_answer
