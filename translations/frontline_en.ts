<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackOfficeClient</name>
    <message>
        <source>Cannot read the CA certificate file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the back office: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer Frontline (schema %2; this one knows %3). Update Frontline or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorCommands</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a support line or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered; the session is kept in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered, so the session is not kept: it ends with this program. Sign in with --remember-in-file to keep it in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in; run login first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session was not kept; sign in again (--remember-in-file keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline-cli</name>
    <message>
        <source>Frontline on the command line: sign in, sync the local cache, send messages.

Commands:
  login --server URL --user U --password P [--remember-in-file] [--ca FILE]
  logout
  sync                  push queued commands and pull changes until idle
  status                online, pending, conflicts, cursor, tickets (JSON)
  send TICKET_ID TEXT   queue a reply, then try to deliver it
  tickets               the cached tickets (JSON)
  kb-search QUERY       search the cached knowledge base (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session and the cache in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where no keychain answers, keep the session in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: an internal note, not a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: only queue; the next sync delivers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb-search: at most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request after MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what the client does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --server, --user and --password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync did not finish: %1 (%2 commands pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: send TICKET_ID TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back office refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the message is queued and will be sent on the next sync (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kb-search QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out here; the back office could not be told, so the token stays valid until it expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::EmbeddedBackOffice</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office did not become healthy within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::BackOfficeStatusLabel</name>
    <message>
        <source>Back-office status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office: not connected (start with --demo to use one on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office: running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office: failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to open its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::CustomerPane</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s profile, orders and previous tickets appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::KnowledgeBasePane</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base to insert an answer into your reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::MainWindow</name>
    <message>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorPerspective</name>
    <message>
        <source>Operator workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketQueuePane</name>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet. New chats and emails for your queues appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Frontline: the contact-center workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo back office on this computer and use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
