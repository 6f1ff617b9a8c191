#!/usr/bin/python3
"""Drives the real `frontline --demo` like a user (keyboard through xdotool, widgets found by
their accessible names through AT-SPI) and saves a screenshot of each pane. Run it through
scripts/screenshots, which provides the X display, the D-Bus session and a fresh home folder."""

import os
import sqlite3
import subprocess
import sys
import time

import pyatspi

FRONTLINE = sys.argv[1]
OUT = sys.argv[2]
HOME = os.environ["HOME"]
DEMO_DB = os.path.join(HOME, ".local/share/Frontline/frontline/demo/backoffice.sqlite")
MARGIN = 0  # pixels kept around a widget's extents
# tanya's sandbox for the trainer's pages and the trainee's band, filled from the demo's English pack.
SANDBOX, SANDBOX_TITLE, DEMO_PACK = "december", "December cohort", "demo-en"


def log(text):
    print(f"screenshots: {text}", flush=True)


def wait_for(what, condition, timeout=60.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = condition()
        except Exception:  # AT-SPI objects come and go while widgets are rebuilt
            value = None
        if value:
            return value
        time.sleep(0.25)
    raise SystemExit(f"screenshots: timed out waiting for {what}")


def app():
    for candidate in pyatspi.Registry.getDesktop(0):
        if candidate is not None and candidate.name == "frontline":
            return candidate
    return None


def find(role, name, root=None, showing=True):
    """The first accessible object with this role and name, or whose name passes the test `name`
    (depth first)."""
    matches = name if callable(name) else (lambda text: text == name)

    def walk(node, depth=0):
        if node is None or depth > 60:
            return None
        try:
            if node.getRoleName() == role and matches(node.name):
                if not showing or node.getState().contains(pyatspi.STATE_SHOWING):
                    return node
            for i in range(node.childCount):
                found = walk(node.getChildAtIndex(i), depth + 1)
                if found is not None:
                    return found
        except Exception:
            return None
        return None
    return walk(root if root is not None else app())


def main_window():
    application = app()
    for i in range(application.childCount):
        child = application.getChildAtIndex(i)
        if child.getRoleName() == "frame" and "Frontline" in child.name:
            return child
    return None


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x, box.y, box.width, box.height


def shot(file_name, node=None):
    path = os.path.join(OUT, file_name)
    if node is None:
        subprocess.run(["import", "-window", "root", path], check=True)
    else:
        x, y, w, h = extents(node)
        x, y = max(0, x - MARGIN), max(0, y - MARGIN)
        w, h = w + 2 * MARGIN, h + 2 * MARGIN
        subprocess.run(["import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage",
                        path], check=True)
    log(f"saved {path}")


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
    time.sleep(0.3)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
    time.sleep(0.3)


def click(node, dy=None):
    """A left click in the middle of `node` (or `dy` pixels below its top)."""
    x, y, w, h = extents(node)
    subprocess.run(["xdotool", "mousemove", "--sync", str(x + w // 2),
                    str(y + (h // 2 if dy is None else dy)), "click", "1"], check=True)
    time.sleep(0.4)


def focus_window(title_part):
    ids = wait_for(f"a window named '{title_part}'", lambda: subprocess.run(
        ["xdotool", "search", "--name", title_part], capture_output=True, text=True).stdout.split())
    subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)
    time.sleep(0.3)


def start_frontline():
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    log_file = open(os.path.join(HOME, "frontline.log"), "a")
    process = subprocess.Popen([FRONTLINE, "--demo"], env=env, stdout=log_file, stderr=log_file)
    wait_for("the sign-in dialog", lambda: find("dialog", "Sign in"))
    return process


class Empty:
    childCount = 0


def choose_item(combo, part):
    """Chooses, by keyboard, the item whose text holds `part` in the combo box that has the focus."""
    items = combo.getChildAtIndex(0)
    names = [items.getChildAtIndex(i).name for i in range(items.childCount)]
    index = next((i for i, name in enumerate(names) if part in name), None)
    if index is None:
        raise SystemExit(f"screenshots: no '{part}' among {names}")
    key("Home", *["Down"] * index)


def sign_in(user, synced=lambda: find("table", "Tickets").childCount > 40, workspace="Production"):
    dialog = find("dialog", "Sign in")
    focus_window("Sign in to Frontline")
    field = find("text", "User name", dialog)
    if field.queryText().getText(0, -1) != user:
        click(field)
        key("ctrl+a")
        type_text(user)
    key("Return")
    # In a sandbox's cohort (or its trainer), she is asked where to work: Production comes first.
    chooser = wait_for("the workspace chooser or the first sync",
                       lambda: find("combo box", "Production", dialog) or bool(synced()),
                       timeout=120)
    if chooser is not True:
        choose_item(chooser, workspace)
        key("Return")
    # Synced once the queue (or the supervisor's board) has its rows.
    wait_for("the first sync", synced, timeout=120)
    time.sleep(2)


def go_online():
    key("ctrl+shift+a")  # My status
    time.sleep(0.5)
    key("Down", "Return")  # the menu's first entry: Available
    time.sleep(1)


def quit_frontline(process):
    key("ctrl+q")
    deadline = time.time() + 20
    while process.poll() is None and time.time() < deadline:
        # With chats assigned she is asked first: they go back to the queue.
        warning = find("alert", "Your chats go back to the queue")
        if warning is not None:
            click(find("push button", "Quit", warning))
        time.sleep(0.5)
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=10)


def pick_ticket():
    """A ticket of olga's worth showing: a chat if possible, in English, with a conversation and a
    customer whose order has a history. The demo data is the same for every run (seed 1)."""
    db = sqlite3.connect(f"file:{DEMO_DB}?mode=ro", uri=True)
    row = db.execute("""
        SELECT t.number FROM tickets t
        JOIN operators o ON o.id = t.assignee_id
        JOIN customers c ON c.id = t.customer_id
        WHERE o.username = 'olga' AND t.status IN ('new', 'open') AND t.escalation_line IS NULL
          AND EXISTS (SELECT 1 FROM orders r WHERE r.customer_id = c.id
                      AND (SELECT COUNT(*) FROM order_status_history h
                           WHERE h.order_id = r.id) >= 4)
        ORDER BY t.channel = 'chat' DESC, c.locale = 'en' DESC,
                 (SELECT COUNT(*) FROM messages m WHERE m.ticket_id = t.id) DESC, t.id
        LIMIT 1""").fetchone()
    db.close()
    if row is None:
        raise SystemExit("screenshots: the demo has no ticket of olga's to show")
    return str(row[0])


def trainer_signs_in():
    frontline = start_frontline()
    sign_in("tanya", lambda: find("page tab", "Exams"))
    focus_window("Frontline")
    return frontline


def trainer_makes_sandbox():
    """tanya's Sandboxes page: a sandbox from the demo pack, with olga and ivan in its cohort."""
    frontline = trainer_signs_in()
    click(find("page tab", "Sandboxes"))
    wait_for("the Sandboxes page", lambda: find("table", "Sandboxes"))
    key("ctrl+n")
    dialog = wait_for("the new sandbox dialog", lambda: find("dialog", "New sandbox"))
    pack = wait_for("the packs", lambda: find("combo box", lambda name: f"({DEMO_PACK}," in name,
                                                dialog))
    type_text(SANDBOX_TITLE)  # the title has the focus; the name, then the pack follow
    key("Tab")
    type_text(SANDBOX)
    key("Tab")
    choose_item(pack, f"({DEMO_PACK},")
    key("Return")
    wait_for("the sandbox", lambda: not find("dialog", "New sandbox"), timeout=60)
    focus_window("Frontline")  # X gives the focus back to no one when the dialog closes
    for count, trainee in enumerate(["Olga Smirnova", "Ivan Petrov"], start=1):
        key("ctrl+t")  # the operators to add, in a list that finds by typing
        type_text(trainee)
        key("Return")
        wait_for(f"{trainee} chosen", lambda: find("combo box", trainee))
        key("alt+a")  # Add to cohort
        wait_for(f"{trainee} in the cohort",
                 lambda: find("list", "Trainees of the chosen sandbox").childCount == count)
    time.sleep(1)
    quit_frontline(frontline)


def trainer_starts_exam():
    """The Exams page reads the sandboxes when it is made: a new sign-in shows the new one."""
    frontline = trainer_signs_in()
    click(find("page tab", "Exams"))
    wait_for("the sandbox on the Exams page", lambda: find("combo box", SANDBOX_TITLE))
    click(find("push button", "Start exam…"))
    dialog = wait_for("the start exam dialog", lambda: find("dialog", "Start an exam"))
    wait_for("the cohort", lambda: find("list", "Trainees", dialog).childCount == 2)
    time.sleep(0.5)
    click(find("push button", "Start", dialog))  # the whole cohort, the pack's length and pace
    wait_for("the exams", lambda: find("table cell", "Olga Smirnova"), timeout=30)
    time.sleep(1)
    quit_frontline(frontline)


def trainee_begins_exam():
    """olga chooses the sandbox at sign-in and begins her exam under the sandbox's band."""
    frontline = start_frontline()
    sign_in("olga", lambda: find("push button", "Begin"), workspace=f"({SANDBOX})")
    focus_window("Frontline")
    click(find("push button", "Begin"))
    # Her three customers in the queue (nine cells a row, after the header's ten), the first open.
    wait_for("the exam's customers", lambda: find("table", "Tickets").childCount >= 10 + 3 * 9,
             timeout=60)
    wait_for("a conversation", lambda: find("list", "Messages").childCount > 0)
    time.sleep(3)
    shot("sandbox-band.png", main_window())
    quit_frontline(frontline)


def choose_exam_of(trainee):
    """Walks the Exams page's rows by keyboard (a row's own extents are not where it is drawn)
    until the result below names the trainee."""
    table = find("table", "Exams, live")
    click(table, dy=extents(table)[3] - 10)  # below the rows: the table takes the focus
    key("Home")
    def result():
        return find("label", lambda text: text.endswith(": no result yet"))

    for _ in range(table.childCount):
        shown = wait_for("a trainee's result", result).name
        if shown.startswith(trainee):
            return
        key("Down")
        wait_for("the next trainee's result", lambda: result() and result().name != shown)
    raise SystemExit(f"screenshots: no exam of {trainee}'s on the Exams page")


def trainer_follows_exam():
    frontline = trainer_signs_in()
    click(find("page tab", "Exams"))
    wait_for("olga's running exam", lambda: find("table cell", "Running"), timeout=30)
    choose_exam_of("Olga Smirnova")
    time.sleep(2)
    shot("trainer-workspace.png", main_window())
    quit_frontline(frontline)


def trainer_shots():
    """tanya makes a sandbox and starts an exam; olga takes it there; tanya follows it live."""
    trainer_makes_sandbox()
    trainer_starts_exam()
    trainee_begins_exam()
    trainer_follows_exam()


def main():
    os.makedirs(OUT, exist_ok=True)

    # Olga: the login dialog, the queue, a conversation with its customer, the KB, escalating.
    frontline = start_frontline()
    time.sleep(1)
    shot("login-dialog.png", find("dialog", "Sign in"))
    sign_in("olga")
    focus_window("Frontline")
    go_online()

    key("ctrl+1")
    key("ctrl+Home", "Down", "Down")
    time.sleep(1)
    shot("queue.png", find("frame", "Ticket queue"))

    number = pick_ticket()
    log(f"showing ticket #{number}")
    key("ctrl+f")
    type_text(number)
    key("Return", "Return")
    time.sleep(1.5)
    shot("chat-pane.png", find("frame", "Conversation"))
    shot("customer-panel.png", find("frame", "Customer"))

    key("ctrl+4")
    type_text("refund")
    time.sleep(1)
    key("Down", "Return")
    time.sleep(1)
    shot("kb-search.png", find("frame", "Knowledge base"))

    key("ctrl+Return")  # the article's summary into the reply
    time.sleep(1)
    # The queue shows everything again for the overview.
    key("ctrl+f", "ctrl+a", "BackSpace")
    key("ctrl+2")
    time.sleep(1)
    shot("operator-workspace.png", main_window())

    key("ctrl+e")
    dialog = wait_for("the escalation dialog",
                      lambda: find("dialog", f"Escalate ticket #{number}"))
    # Keyboard only, as an operator would: target (line 2), reason, note, priority.
    key("Tab", "Down", "Down", "Down", "Down")  # Refund or compensation approval
    key("Tab")
    type_text("Customer asks for a refund of 12,400 RUB; over my limit, please approve.")
    key("Tab")
    time.sleep(0.5)
    shot("escalation-dialog.png", dialog)
    key("Return")
    wait_for("the escalation to be queued", lambda: not find("dialog", f"Escalate ticket #{number}"),
             timeout=10)
    time.sleep(2)
    quit_frontline(frontline)

    # Pavel, 2nd line: the escalation in his inbox, opened with its conversation.
    frontline = start_frontline()
    sign_in("pavel")
    focus_window("Frontline")
    inbox = wait_for("pavel's escalation inbox",
                     lambda: find("list", "Escalations addressed to my line"))
    click(inbox, dy=8)  # the newest: olga's
    key("Return")
    time.sleep(1.5)
    shot("escalation-inbox.png", find("frame", "Conversation"))
    quit_frontline(frontline)

    # Sofia, supervisor: the live board of operators and queues, the alerts beside it.
    frontline = start_frontline()
    sign_in("sofia", lambda: (find("table", "Operators board") or Empty()).childCount > 40)
    focus_window("Frontline")
    time.sleep(3)
    shot("supervisor-workspace.png", main_window())
    quit_frontline(frontline)

    trainer_shots()


if __name__ == "__main__":
    main()
