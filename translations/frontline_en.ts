<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
