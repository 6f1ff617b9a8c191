# The role check every route already has (docs/api/roles.md): the floor the other attacks build on.
api "" GET /api/v1/tickets
refused "baseline: the ticket list without a token" status_is 401
api "$TANYA" GET /api/v1/customers/1
refused "baseline: a trainer opens a customer's profile" status_is 403
api "$OLGA" POST /api/v1/intake/messages -d '{}'
refused "baseline: an operator pushes a customer message as an adapter" status_is 403
BODY=$(events "" 1) STATUS=""
refused "baseline: the events socket without a token" socket_refused
