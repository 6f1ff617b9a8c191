<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BackOfficeClient</name>
    <message>
        <source>Cannot read the CA certificate file %1</source>
        <translation>Не удаётся прочитать файл сертификата ЦС %1</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>В %1 нет сертификата PEM</translation>
    </message>
    <message>
        <source>The back office did not answer in time</source>
        <translation>Бэк-офис не ответил вовремя</translation>
    </message>
    <message>
        <source>The back office&apos;s certificate is not trusted: %1</source>
        <translation>Сертификату бэк-офиса нет доверия: %1</translation>
    </message>
    <message>
        <source>Cannot reach the back office: %1</source>
        <translation>Не удаётся связаться с бэк-офисом: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The session was not kept</source>
        <translation>Сеанс не был сохранён</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Не удаётся открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer Frontline (schema %2; this one knows %3). Update Frontline or remove the file.</source>
        <translation>Локальный кэш %1 записан более новой версией Frontline (схема %2; эта версия знает %3). Обновите Frontline или удалите файл.</translation>
    </message>
    <message>
        <source>No ticket %1 in the local cache</source>
        <translation>Обращения %1 нет в локальном кэше</translation>
    </message>
</context>
<context>
    <name>OperatorCommands</name>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>Сообщение пустое</translation>
    </message>
    <message>
        <source>No ticket %1 in the cache</source>
        <translation>Обращения %1 нет в кэше</translation>
    </message>
    <message>
        <source>Choose a support line or a team</source>
        <translation>Выберите линию поддержки или команду</translation>
    </message>
    <message>
        <source>No escalation %1 in the cache</source>
        <translation>Эскалации %1 нет в кэше</translation>
    </message>
    <message>
        <source>No such conflict</source>
        <translation>Такого конфликта нет</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>Сеанс сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>No keychain answered; the session is kept in a file only you can read.</source>
        <translation>Связка ключей не ответила; сеанс сохранён в файле, который можете читать только вы.</translation>
    </message>
    <message>
        <source>No keychain answered, so the session is not kept: it ends with this program. Sign in with --remember-in-file to keep it in a file only you can read.</source>
        <translation>Связка ключей не ответила, поэтому сеанс не сохранён: он закончится вместе с программой. Войдите с --remember-in-file, чтобы сохранить его в файле, который можете читать только вы.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Not signed in; run login first</source>
        <translation>Вход не выполнен; сначала выполните login</translation>
    </message>
    <message>
        <source>The last session was not kept; sign in again (--remember-in-file keeps it)</source>
        <translation>Прошлый сеанс не был сохранён; войдите снова (--remember-in-file сохраняет его)</translation>
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
        <translation>Frontline в командной строке: вход, синхронизация локального кэша, отправка сообщений.

Команды:
  login --server URL --user U --password P [--remember-in-file] [--ca FILE]
  logout
  sync                  отправить команды из очереди и получить изменения
  status                в сети, в очереди, конфликты, курсор, обращения (JSON)
  send TICKET_ID TEXT   поставить ответ в очередь и попытаться отправить
  tickets               обращения из кэша (JSON)
  kb-search QUERY       поиск по базе знаний в кэше (JSON)</translation>
    </message>
    <message>
        <source>Keep the session and the cache in DIR.</source>
        <translation>Хранить сеанс и кэш в DIR.</translation>
    </message>
    <message>
        <source>Do not use the system keychain.</source>
        <translation>Не использовать системную связку ключей.</translation>
    </message>
    <message>
        <source>The back office&apos;s URL.</source>
        <translation>Адрес бэк-офиса.</translation>
    </message>
    <message>
        <source>Your username.</source>
        <translation>Ваше имя пользователя.</translation>
    </message>
    <message>
        <source>Your password.</source>
        <translation>Ваш пароль.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Рабочее пространство.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE.</source>
        <translation>Доверять также сертификатам ЦС из FILE.</translation>
    </message>
    <message>
        <source>Where no keychain answers, keep the session in a file only you can read.</source>
        <translation>Если связка ключей не отвечает, хранить сеанс в файле, который можете читать только вы.</translation>
    </message>
    <message>
        <source>send: an internal note, not a reply.</source>
        <translation>send: внутренняя заметка, а не ответ.</translation>
    </message>
    <message>
        <source>send: only queue; the next sync delivers it.</source>
        <translation>send: только поставить в очередь; отправит следующая синхронизация.</translation>
    </message>
    <message>
        <source>kb-search: at most N results.</source>
        <translation>kb-search: не больше N результатов.</translation>
    </message>
    <message>
        <source>Give up on a request after MS milliseconds.</source>
        <translation>Прекращать ожидание запроса через MS миллисекунд.</translation>
    </message>
    <message>
        <source>Log what the client does.</source>
        <translation>Записывать в журнал, что делает клиент.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Что сделать (см. выше).</translation>
    </message>
    <message>
        <source>no command; see --help</source>
        <translation>команда не указана; см. --help</translation>
    </message>
    <message>
        <source>login needs --server, --user and --password</source>
        <translation>для login нужны --server, --user и --password</translation>
    </message>
    <message>
        <source>--server must be an http:// or https:// URL</source>
        <translation>--server должен быть адресом http:// или https://</translation>
    </message>
    <message>
        <source>sync did not finish: %1 (%2 commands pending)</source>
        <translation>синхронизация не завершилась: %1 (в очереди команд: %2)</translation>
    </message>
    <message>
        <source>usage: send TICKET_ID TEXT</source>
        <translation>использование: send TICKET_ID TEXT</translation>
    </message>
    <message>
        <source>the back office refused the message: %1</source>
        <translation>бэк-офис отклонил сообщение: %1</translation>
    </message>
    <message>
        <source>offline: the message is queued and will be sent on the next sync (%1)</source>
        <translation>нет связи: сообщение в очереди и будет отправлено при следующей синхронизации (%1)</translation>
    </message>
    <message>
        <source>usage: kb-search QUERY</source>
        <translation>использование: kb-search QUERY</translation>
    </message>
    <message>
        <source>unknown command %1; see --help</source>
        <translation>неизвестная команда %1; см. --help</translation>
    </message>
    <message>
        <source>signed out here; the back office could not be told, so the token stays valid until it expires</source>
        <translation>вы вышли здесь; бэк-офису не удалось сообщить, поэтому токен действует, пока не истечёт</translation>
    </message>
</context>
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
