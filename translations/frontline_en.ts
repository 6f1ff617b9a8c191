<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Queue %1: %2 waiting (over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1: the oldest has waited %2 (over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1: service level %2 % (under %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 missed its resolution time (queue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 missed its first-response time (queue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been online without a chat for %2 min (over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CSAT %2 (under %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for help on ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for help on ticket #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CenterPresenceModel</name>
    <message numerus="yes">
        <source>From %1: %n online</source>
        <translation>
            <numerusform>From %1: %n online</numerusform>
            <numerusform>From %1: %n online</numerusform>
        </translation>
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
    <name>DailyReport</name>
    <message>
        <source>%1, met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownTicketsModel</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamSession</name>
    <message>
        <source>The exam is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
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
    <message>
        <source>No failed message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long to send: the most is %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: the most is %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A help flag is already up on this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help flag %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the ticket moves to her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: the most is %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat limit must be 0-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 queues per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict names no course status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorRosterModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceTimelineModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA review of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical criterion was missed: the score is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical criterion missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disputed, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the operator, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whisper to the operator (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>login: read your password from the first line of FILE (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password would show your password to every user of this computer; use --password-file FILE or $FRONTLINE_PASSWORD, or type it when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --server and --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the window&apos;s start, an RFC 3339 time or a date (YYYY-MM-DD, local midnight); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the window&apos;s end (exclusive), a time or a date; default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report tickets|series: only this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report series: hour or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report board --format csv: operators or queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table must be operators or queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take an RFC 3339 time or a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: one store&apos;s figures, by its slug or id (a store&apos;s own account gets its store&apos;s without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontline on the command line: sign in, sync the local cache, send messages.

Commands:
  login --server URL --user U [--password-file FILE] [--remember-in-file] [--ca FILE]
  logout
  sync                  push queued commands and pull changes until idle
  status                online, pending, conflicts, cursor, tickets (JSON)
  send TICKET_ID TEXT   queue a reply, then try to deliver it
  tickets               the cached tickets (JSON)
  kb-search QUERY       search the cached knowledge base (JSON)
  report board|tickets|series [--from T] [--to T] [--format csv|json] [--output FILE] [--project STORE]
                        a report of a window (CSV or JSON), the whole center&apos;s or one store&apos;s

login takes the password from --password-file, else $FRONTLINE_PASSWORD, else asks for it without showing it, else reads standard input&apos;s first line. Never from the command line: other users of this computer can read it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report board|tickets|series [--from TIME] [--to TIME] [--format csv|json] [--output FILE] [--project STORE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::AlertListModel</name>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::AuditLogModel</name>
    <message>
        <source>Started monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowered a help flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled a course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::BoardFigures</name>
    <message>
        <source>%1 %</source>
        <extracomment>A share, as &quot;84 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::BoardTableModel</name>
    <message>
        <source>%1, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::CalibrationHistoryModel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute deviation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::CalibrationResultsModel</name>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute deviation (session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. deviation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::ClientCore</name>
    <message>
        <source>The back office does not answer; working offline until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved session has ended (it expired or was signed out). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::ConversationModel</name>
    <message>
        <source>Whisper from %1, the customer does not see this: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::CustomerOrdersModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the pickup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
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
    <name>frontline::app::EscalationCatalog</name>
    <message>
        <source>Payment dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged goods over 50,000 RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund or compensation approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stuck shipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::EscalationInboxModel</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::ExamListModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s)</source>
        <translation>
            <numerusform>%1 of %n conversation</numerusform>
            <numerusform>%1 of %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s)</source>
        <translation>
            <numerusform>%1 of %n question</numerusform>
            <numerusform>%1 of %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario on each conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::HelpFlagModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::LiveBoard</name>
    <message>
        <source>No board yet: the back office does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::LiveMonitor</name>
    <message>
        <source>Write the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office cannot be reached, and live monitoring works only online: nothing was sent. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::OpenConversationsModel</name>
    <message>
        <source>#%1 %2 (%3 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2, %3, %4 unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::OperatorBoardModel</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::PackDraft</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, I need some help with my order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::PackListModel</name>
    <message>
        <source>%1 (newest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::PreviousTicketsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::QaCandidateModel</name>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::QaReviewListModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::QueueBoardModel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::ReportFetcher</name>
    <message>
        <source>No store %1 here; this account may report on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::SandboxListModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::StoreProject</name>
    <message>
        <source>The back office did not describe this account&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::StoreTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::SyncEngine</name>
    <message>
        <source>The back office stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::TicketQueueModel</name>
    <message>
        <source>%1, unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the customer has been waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the SLA is breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::app::TrainingCourseModel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scenario(s)</source>
        <translation>
            <numerusform>%1: %n scenario</numerusform>
            <numerusform>%1: %n scenarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::AlertList</name>
    <message numerus="yes">
        <source>&amp;Alerts (%n new)</source>
        <translation>
            <numerusform>&amp;Alerts (%n new)</numerusform>
            <numerusform>&amp;Alerts (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens what the alert is about; Space acknowledges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::AlertRulesDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue waiting over (tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest wait over (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level under (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator online without a chat for (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s CSAT under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help flag raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space turns the rule on or off; Delete deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::AssignCourseDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned escalations rose to 18% in week 48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the course is assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one scenario and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course was not assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::AuditLogView</name>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket #%1 in your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::BackOfficeStatusLabel</name>
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
    <message>
        <source>No demo back office on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::BoardCharts</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>latest: %1 arrived, %2 handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts arrived and handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT, % satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue of the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::BoardStorePicker</name>
    <message>
        <source>Whole center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole center&apos;s board or one store&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::BoardWindowPicker</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From-to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the board&apos;s figures cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::CalibrationDialog</name>
    <message>
        <source>Session “%1” started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is closed: the results are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, lead %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 of %2 scores in. Nobody sees another&apos;s scores until the lead closes the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: compare the scores on the Results tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session a name, a scorecard and at least one ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every criterion before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score&amp;card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket numbers, e.g. 1042, 1043</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers besides you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation per closed session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::CalibrationResultsView</name>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed score: %1 (median of the reviewers: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed score yet: deviations are from the median, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers&apos; scores side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::CalibrationScoreForm</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: missing it makes the score 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every criterion to see the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: 0 (a critical criterion was missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::CohortView</name>
    <message>
        <source>%1: no exam closed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exam(s) taken, %2 passed (%3 %), mean %4</source>
        <translation>
            <numerusform>%1: %n exam taken, %2 passed (%3 %), mean %4</numerusform>
            <numerusform>%1: %n exams taken, %2 passed (%3 %), mean %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees by band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort was exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each trainee&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConflictBanner</name>
    <message>
        <source>Conflicting change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this ticket. Yours: %1. Now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConnectionBanner</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — messages will be sent when the connection returns (%n waiting).</source>
        <translation>
            <numerusform>Offline — messages will be sent when the connection returns (%n waiting).</numerusform>
            <numerusform>Offline — messages will be sent when the connection returns (%n waiting).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not syncing: %1. Messages are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConversationListDelegate</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
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
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation open. Open a ticket from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (saving…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
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
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cannot be read from the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket&apos;s customer is not in the local cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::DeskNotifier</name>
    <message>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n unread</numerusform>
            <numerusform>%1: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::EscalationDialog</name>
    <message>
        <source>Escalate ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the 2nd line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been tried, what the customer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation attached as context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[note] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conversation (%n message(s), linked to the ticket):</source>
        <translation>
            <numerusform>Conversation (%n message, linked to the ticket):</numerusform>
            <numerusform>Conversation (%n messages, linked to the ticket):</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is optional for this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is required for this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a support line or a team to escalate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note: &quot;%1&quot; needs one, so the 2nd line knows what was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::EscalationInbox</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations addressed to my line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for returning the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes back (required to return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the escalation goes back before returning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was returned to the operator who escalated it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: the escalation is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is no longer addressed to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not returned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was not resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to escalation #%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::EscalationStrip</name>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamQuestionsPanel</name>
    <message>
        <source>This exam has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam is over: no more answers are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answer within %n minute(s) of first seeing the question.</source>
        <translation>
            <numerusform>Answer within %n minute of first seeing the question.</numerusform>
            <numerusform>Answer within %n minutes of first seeing the question.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamReplay</name>
    <message>
        <source>%1 (ticket %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamResultView</name>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 100, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never answered before the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n s</source>
        <translation>
            <numerusform>after %n s</numerusform>
            <numerusform>after %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario / criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the exam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamStrip</name>
    <message>
        <source>The exam did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Practice: %n conversation(s), one at a time</source>
        <translation>
            <numerusform>Practice: %n conversation, one at a time</numerusform>
            <numerusform>Practice: %n conversations, one at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exam: %n customer(s) at once</source>
        <translation>
            <numerusform>Exam: %n customer at once</numerusform>
            <numerusform>Exam: %n customers at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the result is being computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 100, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamsPage</name>
    <message numerus="yes">
        <source>%n exam(s) started; the trainees see Begin in their sandbox.</source>
        <translation>
            <numerusform>%n exam started; the trainees see Begin in their sandbox.</numerusform>
            <numerusform>%n exams started; the trainees see Begin in their sandbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1&apos;s exam now? It closes at once and is scored on what she did so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a sandbox first: exams are taken in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s) in this sandbox</source>
        <translation>
            <numerusform>%n exam in this sandbox</numerusform>
            <numerusform>%n exams in this sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start exam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the chosen trainee&apos;s exam now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::HelpFlagDialog</name>
    <message>
        <source>Ask a supervisor for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor will see your flag on ticket #%1 at once. What do you need? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor will see your flag at once. What do you need? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asks for a refund over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the help flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::HelpFlagStrip</name>
    <message>
        <source>Help flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the help flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the help flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You withdrew your help flag at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew the help flag at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lowered your flag at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lowered %2&apos;s flag at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked a supervisor for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked a supervisor for help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for help: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sending…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help flag was not raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help flag was not lowered: %1</source>
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
        <source>Insert excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert excerpt into the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link into the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the selected text, or the paragraph under the cursor, into the reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a paragraph of the article or select text, then insert it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::LeavingWarning</name>
    <message>
        <source>Your chats go back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n chat(s) assigned: %1.</source>
        <translation>
            <numerusform>You have %n chat assigned: %1.</numerusform>
            <numerusform>You have %n chats assigned: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>While you are on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out sets your status to Away; then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching user sets your status to Away; then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting sets your status to Away; then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the back office gives these chats to a colleague after %2, unless you are available again before then. Your emails and other tickets stay yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::LinkGuard</name>
    <message>
        <source>Open a customer&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link from the customer leads to:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not opened an address on %1 before. Open it in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::LoginDialog</name>
    <message>
        <source>&amp;Demo on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://frontline.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the session is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users: olga, ivan, anna, maxim (operators), pavel (2nd line), sofia (supervisor), tanya (trainer); the password is demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s session ends when Frontline closes; its data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is kept in the system keychain or, where none answers, in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ends when Frontline closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo back office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back office did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the back office&apos;s address, e.g. https://frontline.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to work: production or a training sandbox, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::MacroPicker</name>
    <message>
        <source>Canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search canned responses…</source>
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
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontline — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New QA review of ticket #%1 by %2: %3 % (My reviews: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new QA review(s) (My reviews: %1)</source>
        <translation>
            <numerusform>%n new QA review (My reviews: %1)</numerusform>
            <numerusform>%n new QA reviews (My reviews: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your dispute of the review of ticket #%1 was answered (My reviews: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My trai&amp;ning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators&apos; &amp;figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course from %1: %2 (My training: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new course(s) (My training: %1)</source>
        <translation>
            <numerusform>%n new course (My training: %1)</numerusform>
            <numerusform>%n new courses (My training: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exam questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam questions are open now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::MessageDelegate</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not sent — double-click to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper from %1 — the customer does not see this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::MonitorView</name>
    <message>
        <source>The conversation, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the customer is typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the operator is typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to whisper to the operator or to write to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chat over: it becomes yours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text to the customer as your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting to watch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in the cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you took it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2
%3 · %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching ticket #%1 live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper the text to %1; the customer does not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: write the text to the customer under your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge in: write the text to the customer under your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the chat back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a whisper (Ctrl+Shift+W) or a message to the customer (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barging in writes the text to the customer under your name, and %1 is told at once. Press Barge in (Ctrl+Shift+G) again to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply is in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the customer; %1 was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the chat over: answer the customer here, or hand it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop watching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whisper was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was not taken over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was not handed back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::MyTrainingDialog</name>
    <message>
        <source>My training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My training status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close my training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course has been assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my change &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my change to the course again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the course as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to the selected course was not saved: the course was changed meanwhile (by your trainer, or by you elsewhere), and the list shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::NewReviewDialog</name>
    <message>
        <source>Score&amp;card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecards could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;scalated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle time over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random sa&amp;mple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to choose conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week, like 2026-W49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each operator&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed draws the same sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with a &amp;returned escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with a returned escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time over, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the conversations that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a scorecard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::NewSandboxDialog</name>
    <message>
        <source>The packs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort 12, December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort-12: lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: production&apos;s setup only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox title, shown to trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario pack the sandbox is filled from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sandbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sandbox a title and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the sandbox: copying the setup and filling it from the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::OpenConversationsList</name>
    <message>
        <source>Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorBoardPane</name>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each operator&apos;s status and figures over the board&apos;s window; the last row is the totals. Enter opens the operator&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an operator by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorDrillDown</name>
    <message>
        <source>Her open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets she handled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her presence today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her work today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues and chat limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change her queues and chat limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her presence could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading her presence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open, %2 handled today, %3:%4 online</source>
        <translation>
            <numerusform>%1: %n open, %2 handled today, %3:%4 online</numerusform>
            <numerusform>%1: %n open, %2 handled today, %3:%4 online</numerusform>
        </translation>
    </message>
    <message>
        <source>No presence today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of presence today</source>
        <translation>
            <numerusform>%n change of presence today</numerusform>
            <numerusform>%n changes of presence today</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Monitor the chat live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor the selected open conversation live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She has no open conversation to monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>She has %n open conversation(s): choose the one to monitor in the list, then press %1 again.</source>
        <translation>
            <numerusform>She has %n open conversation: choose the one to monitor in the list, then press %1 again.</numerusform>
            <numerusform>She has %n open conversations: choose the one to monitor in the list, then press %1 again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorFiguresView</name>
    <message>
        <source>Operators&apos; figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a &amp;course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations returned, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by week or by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the figure over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the operator a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorPerspective</name>
    <message>
        <source>Operator workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: the back office refused a change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your help flag was not lowered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your course was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorSettingsDialog</name>
    <message>
        <source>Chat limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues she works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save her settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and chat limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… (offline, it waits and is sent once the back office answers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackBranchForm</name>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo&amp;rds (commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article or &amp;macro slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation r&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence, s&amp;econds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delay before she answers, s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She &amp;says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She ra&amp;tes (0: no rating):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply must hold every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackEditor</name>
    <message>
        <source>Scenario pack — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the chosen scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen scenario up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen scenario down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the chosen scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pack as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the pack can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The back office refused the pack: %n problem(s) (click one to go to it):</source>
        <translation>
            <numerusform>The back office refused the pack: %n problem (click it to go to it):</numerusform>
            <numerusform>The back office refused the pack: %n problems (click one to go to it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (click one to go to it):</source>
        <translation>
            <numerusform>%n problem to fix before saving (click it to go to it):</numerusform>
            <numerusform>%n problems to fix before saving (click one to go to it):</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not edited here: export the pack and edit its JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) first.</source>
        <translation>
            <numerusform>Fix the %n problem first.</numerusform>
            <numerusform>Fix the %n problems first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the pack editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this pack are not saved; closing loses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackGeneralForm</name>
    <message>
        <source>Pack id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam &amp;duration, minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at &amp;once in the exam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;narios drawn for the exam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;hint after, seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring (JSON; empty: the defaults):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackPreview</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rated the conversation %1 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left the conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(answers nothing more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opened the article %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inserted the article %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(escalated to %1, reason %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(resolved with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to the customer; Enter sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article or macro slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with &amp;macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply as made with the macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 2 or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the wait to what the customer does next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (to the chatbot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with the macro %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She has left the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She answers nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>She is typing: answers in %n s</source>
        <translation>
            <numerusform>She is typing: answers in %n s</numerusform>
            <numerusform>She is typing: answers in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>She writes again in %n s if nobody answers</source>
        <translation>
            <numerusform>She writes again in %n s if nobody answers</numerusform>
            <numerusform>She writes again in %n s if nobody answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackScenarioForm</name>
    <message>
        <source>Scenario &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How she &amp;writes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat&amp;bot transcript:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pening message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected es&amp;calation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First response within, s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled &amp;within, s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice hint&apos;s &amp;section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating when resolved as e&amp;xpected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;otherwise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer: Where is my order?
bot: Connecting you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article slugs, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (a line) or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected escalation&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected escalation&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackTurnsEditor</name>
    <message>
        <source>Choose a turn or a branch of the customer&apos;s script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add t&amp;urn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a branch to the chosen turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen turn or branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen turn or branch up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen turn or branch down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s turns and branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PacksPage</name>
    <message>
        <source>&amp;New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pack in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a version of the chosen pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the packs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems the back office found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the refused pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario packs status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scenario pack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting “%1” (%2) removes all its %n version(s). Sandboxes already filled from it keep what they have.</source>
        <translation>
            <numerusform>Deleting “%1” (%2) removes its %n version. Sandboxes already filled from it keep what they have.</numerusform>
            <numerusform>Deleting “%1” (%2) removes all its %n versions. Sandboxes already filled from it keep what they have.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s id (lower-case letters, digits, - and _), e.g. returns-team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PresenceDayChart</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presence on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence over the day: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: online %3, on break %4, offline %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator of the presence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the presence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole center: operators online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators online through the day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n operator(s) online</source>
        <translation>
            <numerusform>%1: at most %n operator online</numerusform>
            <numerusform>%1: at most %n operators online</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators online through the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PresenceSwitcher</name>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set my status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change your status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the back office gives you chats. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::PresenceTimelineView</name>
    <message>
        <source>Presence over the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::QualityWorkspace</name>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to review (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews were exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review the filters match, as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::QueueBoardPane</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each queue&apos;s waiting tickets, backlog age and service level over the board&apos;s window; the last row is the totals. Enter opens the queue&apos;s waiting tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::QueueDrillDown</name>
    <message>
        <source>Waiting tickets, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting in %1</source>
        <translation>
            <numerusform>%n ticket waiting in %1</numerusform>
            <numerusform>%n tickets waiting in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReassignDialog</name>
    <message>
        <source>Reassign the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators to give the ticket to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the ticket moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the ticket moves to her (the operators will see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: %2 (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: %2 (now with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… (offline, it waits and is sent once the back office answers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::RefusalBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message was not sent: %1. Double-click it to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not changed: %1. It shows what the back office has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not assigned to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your help flag was not raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not reassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam is over: your message was not sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReplyBox</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reply cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canned response could not be filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long to send: %1 characters, the most is %2. Shorten it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReplyComposer</name>
    <message>
        <source>Internal note composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note — only colleagues see it. Enter adds the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer. Enter sends, Shift+Enter new line, / canned responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in: replace %1 before sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReportExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board: operators (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board: queues (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets with their figures (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per hour or day (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: daily report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReviewScreen</name>
    <message>
        <source>Loading the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — whisper to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The conversation goes on; the first messages are shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle time %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every criterion is N/A: nothing to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review with its conversation as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review and its conversation are not here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReviewThreadView</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 disputed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 replied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;comment (for a dispute):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;reply to the dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute the review with the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send re&amp;ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the operator&apos;s dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SandboxBand</name>
    <message>
        <source>Training — no real customers · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sandbox %1: no real customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SandboxesPage</name>
    <message>
        <source>&amp;New sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the chosen sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sandboxes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ohort of the chosen sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an o&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees of the chosen sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator to add to the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the operator to the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen trainee from the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sandboxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandboxes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es).</source>
        <translation>
            <numerusform>%n sandbox.</numerusform>
            <numerusform>%n sandboxes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ohort of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resetting “%1” (%2) removes every ticket, message, escalation and exam made in it and fills it again from its pack. Its %n trainee(s) keep their accounts and are signed out.</source>
        <translation>
            <numerusform>Resetting “%1” (%2) removes every ticket, message, escalation and exam made in it and fills it again from its pack. Its %n trainee keeps her account and is signed out.</numerusform>
            <numerusform>Resetting “%1” (%2) removes every ticket, message, escalation and exam made in it and fills it again from its pack. Its %n trainees keep their accounts and are signed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not reset: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” (%2) removes it for good: everything done in it and its cohort&apos;s accounts there. Production is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandboxes yet: “New sandbox…” (%1) makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ScoreBreakdownView</name>
    <message numerus="yes">
        <source>Score: %n criteria to answer</source>
        <translation>
            <numerusform>Score: %n criteria to answer</numerusform>
            <numerusform>Score: %n criteria to answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical criterion missed: score 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — critical, missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the score was computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ScorecardForm</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (critical, weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verall comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SettingsDialog</name>
    <message>
        <source>Play a sound with notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ShortcutTable</name>
    <message>
        <source>Go to the ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list of open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the customer panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the controls of a pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search (in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the selected unassigned ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (in the reply box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (anywhere in the conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses (typed at the start of a word in the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the chosen canned response (in the picker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the canned responses (in the picker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between reply and internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the ticket (choose a resolution code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the ticket pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation&apos;s tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the selected text, or the paragraph under the cursor, into the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status: available, break or away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor for help (raise a help flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the alert is about (ticket, operator or queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the operators board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the queues board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the tickets of every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an operator on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the board&apos;s window: today, last hour, last 7 days, from-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected operator&apos;s or queue&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the board, the tickets, the series or the daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the audit log of supervisors&apos; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open calibration: sessions, scoring, results and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the selected or open chat live (monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to the operator of the chat you watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge in: write to the customer of the chat you watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the chat you watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Quality workspace: QA reviews (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my QA reviews: acknowledge or dispute (operators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review: choose a conversation by sample or filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the review list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my training: the courses a trainer assigned me (operators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open operators&apos; figures and assign a course (trainers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes and scenario packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sandbox, or new pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sandboxes or the packs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen sandbox or pack (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the chosen sandbox (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operator to add to the sandbox&apos;s cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a version of the chosen pack to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen pack in the pack editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor: save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor: preview the chosen scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor: add a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor: duplicate the chosen scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor: move the chosen scenario up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack editor: move the chosen scenario down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: skip the wait to what the customer does next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exam&apos;s questions, one at a time (trainees in a sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::StartExamDialog</name>
    <message>
        <source>Start an exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam (timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice (own pace, hints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trainees, or the whole cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::StoreDesk</name>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::StoreTicketsPane</name>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was resolved in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) resolved in the window; Enter opens the conversation.</source>
        <translation>
            <numerusform>%n ticket resolved in the window; Enter opens the conversation.</numerusform>
            <numerusform>%n tickets resolved in the window; Enter opens the conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 match; Enter opens the conversation.</source>
        <translation>
            <numerusform>%n ticket of %1 matches; Enter opens the conversation.</numerusform>
            <numerusform>%n tickets of %1 match; Enter opens the conversation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n ticket(s) of the window; Enter opens the conversation.</source>
        <translation>
            <numerusform>The newest ticket of the window; Enter opens the conversation.</numerusform>
            <numerusform>The newest %n tickets of the window; Enter opens the conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets of the board&apos;s window with their figures. Enter opens the conversation, read-only; a click on a column&apos;s header sorts by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a ticket number, queue or operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the tickets by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest or newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SupervisionStrip</name>
    <message>
        <source>%1 took over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the supervisor&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over %2: it has left your chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is watching this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote to the customer at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SupervisorDesk</name>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 was not reassigned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not reassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s settings were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help flag was not lowered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SupervisorPerspective</name>
    <message>
        <source>Live, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets, customer and knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fresh the board&apos;s figures are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept on this computer and sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the back office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the back office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketActions</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer stopped replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the ticket pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve this ticket as “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves your open work; you can reopen it if the customer writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation&apos;s tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this conversation&apos;s tab (Ctrl+W). The ticket keeps its status; to finish it, use Resolve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketQueueDelegate</name>
    <message>
        <source>First response due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1</source>
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
        <source>Show tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subject, customer or number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming ticket #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 was not assigned to you: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketReader</name>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign the ticket to another operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in the cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2
%3 · %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1
%2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor the chat live: both sides&apos; typing, whisper, barge in, take over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::TrainingPageParts</name>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::ui::TypingIndicator</name>
    <message>
        <source>Typing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
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
