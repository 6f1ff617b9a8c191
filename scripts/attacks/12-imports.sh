# Item 12: imports take plain files inside the folder handed to them, never a link.
mkdir -p "$ATTACK_DIR/kb/delivery"
printf '# Courier delivery\n\nTwo days.\n' >"$ATTACK_DIR/kb/delivery/courier.md"
ln -s /etc/passwd "$ATTACK_DIR/kb/passwd.md"
BODY=$("$FRONTLINE_BUILD/bin/frontline-backoffice" --database "$DB" kb import "$ATTACK_DIR/kb" \
  --locale en 2>&1) && STATUS=0 || STATUS=$?
refused "item 12: kb import of a folder holding a link to /etc/passwd" body_has "symbolic link"
api "$OLGA" GET "/api/v1/kb/articles?q=root"
refused "item 12: an operator searches the knowledge base for the linked file" body_lacks "root:x"

ln -s "$FRONTLINE_ROOT/resources/demo/macros.json" "$ATTACK_DIR/macros.json"
BODY=$("$FRONTLINE_BUILD/bin/frontline-backoffice" --database "$DB" macros import \
  "$ATTACK_DIR/macros.json" 2>&1) && STATUS=0 || STATUS=$?
refused "item 12: macros import of a link" body_has "symbolic link"
