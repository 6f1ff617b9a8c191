<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>frontline::app::EmbeddedBackOffice</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Не удаётся создать папку данных %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Не удаётся запустить %1: %2</translation>
    </message>
    <message>
        <source>The back office did not become healthy within %1 s</source>
        <translation>Бэк-офис не ответил на проверку состояния за %1 с</translation>
    </message>
    <message>
        <source>The back office crashed</source>
        <translation>Бэк-офис аварийно завершился</translation>
    </message>
    <message>
        <source>The back office exited with code %1</source>
        <translation>Бэк-офис завершился с кодом %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::BackOfficeStatusLabel</name>
    <message>
        <source>Back-office status</source>
        <translation>Состояние бэк-офиса</translation>
    </message>
    <message>
        <source>Back office: not connected (start with --demo to use one on this computer)</source>
        <translation>Бэк-офис: нет подключения (запустите с --demo, чтобы использовать бэк-офис на этом компьютере)</translation>
    </message>
    <message>
        <source>Back office: stopped</source>
        <translation>Бэк-офис: остановлен</translation>
    </message>
    <message>
        <source>Back office: starting…</source>
        <translation>Бэк-офис: запускается…</translation>
    </message>
    <message>
        <source>Back office: running at %1</source>
        <translation>Бэк-офис: работает на %1</translation>
    </message>
    <message>
        <source>Back office: failed (%1)</source>
        <translation>Бэк-офис: ошибка (%1)</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Select a ticket to open its conversation.</source>
        <translation>Выберите заявку, чтобы открыть переписку.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::CustomerPane</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>The customer&apos;s profile, orders and previous tickets appear here.</source>
        <translation>Здесь появятся профиль клиента, его заказы и прежние обращения.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::KnowledgeBasePane</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Search the knowledge base to insert an answer into your reply.</source>
        <translation>Найдите статью в базе знаний, чтобы вставить ответ в сообщение.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::MainWindow</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorPerspective</name>
    <message>
        <source>Operator workspace</source>
        <translation>Рабочее место оператора</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketQueuePane</name>
    <message>
        <source>Ticket queue</source>
        <translation>Очередь заявок</translation>
    </message>
    <message>
        <source>No tickets yet. New chats and emails for your queues appear here.</source>
        <translation>Заявок пока нет. Новые чаты и письма из ваших очередей появятся здесь.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Frontline: the contact-center workspace.</source>
        <translation>Frontline: рабочее место контакт-центра.</translation>
    </message>
    <message>
        <source>Start a demo back office on this computer and use it.</source>
        <translation>Запустить демонстрационный бэк-офис на этом компьютере и работать с ним.</translation>
    </message>
</context>
</TS>
