<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AlertText</name>
    <message>
        <source>Queue %1: %2 waiting (over %3)</source>
        <translation>Очередь %1: ждут %2 (больше %3)</translation>
    </message>
    <message>
        <source>Queue %1: the oldest has waited %2 (over %3)</source>
        <translation>Очередь %1: самое старое ждёт %2 (больше %3)</translation>
    </message>
    <message>
        <source>Queue %1: service level %2 % (under %3 %)</source>
        <translation>Очередь %1: уровень сервиса %2 % (ниже %3 %)</translation>
    </message>
    <message>
        <source>Ticket #%1 missed its resolution time (queue %2)</source>
        <translation>Обращение №%1 не решено в срок (очередь %2)</translation>
    </message>
    <message>
        <source>Ticket #%1 missed its first-response time (queue %2)</source>
        <translation>Обращение №%1 без первого ответа в срок (очередь %2)</translation>
    </message>
    <message>
        <source>%1 has been online without a chat for %2 min (over %3)</source>
        <translation>%1 в сети без чатов %2 мин (больше %3)</translation>
    </message>
    <message>
        <source>%1: CSAT %2 (under %3)</source>
        <translation>%1: CSAT %2 (ниже %3)</translation>
    </message>
    <message>
        <source>%1 asks for help on ticket #%2</source>
        <translation>%1 просит помощи по обращению №%2</translation>
    </message>
    <message>
        <source>%1 asks for help on ticket #%2: %3</source>
        <translation>%1 просит помощи по обращению №%2: %3</translation>
    </message>
</context>
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
    <name>CenterPresenceModel</name>
    <message numerus="yes">
        <source>From %1: %n online</source>
        <translation>
            <numerusform>С %1: на линии %n</numerusform>
            <numerusform>С %1: на линии %n</numerusform>
            <numerusform>С %1: на линии %n</numerusform>
        </translation>
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
    <name>DailyReport</name>
    <message>
        <source>%1, met</source>
        <translation>%1, выполнено</translation>
    </message>
    <message>
        <source>%1, missed</source>
        <translation>%1, не выполнено</translation>
    </message>
    <message>
        <source>%1 (%2 returned)</source>
        <translation>%1 (возвращено %2)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>Chats per hour</source>
        <translation>Чатов в час</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>Дольше всех ждёт</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Ежедневный отчёт</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>DrillDownTicketsModel</name>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>SLA left</source>
        <translation>До срока SLA</translation>
    </message>
</context>
<context>
    <name>ExamSession</name>
    <message>
        <source>The exam is over.</source>
        <translation>Экзамен окончен.</translation>
    </message>
    <message>
        <source>This question is answered.</source>
        <translation>На этот вопрос уже дан ответ.</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
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
    <message>
        <source>No failed message %1</source>
        <translation>Не найдено неотправленное сообщение %1</translation>
    </message>
    <message>
        <source>Too long to send: the most is %1 characters</source>
        <translation>Слишком длинно для отправки: не больше %1 символов</translation>
    </message>
    <message>
        <source>The note is too long: the most is %1 characters</source>
        <translation>Заметка слишком длинная: не больше %1 символов</translation>
    </message>
    <message>
        <source>A help flag is already up on this ticket</source>
        <translation>По этому обращению уже поднят флажок помощи</translation>
    </message>
    <message>
        <source>No help flag %1 in the cache</source>
        <translation>Флажка помощи %1 нет в кэше</translation>
    </message>
    <message>
        <source>Choose an operator</source>
        <translation>Выберите оператора</translation>
    </message>
    <message>
        <source>Say why the ticket moves to her</source>
        <translation>Укажите, почему обращение передаётся ей</translation>
    </message>
    <message>
        <source>The reason is too long: the most is %1 characters</source>
        <translation>Причина слишком длинная: не больше %1 символов</translation>
    </message>
    <message>
        <source>The chat limit must be 0-20</source>
        <translation>Лимит чатов должен быть от 0 до 20</translation>
    </message>
    <message>
        <source>At most %1 queues per operator</source>
        <translation>Не больше %1 очередей на оператора</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Нечего менять</translation>
    </message>
    <message>
        <source>No course %1 in the cache</source>
        <translation>Курса %1 нет в кэше</translation>
    </message>
    <message>
        <source>The conflict names no course status</source>
        <translation>В конфликте не указано состояние курса</translation>
    </message>
</context>
<context>
    <name>OperatorRosterModel</name>
    <message>
        <source>Online</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>На перерыве</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open chats</source>
        <translation>Открытые чаты</translation>
    </message>
</context>
<context>
    <name>PresenceTimelineModel</name>
    <message>
        <source>Online</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>На перерыве</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>QA review of ticket #%1</source>
        <translation>Оценка качества обращения №%1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Анкета оценки</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Score: %1%</source>
        <translation>Оценка: %1%</translation>
    </message>
    <message>
        <source>A critical criterion was missed: the score is 0.</source>
        <translation>Нарушен критический критерий: оценка равна 0.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>Итоговый вес</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>critical criterion missed</source>
        <translation>критический критерий нарушен</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Комментарий проверяющего</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Оспаривание</translation>
    </message>
    <message>
        <source>%1 disputed, %2</source>
        <translation>%1 оспаривает, %2</translation>
    </message>
    <message>
        <source>%1 replied, %2</source>
        <translation>%1 отвечает, %2</translation>
    </message>
    <message>
        <source>Acknowledged by the operator, %1</source>
        <translation>Оператор ознакомился, %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>whisper to the operator (internal)</source>
        <translation>подсказка оператору (внутренняя)</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
    <message>
        <source>login: read your password from the first line of FILE (- for standard input).</source>
        <translation>login: прочитать пароль из первой строки FILE (- — из стандартного ввода).</translation>
    </message>
    <message>
        <source>--password would show your password to every user of this computer; use --password-file FILE or $FRONTLINE_PASSWORD, or type it when asked</source>
        <translation>--password показал бы ваш пароль всем пользователям этого компьютера; укажите --password-file FILE или $FRONTLINE_PASSWORD либо введите пароль, когда его спросят</translation>
    </message>
    <message>
        <source>login needs --server and --user</source>
        <translation>для login нужны --server и --user</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>report: the window&apos;s start, an RFC 3339 time or a date (YYYY-MM-DD, local midnight); default today.</source>
        <translation>report: начало периода, время RFC 3339 или дата (ГГГГ-ММ-ДД, местная полночь); по умолчанию сегодня.</translation>
    </message>
    <message>
        <source>report: the window&apos;s end (exclusive), a time or a date; default now.</source>
        <translation>report: конец периода (не включая его), время или дата; по умолчанию сейчас.</translation>
    </message>
    <message>
        <source>report: csv or json.</source>
        <translation>report: csv или json.</translation>
    </message>
    <message>
        <source>report: write to FILE instead of standard output.</source>
        <translation>report: записать в FILE, а не в стандартный вывод.</translation>
    </message>
    <message>
        <source>report tickets|series: only this queue.</source>
        <translation>report tickets|series: только эта очередь.</translation>
    </message>
    <message>
        <source>report series: hour or day.</source>
        <translation>report series: hour (по часам) или day (по дням).</translation>
    </message>
    <message>
        <source>report board --format csv: operators or queues.</source>
        <translation>report board --format csv: operators (операторы) или queues (очереди).</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format должен быть csv или json</translation>
    </message>
    <message>
        <source>--table must be operators or queues</source>
        <translation>--table должен быть operators или queues</translation>
    </message>
    <message>
        <source>--from and --to take an RFC 3339 time or a date (YYYY-MM-DD)</source>
        <translation>--from и --to принимают время RFC 3339 или дату (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>report: one store&apos;s figures, by its slug or id (a store&apos;s own account gets its store&apos;s without it).</source>
        <translation>report: показатели одного магазина по его slug или id (учётная запись магазина и без этого получает показатели своего магазина).</translation>
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
        <translation>Frontline в командной строке: вход, синхронизация локального кэша, отправка сообщений.

Команды:
  login --server URL --user U [--password-file FILE] [--remember-in-file] [--ca FILE]
  logout
  sync                  отправить команды из очереди и получить изменения
  status                в сети, в очереди, конфликты, курсор, обращения (JSON)
  send TICKET_ID TEXT   поставить ответ в очередь и попытаться отправить
  tickets               обращения из кэша (JSON)
  kb-search QUERY       поиск по базе знаний в кэше (JSON)
  report board|tickets|series [--from T] [--to T] [--format csv|json] [--output FILE] [--project STORE]
                        отчёт за период (CSV или JSON) по всему центру или по одному магазину

login берёт пароль из --password-file, иначе из $FRONTLINE_PASSWORD, иначе спрашивает его, не показывая вводимое, иначе читает первую строку стандартного ввода. Никогда из командной строки: там его могут прочитать другие пользователи этого компьютера.</translation>
    </message>
    <message>
        <source>usage: report board|tickets|series [--from TIME] [--to TIME] [--format csv|json] [--output FILE] [--project STORE]</source>
        <translation>использование: report board|tickets|series [--from TIME] [--to TIME] [--format csv|json] [--output FILE] [--project STORE]</translation>
    </message>
</context>
<context>
    <name>frontline::app::AlertListModel</name>
    <message>
        <source>Acknowledged</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
</context>
<context>
    <name>frontline::app::AuditLogModel</name>
    <message>
        <source>Started monitoring</source>
        <translation>Начало наблюдения</translation>
    </message>
    <message>
        <source>Stopped monitoring</source>
        <translation>Конец наблюдения</translation>
    </message>
    <message>
        <source>Whispered</source>
        <translation>Подсказка оператору</translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation>Вмешательство в разговор</translation>
    </message>
    <message>
        <source>Took over</source>
        <translation>Перехват обращения</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Возврат обращения</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Переназначение</translation>
    </message>
    <message>
        <source>Lowered a help flag</source>
        <translation>Снят флажок помощи</translation>
    </message>
    <message>
        <source>Help flag %1</source>
        <translation>Флажок помощи %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Created a sandbox</source>
        <translation>Создание учебной среды</translation>
    </message>
    <message>
        <source>Reset a sandbox</source>
        <translation>Сброс учебной среды</translation>
    </message>
    <message>
        <source>Deleted a sandbox</source>
        <translation>Удаление учебной среды</translation>
    </message>
    <message>
        <source>Added a trainee</source>
        <translation>Добавление стажёра</translation>
    </message>
    <message>
        <source>Removed a trainee</source>
        <translation>Исключение стажёра</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Учебная среда %1</translation>
    </message>
    <message>
        <source>Assigned a course</source>
        <translation>Назначен курс</translation>
    </message>
    <message>
        <source>Cancelled a course</source>
        <translation>Отменён курс</translation>
    </message>
</context>
<context>
    <name>frontline::app::BoardFigures</name>
    <message>
        <source>%1 %</source>
        <extracomment>A share, as &quot;84 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (цель %2)</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, цель %2</translation>
    </message>
    <message>
        <source>%1, target %2 met</source>
        <translation>%1, цель %2 достигнута</translation>
    </message>
    <message>
        <source>%1, target %2 missed</source>
        <translation>%1, цель %2 не достигнута</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>frontline::app::BoardTableModel</name>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, требует внимания</translation>
    </message>
</context>
<context>
    <name>frontline::app::CalibrationHistoryModel</name>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Conversations scored</source>
        <translation>Оценено диалогов</translation>
    </message>
    <message>
        <source>Mean absolute deviation</source>
        <translation>Среднее абсолютное отклонение</translation>
    </message>
</context>
<context>
    <name>frontline::app::CalibrationResultsModel</name>
    <message>
        <source>Total score</source>
        <translation>Итоговая оценка</translation>
    </message>
    <message>
        <source>Deviation from the reference</source>
        <translation>Отклонение от эталона</translation>
    </message>
    <message>
        <source>Mean absolute deviation (session)</source>
        <translation>Среднее абсолютное отклонение (сессия)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Std. deviation</source>
        <translation>Станд. отклонение</translation>
    </message>
</context>
<context>
    <name>frontline::app::ClientCore</name>
    <message>
        <source>The back office does not answer; working offline until it does.</source>
        <translation>Бэк-офис не отвечает; работаем офлайн, пока он не ответит.</translation>
    </message>
    <message>
        <source>Your saved session has ended (it expired or was signed out). Sign in again.</source>
        <translation>Сохранённый сеанс завершён (истёк срок или был выполнен выход). Войдите снова.</translation>
    </message>
</context>
<context>
    <name>frontline::app::ConversationModel</name>
    <message>
        <source>Whisper from %1, the customer does not see this: %2</source>
        <translation>Шёпот от %1, клиент этого не видит: %2</translation>
    </message>
</context>
<context>
    <name>frontline::app::CustomerOrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation>Собирается</translation>
    </message>
    <message>
        <source>Handed to courier</source>
        <translation>Передан курьеру</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>At the pickup point</source>
        <translation>В пункте выдачи</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
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
    <name>frontline::app::EscalationCatalog</name>
    <message>
        <source>Payment dispute</source>
        <translation>Спор по оплате</translation>
    </message>
    <message>
        <source>Technical issue</source>
        <translation>Техническая проблема</translation>
    </message>
    <message>
        <source>Damaged goods over 50,000 RUB</source>
        <translation>Повреждённый товар дороже 50 000 руб.</translation>
    </message>
    <message>
        <source>Refund or compensation approval</source>
        <translation>Согласование возврата или компенсации</translation>
    </message>
    <message>
        <source>Courier complaint</source>
        <translation>Жалоба на курьера</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP-клиент</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Угроза судом</translation>
    </message>
    <message>
        <source>Lost or stuck shipment</source>
        <translation>Посылка потерялась или задерживается</translation>
    </message>
</context>
<context>
    <name>frontline::app::EscalationInboxModel</name>
    <message>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · от %2</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>frontline::app::ExamListModel</name>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s)</source>
        <translation>
            <numerusform>%1 из %n диалога</numerusform>
            <numerusform>%1 из %n диалогов</numerusform>
            <numerusform>%1 из %n диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s)</source>
        <translation>
            <numerusform>%1 из %n вопроса</numerusform>
            <numerusform>%1 из %n вопросов</numerusform>
            <numerusform>%1 из %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Scenario on each conversation</source>
        <translation>Сценарий в каждом диалоге</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
</context>
<context>
    <name>frontline::app::HelpFlagModel</name>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>new ticket</source>
        <translation>новое обращение</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Поднят в</translation>
    </message>
</context>
<context>
    <name>frontline::app::LiveBoard</name>
    <message>
        <source>No board yet: the back office does not answer</source>
        <translation>Табло ещё не получено: сервер не отвечает</translation>
    </message>
    <message>
        <source>Board from %1</source>
        <translation>Табло на %1</translation>
    </message>
    <message>
        <source>Board from %1 %2</source>
        <translation>Табло на %1 %2</translation>
    </message>
</context>
<context>
    <name>frontline::app::LiveMonitor</name>
    <message>
        <source>Write the text first.</source>
        <translation>Сначала напишите текст.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Текст слишком длинный: не больше %1 символов.</translation>
    </message>
    <message>
        <source>The back office cannot be reached, and live monitoring works only online: nothing was sent. Try again when the connection is back.</source>
        <translation>Бэк-офис недоступен, а наблюдение за чатом работает только онлайн: ничего не отправлено. Повторите, когда связь вернётся.</translation>
    </message>
</context>
<context>
    <name>frontline::app::OpenConversationsModel</name>
    <message>
        <source>#%1 %2 (%3 new)</source>
        <translation>#%1 %2 (новых: %3)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2, %3, %4 unread</source>
        <translation>Обращение %1: %2, %3, непрочитанных: %4</translation>
    </message>
</context>
<context>
    <name>frontline::app::OperatorBoardModel</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open chats</source>
        <translation>Открытые чаты</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>Chats per hour</source>
        <translation>Чатов в час</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>Оценка QA</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>frontline::app::PackDraft</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Hello, I need some help with my order.</source>
        <translation>Здравствуйте, мне нужна помощь с заказом.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
</context>
<context>
    <name>frontline::app::PackListModel</name>
    <message>
        <source>%1 (newest %2)</source>
        <translation>%1 (новейшая %2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
</context>
<context>
    <name>frontline::app::PreviousTicketsModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>frontline::app::QaCandidateModel</name>
    <message>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
</context>
<context>
    <name>frontline::app::QaReviewListModel</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорена</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>0 (critical)</source>
        <translation>0 (критично)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Балл, %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>frontline::app::QueueBoardModel</name>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>Самое долгое ожидание</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
</context>
<context>
    <name>frontline::app::ReportFetcher</name>
    <message>
        <source>No store %1 here; this account may report on: %2</source>
        <translation>Магазина %1 здесь нет; эта учётная запись может получать отчёты по: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ни одному</translation>
    </message>
</context>
<context>
    <name>frontline::app::SandboxListModel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Стажёры</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>frontline::app::StoreProject</name>
    <message>
        <source>The back office did not describe this account&apos;s store.</source>
        <translation>Бэк-офис не сообщил, к какому магазину относится эта учётная запись.</translation>
    </message>
</context>
<context>
    <name>frontline::app::StoreTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>frontline::app::SyncEngine</name>
    <message>
        <source>The back office stopped answering</source>
        <translation>бэк-офис перестал отвечать</translation>
    </message>
</context>
<context>
    <name>frontline::app::TicketQueueModel</name>
    <message>
        <source>%1, unread</source>
        <translation>%1, не прочитано</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Оператор %1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>How long the customer has been waiting</source>
        <translation>Сколько клиент уже ждёт</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Time left until the SLA is breached</source>
        <translation>Сколько осталось до нарушения SLA</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
</context>
<context>
    <name>frontline::app::TrainingCourseModel</name>
    <message>
        <source>To do</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scenario(s)</source>
        <translation>
            <numerusform>%1: %n сценарий</numerusform>
            <numerusform>%1: %n сценария</numerusform>
            <numerusform>%1: %n сценариев</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Назначил(а)</translation>
    </message>
</context>
<context>
    <name>frontline::ui::AlertList</name>
    <message numerus="yes">
        <source>&amp;Alerts (%n new)</source>
        <translation>
            <numerusform>&amp;Оповещения (%n новое)</numerusform>
            <numerusform>&amp;Оповещения (%n новых)</numerusform>
            <numerusform>&amp;Оповещения (%n новых)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Оповещения</translation>
    </message>
    <message>
        <source>Alert list</source>
        <translation>Список оповещений</translation>
    </message>
    <message>
        <source>Enter opens what the alert is about; Space acknowledges it</source>
        <translation>Enter открывает то, о чём оповещение; пробел отмечает его принятым</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>При&amp;нять</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Отметить выбранное оповещение принятым</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>П&amp;равила…</translation>
    </message>
    <message>
        <source>Edit the alert rules</source>
        <translation>Изменить правила оповещений</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
</context>
<context>
    <name>frontline::ui::AlertRulesDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Queue waiting over (tickets)</source>
        <translation>В очереди ждут больше (обращений)</translation>
    </message>
    <message>
        <source>Oldest wait over (seconds)</source>
        <translation>Самое долгое ожидание больше (секунд)</translation>
    </message>
    <message>
        <source>Service level under (%)</source>
        <translation>Уровень сервиса ниже (%)</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>Нарушение SLA</translation>
    </message>
    <message>
        <source>Operator online without a chat for (minutes)</source>
        <translation>Оператор в сети без чатов (минут)</translation>
    </message>
    <message>
        <source>Operator&apos;s CSAT under</source>
        <translation>CSAT оператора ниже</translation>
    </message>
    <message>
        <source>Help flag raised</source>
        <translation>Поднят флажок помощи</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Правила оповещений</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Space turns the rule on or off; Delete deletes it</source>
        <translation>Пробел включает и выключает правило; Delete удаляет его</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Kind of rule</source>
        <translation>Вид правила</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Порог:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включено</translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation>Правило включено</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Новое правило</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Сохранить правило</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::AssignCourseDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Назначить курс: %1</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>Па&amp;кет:</translation>
    </message>
    <message>
        <source>&amp;Scenarios:</source>
        <translation>&amp;Сценарии:</translation>
    </message>
    <message>
        <source>Scenario ids, separated by commas</source>
        <translation>Идентификаторы сценариев через запятую</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Returned escalations rose to 18% in week 48</source>
        <translation>Доля возвращённых эскалаций выросла до 18% на 48-й неделе</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>С&amp;рок до:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Scenario pack</source>
        <translation>Пакет сценариев</translation>
    </message>
    <message>
        <source>Scenarios of the course</source>
        <translation>Сценарии курса</translation>
    </message>
    <message>
        <source>Why the course is assigned</source>
        <translation>Почему назначен курс</translation>
    </message>
    <message>
        <source>The course has a due date</source>
        <translation>У курса есть срок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translation>Состояние назначения</translation>
    </message>
    <message>
        <source>Assign the course</source>
        <translation>Назначить курс</translation>
    </message>
    <message>
        <source>Cancel the assignment</source>
        <translation>Отменить назначение</translation>
    </message>
    <message>
        <source>Name at least one scenario and say why.</source>
        <translation>Укажите хотя бы один сценарий и причину.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>В причине %1 символов; допускается не больше %2.</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Назначение…</translation>
    </message>
    <message>
        <source>The course was not assigned: %1</source>
        <translation>Курс не назначен: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::AuditLogView</name>
    <message>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>&amp;Загрузить более ранние</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation>Состояние журнала аудита</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Загрузить более ранние записи</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Выгрузить журнал аудита в CSV</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Закрыть журнал аудита</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>No ticket #%1 in your workspace</source>
        <translation>Обращения №%1 нет в вашем рабочем пространстве</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показаны %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
</context>
<context>
    <name>frontline::ui::BackOfficeStatusLabel</name>
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
    <message>
        <source>No demo back office on this computer</source>
        <translation>На этом компьютере нет демо-бэк-офиса</translation>
    </message>
</context>
<context>
    <name>frontline::ui::BoardCharts</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Сохранить график как изображение</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Не удалось сохранить %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message>
        <source>latest: %1 arrived, %2 handled</source>
        <translation>последнее: поступило %1, обработано %2</translation>
    </message>
    <message>
        <source>latest: %1</source>
        <translation>последнее: %1</translation>
    </message>
    <message>
        <source>Contacts arrived and handled</source>
        <translation>Поступившие и обработанные обращения</translation>
    </message>
    <message>
        <source>Average handle time, minutes</source>
        <translation>Среднее время обработки, минуты</translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation>Уровень сервиса, %</translation>
    </message>
    <message>
        <source>CSAT, % satisfied</source>
        <translation>CSAT, % довольных</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>Сохранить как изображение…</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <source>Queue of the charts</source>
        <translation>Очередь графиков</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
</context>
<context>
    <name>frontline::ui::BoardStorePicker</name>
    <message>
        <source>Whole center</source>
        <translation>Весь центр</translation>
    </message>
    <message>
        <source>Board store</source>
        <translation>Магазин на табло</translation>
    </message>
    <message>
        <source>The whole center&apos;s board or one store&apos;s</source>
        <translation>Табло всего центра или одного магазина</translation>
    </message>
</context>
<context>
    <name>frontline::ui::BoardWindowPicker</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>From-to…</source>
        <translation>С… по…</translation>
    </message>
    <message>
        <source>Board window</source>
        <translation>Период табло</translation>
    </message>
    <message>
        <source>The time the board&apos;s figures cover</source>
        <translation>За какое время показаны показатели табло</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Конец периода</translation>
    </message>
</context>
<context>
    <name>frontline::ui::CalibrationDialog</name>
    <message>
        <source>Session “%1” started</source>
        <translation>Сессия «%1» начата</translation>
    </message>
    <message>
        <source>Your score is saved: %1</source>
        <translation>Ваша оценка сохранена: %1</translation>
    </message>
    <message>
        <source>The session is closed: the results are ready</source>
        <translation>Сессия закрыта: результаты готовы</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>%1 (%2, lead %3)</source>
        <translation>%1 (%2, ведущий — %3)</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Обращение №%1</translation>
    </message>
    <message>
        <source>Open: %1 of %2 scores in. Nobody sees another&apos;s scores until the lead closes the session.</source>
        <translation>Открыта: получено оценок — %1 из %2. Никто не видит чужих оценок, пока ведущий не закроет сессию.</translation>
    </message>
    <message>
        <source>Closed: compare the scores on the Results tab.</source>
        <translation>Закрыта: сравните оценки на вкладке «Результаты».</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number</source>
        <translation>«%1» — не номер обращения</translation>
    </message>
    <message>
        <source>Give the session a name, a scorecard and at least one ticket number</source>
        <translation>Укажите название сессии, оценочный лист и хотя бы один номер обращения</translation>
    </message>
    <message>
        <source>Answer every criterion before saving</source>
        <translation>Перед сохранением ответьте на каждый критерий</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>С&amp;ессия:</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>Сессия калибровки</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Обновить список сессий</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Новая сессия</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>О&amp;ценка</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Назв&amp;ание:</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Название сессии</translation>
    </message>
    <message>
        <source>Score&amp;card:</source>
        <translation>Оценочный &amp;лист:</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>&amp;Tickets:</source>
        <translation>Обра&amp;щения:</translation>
    </message>
    <message>
        <source>Ticket numbers</source>
        <translation>Номера обращений</translation>
    </message>
    <message>
        <source>Ticket numbers, e.g. 1042, 1043</source>
        <translation>Номера обращений, например 1042, 1043</translation>
    </message>
    <message>
        <source>Re&amp;viewers:</source>
        <translation>Оценщи&amp;ки:</translation>
    </message>
    <message>
        <source>Reviewers besides you</source>
        <translation>Оценщики, кроме вас</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>На&amp;чать сессию</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Начать сессию</translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation>&amp;Диалог:</translation>
    </message>
    <message>
        <source>Conversation to score</source>
        <translation>Диалог для оценки</translation>
    </message>
    <message>
        <source>Save &amp;my score</source>
        <translation>Сохранить &amp;мою оценку</translation>
    </message>
    <message>
        <source>Save my score</source>
        <translation>Сохранить мою оценку</translation>
    </message>
    <message>
        <source>C&amp;lose session</source>
        <translation>&amp;Закрыть сессию</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Закрыть сессию</translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation>Оценщи&amp;к:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Deviation per closed session</source>
        <translation>Отклонение по закрытым сессиям</translation>
    </message>
</context>
<context>
    <name>frontline::ui::CalibrationResultsView</name>
    <message>
        <source>Ticket #%1</source>
        <translation>Обращение №%1</translation>
    </message>
    <message>
        <source>Agreed score: %1 (median of the reviewers: %2)</source>
        <translation>Согласованная оценка: %1 (медиана оценщиков: %2)</translation>
    </message>
    <message>
        <source>No agreed score yet: deviations are from the median, %1</source>
        <translation>Согласованной оценки пока нет: отклонения считаются от медианы, %1</translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation>&amp;Диалог:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Reviewers&apos; scores side by side</source>
        <translation>Оценки оценщиков рядом</translation>
    </message>
    <message>
        <source>A&amp;greed score:</source>
        <translation>&amp;Согласованная оценка:</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Согласованная оценка</translation>
    </message>
    <message>
        <source>&amp;Set agreed score</source>
        <translation>&amp;Установить согласованную оценку</translation>
    </message>
    <message>
        <source>Set agreed score</source>
        <translation>Установить согласованную оценку</translation>
    </message>
    <message>
        <source>Use the &amp;median</source>
        <translation>Взять &amp;медиану</translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation>Взять медиану</translation>
    </message>
</context>
<context>
    <name>frontline::ui::CalibrationScoreForm</name>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Critical: missing it makes the score 0</source>
        <translation>Критический: если не выполнен, оценка 0</translation>
    </message>
    <message>
        <source>Answer every criterion to see the score</source>
        <translation>Ответьте на каждый критерий, чтобы увидеть оценку</translation>
    </message>
    <message>
        <source>Score: 0 (a critical criterion was missed)</source>
        <translation>Оценка: 0 (не выполнен критический критерий)</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Оценка: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::CohortView</name>
    <message>
        <source>%1: no exam closed yet</source>
        <translation>%1: ни один экзамен ещё не завершён</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exam(s) taken, %2 passed (%3 %), mean %4</source>
        <translation>
            <numerusform>%1: проведён %n экзамен, сдано %2 (%3 %), средний балл %4</numerusform>
            <numerusform>%1: проведено %n экзамена, сдано %2 (%3 %), средний балл %4</numerusform>
            <numerusform>%1: проведено %n экзаменов, сдано %2 (%3 %), средний балл %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Стажёры</translation>
    </message>
    <message>
        <source>Trainees by band</source>
        <translation>Стажёры по уровням</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exams of %1</source>
        <translation>Экзамены: %1</translation>
    </message>
    <message>
        <source>Each trainee</source>
        <translation>Каждый стажёр</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>Export the cohort</source>
        <translation>Экспорт группы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The cohort was exported to %1</source>
        <translation>Группа выгружена в %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Each trainee&apos;s total</source>
        <translation>Итог каждого стажёра</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConflictBanner</name>
    <message>
        <source>Conflicting change</source>
        <translation>Конфликт изменений</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep my change</source>
        <translation>Оставить моё изменение</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их версию</translation>
    </message>
    <message>
        <source>Take the other change</source>
        <translation>Принять другое изменение</translation>
    </message>
    <message>
        <source>Someone else changed this ticket. Yours: %1. Now: %2.</source>
        <translation>Кто-то другой изменил это обращение. У вас: %1. Сейчас: %2.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConnectionBanner</name>
    <message>
        <source>Connection</source>
        <translation>Связь</translation>
    </message>
    <message numerus="yes">
        <source>Offline — messages will be sent when the connection returns (%n waiting).</source>
        <translation>
            <numerusform>Нет связи — сообщения будут отправлены, когда связь восстановится (ждёт %n сообщение).</numerusform>
            <numerusform>Нет связи — сообщения будут отправлены, когда связь восстановится (ждут %n сообщения).</numerusform>
            <numerusform>Нет связи — сообщения будут отправлены, когда связь восстановится (ждут %n сообщений).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not syncing: %1. Messages are kept and sent later.</source>
        <translation>Нет синхронизации: %1. Сообщения сохранены и будут отправлены позже.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ConversationListDelegate</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>ждёт %1</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
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
        <translation>Выберите обращение, чтобы открыть переписку.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>No conversation open. Open a ticket from the queue.</source>
        <translation>Переписка не открыта. Откройте обращение из очереди.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local cache yet.</source>
        <translation>Обращения %1 ещё нет в локальном кэше.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source> (saving…)</source>
        <translation> (сохранение…)</translation>
    </message>
    <message>
        <source>New chat assigned: %1</source>
        <translation>Назначен новый чат: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>ведёт: %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Решено: %1</translation>
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
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Previous tickets</source>
        <translation>Прежние обращения</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The customer cannot be read from the local cache: %1</source>
        <translation>Не удаётся прочитать клиента из локального кэша: %1</translation>
    </message>
    <message>
        <source>This ticket&apos;s customer is not in the local cache yet.</source>
        <translation>Клиента этого обращения ещё нет в локальном кэше.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>frontline::ui::DeskNotifier</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n непрочитанное</numerusform>
            <numerusform>%1: %n непрочитанных</numerusform>
            <numerusform>%1: %n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::EscalationDialog</name>
    <message>
        <source>Escalate ticket #%1</source>
        <translation>Эскалация обращения №%1</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Куда эскалировать</translation>
    </message>
    <message>
        <source>Support line %1</source>
        <translation>Линия поддержки %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>Note for the 2nd line</source>
        <translation>Заметка для второй линии</translation>
    </message>
    <message>
        <source>What has been tried, what the customer needs</source>
        <translation>Что уже пробовали и что нужно клиенту</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Conversation attached as context</source>
        <translation>Переписка прикреплена как контекст</translation>
    </message>
    <message>
        <source>[note] </source>
        <translation>[заметка] </translation>
    </message>
    <message>
        <source>Problems with the escalation</source>
        <translation>Проблемы с эскалацией</translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation>&amp;Куда эскалировать:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message numerus="yes">
        <source>Conversation (%n message(s), linked to the ticket):</source>
        <translation>
            <numerusform>Переписка (%n сообщение, привязана к обращению):</numerusform>
            <numerusform>Переписка (%n сообщения, привязана к обращению):</numerusform>
            <numerusform>Переписка (%n сообщений, привязана к обращению):</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A note is optional for this reason.</source>
        <translation>Для этой причины заметка не обязательна.</translation>
    </message>
    <message>
        <source>A note is required for this reason.</source>
        <translation>Для этой причины нужна заметка.</translation>
    </message>
    <message>
        <source>Choose a support line or a team to escalate to.</source>
        <translation>Выберите линию поддержки или команду для эскалации.</translation>
    </message>
    <message>
        <source>Choose the reason for the escalation.</source>
        <translation>Выберите причину эскалации.</translation>
    </message>
    <message>
        <source>Write a note: &quot;%1&quot; needs one, so the 2nd line knows what was tried.</source>
        <translation>Напишите заметку: для причины «%1» она обязательна, чтобы вторая линия знала, что уже пробовали.</translation>
    </message>
    <message>
        <source>The note is too long (at most 4,000 characters).</source>
        <translation>Заметка слишком длинная (не больше 4 000 символов).</translation>
    </message>
</context>
<context>
    <name>frontline::ui::EscalationInbox</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>Escalations to handle</source>
        <translation>Эскалации в работу</translation>
    </message>
    <message>
        <source>Escalations addressed to my line</source>
        <translation>Эскалации на мою линию</translation>
    </message>
    <message>
        <source>Reason for returning the escalation</source>
        <translation>Причина возврата эскалации</translation>
    </message>
    <message>
        <source>Why it goes back (required to return)</source>
        <translation>Почему возвращается (обязательно для возврата)</translation>
    </message>
    <message>
        <source>Accept escalation</source>
        <translation>Принять эскалацию</translation>
    </message>
    <message>
        <source>Return escalation</source>
        <translation>Вернуть эскалацию</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>Решить эскалацию</translation>
    </message>
    <message>
        <source>Say why the escalation goes back before returning it.</source>
        <translation>Прежде чем вернуть эскалацию, укажите причину.</translation>
    </message>
    <message>
        <source>#%1 was returned to the operator who escalated it.</source>
        <translation>№%1 возвращено оператору, который его эскалировал.</translation>
    </message>
    <message>
        <source>#%1: the escalation is resolved.</source>
        <translation>№%1: эскалация решена.</translation>
    </message>
    <message>
        <source>#%1 is no longer addressed to you.</source>
        <translation>№%1 больше не адресовано вам.</translation>
    </message>
    <message>
        <source>#%1 was not accepted: %2</source>
        <translation>№%1 не принято: %2</translation>
    </message>
    <message>
        <source>#%1 was not returned: %2</source>
        <translation>№%1 не возвращено: %2</translation>
    </message>
    <message>
        <source>#%1 was not resolved: %2</source>
        <translation>№%1 не решено: %2</translation>
    </message>
    <message>
        <source>A change to escalation #%1 was refused: %2</source>
        <translation>Изменение эскалации №%1 отклонено: %2</translation>
    </message>
</context>
<context>
    <name>frontline::ui::EscalationStrip</name>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>линия %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>команда %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <source>Escalated to %1 · %2 · %3</source>
        <translation>Эскалация: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>open, waiting</source>
        <translation>открыта, ожидает</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>принята: %1</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>возвращена: %1</translation>
    </message>
    <message>
        <source>returned by %1: %2</source>
        <translation>возвращена (%1): %2</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решена</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>решена: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamQuestionsPanel</name>
    <message>
        <source>This exam has no questions.</source>
        <translation>В этом экзамене нет вопросов.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>The exam is over: no more answers are taken.</source>
        <translation>Экзамен окончен: ответы больше не принимаются.</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Ответ дан.</translation>
    </message>
    <message numerus="yes">
        <source>Answer within %n minute(s) of first seeing the question.</source>
        <translation>
            <numerusform>Ответьте в течение %n минуты с того момента, как впервые увидели вопрос.</numerusform>
            <numerusform>Ответьте в течение %n минут с того момента, как впервые увидели вопрос.</numerusform>
            <numerusform>Ответьте в течение %n минут с того момента, как впервые увидели вопрос.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Сначала выберите ответ.</translation>
    </message>
    <message>
        <source>Exam questions</source>
        <translation>Вопросы экзамена</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamReplay</name>
    <message>
        <source>%1 (ticket %2)</source>
        <translation>%1 (обращение %2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Conversation to replay</source>
        <translation>Диалог для повтора</translation>
    </message>
    <message>
        <source>Replayed messages</source>
        <translation>Сообщения повтора</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>С начала</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Следующее сообщение</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamResultView</name>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Article found</source>
        <translation>Статья найдена</translation>
    </message>
    <message>
        <source>Time to the article</source>
        <translation>Время до статьи</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1: результата пока нет</translation>
    </message>
    <message>
        <source>%1: %2 of 100, %3, %4</source>
        <translation>%1: %2 из 100, %3, %4</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <source>Never answered before the close</source>
        <translation>Без ответа до окончания экзамена</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message numerus="yes">
        <source>after %n s</source>
        <translation>
            <numerusform>через %n с</numerusform>
            <numerusform>через %n с</numerusform>
            <numerusform>через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>after the time limit</source>
        <translation>после отведённого времени</translation>
    </message>
    <message>
        <source>articles opened: %1</source>
        <translation>открытые статьи: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Article opened</source>
        <translation>Статья открыта</translation>
    </message>
    <message>
        <source>Article inserted</source>
        <translation>Статья вставлена</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Scenario / criterion</source>
        <translation>Сценарий / критерий</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Scores per conversation</source>
        <translation>Баллы по диалогам</translation>
    </message>
    <message>
        <source>Scores per question</source>
        <translation>Баллы по вопросам</translation>
    </message>
    <message>
        <source>Timeline of the exam</source>
        <translation>Хронология экзамена</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamStrip</name>
    <message>
        <source>The exam did not start: %1</source>
        <translation>Экзамен не начался: %1</translation>
    </message>
    <message>
        <source>Practice: at your own pace</source>
        <translation>Практика: в своём темпе</translation>
    </message>
    <message>
        <source>Exam: %1 left</source>
        <translation>Экзамен: осталось %1</translation>
    </message>
    <message numerus="yes">
        <source>Practice: %n conversation(s), one at a time</source>
        <translation>
            <numerusform>Практика: %n диалог, по одному</numerusform>
            <numerusform>Практика: %n диалога, по одному</numerusform>
            <numerusform>Практика: %n диалогов, по одному</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exam: %n customer(s) at once</source>
        <translation>
            <numerusform>Экзамен: %n клиент одновременно</numerusform>
            <numerusform>Экзамен: %n клиента одновременно</numerusform>
            <numerusform>Экзамен: %n клиентов одновременно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice is over</source>
        <translation>Практика окончена</translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation>Экзамен окончен</translation>
    </message>
    <message>
        <source>%1: the result is being computed</source>
        <translation>%1: результат подсчитывается</translation>
    </message>
    <message>
        <source>%1: %2 of 100, %3, %4</source>
        <translation>%1: %2 из 100, %3, %4</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Завершить практику</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Вопросы (%1)</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>Результат…</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ExamsPage</name>
    <message numerus="yes">
        <source>%n exam(s) started; the trainees see Begin in their sandbox.</source>
        <translation>
            <numerusform>Начат %n экзамен: стажёры видят кнопку «Начать» в своей учебной среде.</numerusform>
            <numerusform>Начато %n экзамена: стажёры видят кнопку «Начать» в своей учебной среде.</numerusform>
            <numerusform>Начато %n экзаменов: стажёры видят кнопку «Начать» в своей учебной среде.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the exam</source>
        <translation>Завершить экзамен</translation>
    </message>
    <message>
        <source>End %1&apos;s exam now? It closes at once and is scored on what she did so far.</source>
        <translation>Завершить экзамен стажёра %1 сейчас? Он закроется сразу и будет оценён по тому, что уже сделано.</translation>
    </message>
    <message>
        <source>Make a sandbox first: exams are taken in one.</source>
        <translation>Сначала создайте учебную среду: экзамены проходят в ней.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s) in this sandbox</source>
        <translation>
            <numerusform>%n экзамен в этой учебной среде</numerusform>
            <numerusform>%n экзамена в этой учебной среде</numerusform>
            <numerusform>%n экзаменов в этой учебной среде</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Учебная среда</translation>
    </message>
    <message>
        <source>Start exam…</source>
        <translation>Начать экзамен…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <source>End the chosen trainee&apos;s exam now</source>
        <translation>Завершить экзамен выбранного стажёра сейчас</translation>
    </message>
    <message>
        <source>Exams, live</source>
        <translation>Экзамены в реальном времени</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>frontline::ui::HelpFlagDialog</name>
    <message>
        <source>Ask a supervisor for help</source>
        <translation>Попросить помощи у супервизора</translation>
    </message>
    <message>
        <source>A supervisor will see your flag on ticket #%1 at once. What do you need? (optional)</source>
        <translation>Супервизор сразу увидит ваш флажок на обращении №%1. Что вам нужно? (необязательно)</translation>
    </message>
    <message>
        <source>A supervisor will see your flag at once. What do you need? (optional)</source>
        <translation>Супервизор сразу увидит ваш флажок. Что вам нужно? (необязательно)</translation>
    </message>
    <message>
        <source>Note for the supervisor</source>
        <translation>Заметка для супервизора</translation>
    </message>
    <message>
        <source>Customer asks for a refund over the limit</source>
        <translation>Клиент просит возврат сверх лимита</translation>
    </message>
    <message>
        <source>&amp;Raise flag</source>
        <translation>&amp;Поднять флажок</translation>
    </message>
    <message>
        <source>Raise the help flag</source>
        <translation>Поднять флажок помощи</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>frontline::ui::HelpFlagStrip</name>
    <message>
        <source>Help flag</source>
        <translation>Флажок помощи</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Lower flag</source>
        <translation>Опустить флажок</translation>
    </message>
    <message>
        <source>Withdraw the help flag</source>
        <translation>Отозвать флажок помощи</translation>
    </message>
    <message>
        <source>Lower the help flag</source>
        <translation>Опустить флажок помощи</translation>
    </message>
    <message>
        <source>You withdrew your help flag at %1</source>
        <translation>Вы отозвали флажок помощи в %1</translation>
    </message>
    <message>
        <source>%1 withdrew the help flag at %2</source>
        <translation>%1 отозвал(а) флажок помощи в %2</translation>
    </message>
    <message>
        <source>%1 lowered your flag at %2</source>
        <translation>%1 опустил(а) ваш флажок в %2</translation>
    </message>
    <message>
        <source>%1 lowered %2&apos;s flag at %3</source>
        <translation>%1 опустил(а) флажок оператора %2 в %3</translation>
    </message>
    <message>
        <source>You asked a supervisor for help</source>
        <translation>Вы попросили помощи у супервизора</translation>
    </message>
    <message>
        <source>You asked a supervisor for help: %1</source>
        <translation>Вы попросили помощи у супервизора: %1</translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation>%1 просит помощи</translation>
    </message>
    <message>
        <source>%1 asks for help: %2</source>
        <translation>%1 просит помощи: %2</translation>
    </message>
    <message>
        <source>(sending…)</source>
        <translation>(отправляется…)</translation>
    </message>
    <message>
        <source>The help flag was not raised: %1</source>
        <translation>Флажок помощи не поднят: %1</translation>
    </message>
    <message>
        <source>The help flag was not lowered: %1</source>
        <translation>Флажок помощи не опущен: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::KnowledgeBasePane</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Insert excerpt</source>
        <translation>Вставить фрагмент</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <source>Knowledge base search</source>
        <translation>Поиск по базе знаний</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Knowledge base results</source>
        <translation>Результаты поиска по базе знаний</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Статья базы знаний</translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply (%1)</source>
        <translation>Вставить в ответ заголовок статьи и ссылку (%1)</translation>
    </message>
    <message>
        <source>Insert excerpt into the reply</source>
        <translation>Вставить фрагмент в ответ</translation>
    </message>
    <message>
        <source>Insert link into the reply</source>
        <translation>Вставить ссылку в ответ</translation>
    </message>
    <message>
        <source>Recently used articles</source>
        <translation>Недавние статьи</translation>
    </message>
    <message>
        <source>Type to search the knowledge base.</source>
        <translation>Начните вводить запрос для поиска по базе знаний.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles found.</source>
        <translation>Статьи не найдены.</translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>Не удаётся выполнить поиск по базе знаний: %1</translation>
    </message>
    <message>
        <source>Insert the selected text, or the paragraph under the cursor, into the reply (%1)</source>
        <translation>Вставить в ответ выделенный текст или абзац, в котором стоит курсор (%1)</translation>
    </message>
    <message>
        <source>Click a paragraph of the article or select text, then insert it.</source>
        <translation>Щёлкните по абзацу статьи или выделите текст, затем вставьте его.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::LeavingWarning</name>
    <message>
        <source>Your chats go back to the queue</source>
        <translation>Ваши чаты вернутся в очередь</translation>
    </message>
    <message numerus="yes">
        <source>You have %n chat(s) assigned: %1.</source>
        <translation>
            <numerusform>За вами %n чат: %1.</numerusform>
            <numerusform>За вами %n чата: %1.</numerusform>
            <numerusform>За вами %n чатов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>While you are on a break</source>
        <translation>Пока вы на перерыве</translation>
    </message>
    <message>
        <source>Go on a break</source>
        <translation>Уйти на перерыв</translation>
    </message>
    <message>
        <source>While you are away</source>
        <translation>Пока вас нет</translation>
    </message>
    <message>
        <source>Go offline</source>
        <translation>Отойти</translation>
    </message>
    <message>
        <source>Signing out sets your status to Away; then</source>
        <translation>При выходе из учётной записи ваш статус станет «Нет на месте»; затем</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Switching user sets your status to Away; then</source>
        <translation>При смене пользователя ваш статус станет «Нет на месте»; затем</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <source>Quitting sets your status to Away; then</source>
        <translation>При выходе из программы ваш статус станет «Нет на месте»; затем</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>%1, the back office gives these chats to a colleague after %2, unless you are available again before then. Your emails and other tickets stay yours.</source>
        <translation>%1 через %2 бэк-офис передаст эти чаты коллеге, если вы не вернётесь раньше. Письма и другие обращения останутся за вами.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::LinkGuard</name>
    <message>
        <source>Open a customer&apos;s link</source>
        <translation>Открыть ссылку клиента</translation>
    </message>
    <message>
        <source>This link from the customer leads to:

%1</source>
        <translation>Эта ссылка от клиента ведёт на:

%1</translation>
    </message>
    <message>
        <source>You have not opened an address on %1 before. Open it in your browser?</source>
        <translation>Вы ещё не открывали адреса на %1. Открыть ссылку в браузере?</translation>
    </message>
</context>
<context>
    <name>frontline::ui::LoginDialog</name>
    <message>
        <source>&amp;Demo on this computer</source>
        <translation>&amp;Демо на этом компьютере</translation>
    </message>
    <message>
        <source>Back-office &amp;server:</source>
        <translation>&amp;Сервер бэк-офиса:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <source>Sign in to Frontline</source>
        <translation>Вход в Frontline</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Demo on this computer</source>
        <translation>Демо на этом компьютере</translation>
    </message>
    <message>
        <source>Back-office server</source>
        <translation>Сервер бэк-офиса</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>https://frontline.example.com</source>
        <translation>https://frontline.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Запомнить меня</translation>
    </message>
    <message>
        <source>Where the session is kept</source>
        <translation>Где хранится сеанс</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Проблема со входом</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Demo users: olga, ivan, anna, maxim (operators), pavel (2nd line), sofia (supervisor), tanya (trainer); the password is demo.</source>
        <translation>Демо-пользователи: olga, ivan, anna, maxim (операторы), pavel (вторая линия), sofia (супервайзер), tanya (тренер); пароль — demo.</translation>
    </message>
    <message>
        <source>The demo&apos;s session ends when Frontline closes; its data stays on this computer.</source>
        <translation>Демо-сеанс заканчивается при закрытии Frontline; его данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>Your session is kept in the system keychain or, where none answers, in a file only you can read.</source>
        <translation>Сеанс хранится в системной связке ключей, а если она не отвечает — в файле, который можете читать только вы.</translation>
    </message>
    <message>
        <source>Your session ends when Frontline closes.</source>
        <translation>Сеанс закончится при закрытии Frontline.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Starting the demo back office…</source>
        <translation>Запуск демонстрационного бэк-офиса…</translation>
    </message>
    <message>
        <source>The demo back office did not start: %1</source>
        <translation>Демонстрационный бэк-офис не запустился: %1</translation>
    </message>
    <message>
        <source>Enter the back office&apos;s address, e.g. https://frontline.example.com</source>
        <translation>Введите адрес бэк-офиса, например https://frontline.example.com</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>Вход с сохранённым сеансом…</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Рабочее пространство:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Рабочая среда</translation>
    </message>
    <message>
        <source>Training: %1 (%2)</source>
        <translation>Обучение: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose where to work: production or a training sandbox, then sign in.</source>
        <translation>Выберите, где работать: рабочая среда или учебная, и войдите.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::MacroPicker</name>
    <message>
        <source>Canned responses</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Поиск шаблонов ответов</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>Поиск шаблонов ответов…</translation>
    </message>
</context>
<context>
    <name>frontline::ui::MainWindow</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>Frontline — %1</source>
        <translation>Frontline — %1</translation>
    </message>
    <message>
        <source>&amp;Frontline</source>
        <translation>&amp;Frontline</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>В&amp;ыйти из учётной записи…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>My s&amp;tatus…</source>
        <translation>Мой с&amp;татус…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Frontline — %1 — %2</source>
        <translation>Frontline — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>&amp;Калибровка…</translation>
    </message>
    <message>
        <source>&amp;Quality reviews…</source>
        <translation>Оценки &amp;качества…</translation>
    </message>
    <message>
        <source>My &amp;reviews…</source>
        <translation>Мои &amp;оценки…</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Мои оценки</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>Оценки качества</translation>
    </message>
    <message>
        <source>New QA review of ticket #%1 by %2: %3 % (My reviews: %4)</source>
        <translation>Новая оценка качества обращения №%1 от %2: %3 % (Мои оценки: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n new QA review(s) (My reviews: %1)</source>
        <translation>
            <numerusform>%n новая оценка качества (Мои оценки: %1)</numerusform>
            <numerusform>%n новые оценки качества (Мои оценки: %1)</numerusform>
            <numerusform>%n новых оценок качества (Мои оценки: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your dispute of the review of ticket #%1 was answered (My reviews: %2)</source>
        <translation>На ваше возражение по оценке обращения №%1 ответили (Мои оценки: %2)</translation>
    </message>
    <message>
        <source>My trai&amp;ning…</source>
        <translation>Мои &amp;курсы…</translation>
    </message>
    <message>
        <source>Operators&apos; &amp;figures…</source>
        <translation>&amp;Показатели операторов…</translation>
    </message>
    <message>
        <source>New course from %1: %2 (My training: %3)</source>
        <translation>Новый курс от %1: %2 (Мои курсы: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n new course(s) (My training: %1)</source>
        <translation>
            <numerusform>%n новый курс (Мои курсы: %1)</numerusform>
            <numerusform>%n новых курса (Мои курсы: %1)</numerusform>
            <numerusform>%n новых курсов (Мои курсы: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Учебные среды</translation>
    </message>
    <message>
        <source>Scenario packs</source>
        <translation>Пакеты сценариев</translation>
    </message>
    <message>
        <source>&amp;Exam questions…</source>
        <translation>&amp;Вопросы экзамена…</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Экзамены</translation>
    </message>
    <message>
        <source>No exam questions are open now.</source>
        <translation>Сейчас нет открытых вопросов экзамена.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::MessageDelegate</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Внутренняя заметка · %1</translation>
    </message>
    <message>
        <source> · sending…</source>
        <translation> · отправляется…</translation>
    </message>
    <message>
        <source> · not sent — double-click to retry</source>
        <translation> · не отправлено — дважды щёлкните, чтобы повторить</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Откроет %1</translation>
    </message>
    <message>
        <source>Whisper from %1 — the customer does not see this</source>
        <translation>Шёпот от %1 — клиент этого не видит</translation>
    </message>
</context>
<context>
    <name>frontline::ui::MonitorView</name>
    <message>
        <source>The conversation, live</source>
        <translation>Разговор в реальном времени</translation>
    </message>
    <message>
        <source>Whether the customer is typing</source>
        <translation>Печатает ли клиент</translation>
    </message>
    <message>
        <source>Whether the operator is typing</source>
        <translation>Печатает ли оператор</translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation>Что произошло последним</translation>
    </message>
    <message>
        <source>Text to whisper to the operator or to write to the customer</source>
        <translation>Текст, чтобы шепнуть оператору или написать клиенту</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Шепнуть</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Перехватить чат</translation>
    </message>
    <message>
        <source>Take the chat over: it becomes yours to answer</source>
        <translation>Перехватить чат: отвечать будете вы</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Вернуть оператору</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответить клиенту</translation>
    </message>
    <message>
        <source>Send the text to the customer as your reply</source>
        <translation>Отправить текст клиенту как ваш ответ</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Прекратить наблюдение</translation>
    </message>
    <message>
        <source>Stop watching and close</source>
        <translation>Прекратить наблюдение и закрыть</translation>
    </message>
    <message>
        <source>Starting to watch…</source>
        <translation>Начинаем наблюдение…</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the cache yet</source>
        <translation>Обращения %1 ещё нет в кэше</translation>
    </message>
    <message>
        <source>you took it over</source>
        <translation>вы перехватили его</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>#%1 %2
%3 · %4 · %5 · %6</source>
        <translation>№%1 %2
%3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Watching ticket #%1 live</source>
        <translation>Наблюдение за обращением №%1</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>Whisper the text to %1; the customer does not see it</source>
        <translation>Шепнуть текст: %1; клиент его не увидит</translation>
    </message>
    <message>
        <source>Confirm barge in</source>
        <translation>Подтвердить вмешательство</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Вмешаться</translation>
    </message>
    <message>
        <source>Confirm: write the text to the customer under your name</source>
        <translation>Подтвердить: написать текст клиенту от вашего имени</translation>
    </message>
    <message>
        <source>Barge in: write the text to the customer under your name</source>
        <translation>Вмешаться: написать текст клиенту от вашего имени</translation>
    </message>
    <message>
        <source>Hand the chat back to %1</source>
        <translation>Вернуть чат: %1</translation>
    </message>
    <message>
        <source>Write your reply to the customer</source>
        <translation>Напишите ответ клиенту</translation>
    </message>
    <message>
        <source>Write a whisper (Ctrl+Shift+W) or a message to the customer (Ctrl+Shift+G)</source>
        <translation>Напишите шёпот (Ctrl+Shift+W) или сообщение клиенту (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Сначала напишите текст.</translation>
    </message>
    <message>
        <source>Barging in writes the text to the customer under your name, and %1 is told at once. Press Barge in (Ctrl+Shift+G) again to send it.</source>
        <translation>Вмешательство отправит текст клиенту от вашего имени, и оператор (%1) сразу об этом узнает. Нажмите «Вмешаться» (Ctrl+Shift+G) ещё раз, чтобы отправить.</translation>
    </message>
    <message>
        <source>Your reply is in the conversation.</source>
        <translation>Ваш ответ добавлен в разговор.</translation>
    </message>
    <message>
        <source>Watching live.</source>
        <translation>Идёт наблюдение.</translation>
    </message>
    <message>
        <source>Whispered to %1.</source>
        <translation>Шёпот отправлен: %1.</translation>
    </message>
    <message>
        <source>Written to the customer; %1 was told.</source>
        <translation>Написано клиенту; оператор (%1) уведомлён.</translation>
    </message>
    <message>
        <source>You took the chat over: answer the customer here, or hand it back.</source>
        <translation>Вы перехватили чат: отвечайте клиенту здесь или верните чат оператору.</translation>
    </message>
    <message>
        <source>Handed back to %1.</source>
        <translation>Чат возвращён: %1.</translation>
    </message>
    <message>
        <source>Not watching: %1</source>
        <translation>Наблюдение не началось: %1</translation>
    </message>
    <message>
        <source>Could not stop watching: %1</source>
        <translation>Не удалось прекратить наблюдение: %1</translation>
    </message>
    <message>
        <source>The whisper was not sent: %1</source>
        <translation>Шёпот не отправлен: %1</translation>
    </message>
    <message>
        <source>Nothing was written to the customer: %1</source>
        <translation>Клиенту ничего не написано: %1</translation>
    </message>
    <message>
        <source>The chat was not taken over: %1</source>
        <translation>Чат не перехвачен: %1</translation>
    </message>
    <message>
        <source>The chat was not handed back: %1</source>
        <translation>Чат не возвращён: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::MyTrainingDialog</name>
    <message>
        <source>My training</source>
        <translation>Мои курсы</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Отметить &amp;пройденным</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Мои курсы</translation>
    </message>
    <message>
        <source>My training status</source>
        <translation>Состояние моих курсов</translation>
    </message>
    <message>
        <source>Start the selected course</source>
        <translation>Начать выбранный курс</translation>
    </message>
    <message>
        <source>Mark the selected course completed</source>
        <translation>Отметить выбранный курс пройденным</translation>
    </message>
    <message>
        <source>Close my training</source>
        <translation>Закрыть мои курсы</translation>
    </message>
    <message>
        <source>No course has been assigned to you.</source>
        <translation>Вам пока не назначено ни одного курса.</translation>
    </message>
    <message>
        <source>The course could not be changed: %1</source>
        <translation>Курс не изменён: %1</translation>
    </message>
    <message>
        <source>Make my change &amp;again</source>
        <translation>Повторить моё &amp;изменение</translation>
    </message>
    <message>
        <source>Make my change to the course again</source>
        <translation>Повторить моё изменение курса</translation>
    </message>
    <message>
        <source>&amp;Leave it</source>
        <translation>&amp;Оставить как есть</translation>
    </message>
    <message>
        <source>Leave the course as it is now</source>
        <translation>Оставить курс таким, как он сейчас</translation>
    </message>
    <message>
        <source>Your change to the selected course was not saved: the course was changed meanwhile (by your trainer, or by you elsewhere), and the list shows it as it is now.</source>
        <translation>Ваше изменение выбранного курса не сохранено: тем временем курс изменили (тренер или вы сами в другом месте), и список показывает его таким, как он сейчас.</translation>
    </message>
    <message>
        <source>Conflicts could not be read: %1</source>
        <translation>Не удалось прочитать конфликты: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::NewReviewDialog</name>
    <message>
        <source>Score&amp;card:</source>
        <translation>Оценочная &amp;карта:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>The scorecards could not be read: %1</source>
        <translation>Не удалось получить оценочные карты: %1</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Неделя:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Доля:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Зерно:</translation>
    </message>
    <message>
        <source>CSAT &amp;below:</source>
        <translation>CSAT &amp;ниже:</translation>
    </message>
    <message>
        <source>E&amp;scalated:</source>
        <translation>&amp;Эскалация:</translation>
    </message>
    <message>
        <source>&amp;Handle time over:</source>
        <translation>&amp;Время обработки больше:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>Опе&amp;ратор:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <source>Resolved &amp;in:</source>
        <translation>Решено &amp;за:</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Random sa&amp;mple</source>
        <translation>Случайная &amp;выборка</translation>
    </message>
    <message>
        <source>By &amp;filters</source>
        <translation>По &amp;фильтрам</translation>
    </message>
    <message>
        <source>How to choose conversations</source>
        <translation>Как выбрать переписки</translation>
    </message>
    <message>
        <source>ISO week, like 2026-W49</source>
        <translation>Неделя ISO, например 2026-W49</translation>
    </message>
    <message>
        <source>Share of each operator&apos;s conversations</source>
        <translation>Доля переписок каждого оператора</translation>
    </message>
    <message>
        <source>Seed: the same seed draws the same sample</source>
        <translation>Зерно: с тем же зерном выборка та же</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>&amp;Сделать выборку</translation>
    </message>
    <message>
        <source>Draw the sample</source>
        <translation>Сделать выборку</translation>
    </message>
    <message>
        <source>Any CSAT</source>
        <translation>Любой CSAT</translation>
    </message>
    <message>
        <source>CSAT below</source>
        <translation>CSAT ниже</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Неважно</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>С эскалацией</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Без эскалации</translation>
    </message>
    <message>
        <source>Only with a &amp;returned escalation</source>
        <translation>Только с &amp;возвращённой эскалацией</translation>
    </message>
    <message>
        <source>Only with a returned escalation</source>
        <translation>Только с возвращённой эскалацией</translation>
    </message>
    <message>
        <source>Any handle time</source>
        <translation>Любое время обработки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Handle time over, minutes</source>
        <translation>Время обработки больше, минут</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Every queue</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Resolved in</source>
        <translation>Решено за</translation>
    </message>
    <message>
        <source>F&amp;ind conversations</source>
        <translation>&amp;Найти переписки</translation>
    </message>
    <message>
        <source>Find the conversations that match the filters</source>
        <translation>Найти переписки, подходящие под фильтры</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Оценочная карта</translation>
    </message>
    <message>
        <source>Conversations to review</source>
        <translation>Переписки для оценки</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>Состояние новой оценки</translation>
    </message>
    <message>
        <source>Re&amp;view selected</source>
        <translation>&amp;Оценить выбранную</translation>
    </message>
    <message>
        <source>Review the selected conversation</source>
        <translation>Оценить выбранную переписку</translation>
    </message>
    <message>
        <source>Cancel the new review</source>
        <translation>Отменить новую оценку</translation>
    </message>
    <message>
        <source>Drawing the sample…</source>
        <translation>Делаем выборку…</translation>
    </message>
    <message>
        <source>Finding conversations…</source>
        <translation>Ищем переписки…</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Не найдено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n переписка</numerusform>
            <numerusform>%n переписки</numerusform>
            <numerusform>%n переписок</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a scorecard first.</source>
        <translation>Сначала выберите оценочную карту.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Сначала выберите переписку.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::NewSandboxDialog</name>
    <message>
        <source>The packs could not be read: %1</source>
        <translation>Не удалось получить пакеты: %1</translation>
    </message>
    <message>
        <source>New sandbox</source>
        <translation>Новая учебная среда</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Cohort 12, December</source>
        <translation>Группа 12, декабрь</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>cohort-12: lower-case letters, digits and hyphens</source>
        <translation>cohort-12: строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>Па&amp;кет:</translation>
    </message>
    <message>
        <source>None: production&apos;s setup only</source>
        <translation>Нет: только настройки рабочей среды</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sandbox title, shown to trainees</source>
        <translation>Название учебной среды, которое видят стажёры</translation>
    </message>
    <message>
        <source>Sandbox name</source>
        <translation>Имя учебной среды</translation>
    </message>
    <message>
        <source>Scenario pack the sandbox is filled from</source>
        <translation>Пакет сценариев, которым заполняется учебная среда</translation>
    </message>
    <message>
        <source>New sandbox status</source>
        <translation>Состояние создания учебной среды</translation>
    </message>
    <message>
        <source>Create the sandbox</source>
        <translation>Создать учебную среду</translation>
    </message>
    <message>
        <source>Cancel the new sandbox</source>
        <translation>Отменить создание учебной среды</translation>
    </message>
    <message>
        <source>Give the sandbox a title and a name.</source>
        <translation>Укажите название и имя учебной среды.</translation>
    </message>
    <message>
        <source>Making the sandbox: copying the setup and filling it from the pack…</source>
        <translation>Создаём учебную среду: копируем настройки и заполняем её из пакета…</translation>
    </message>
    <message>
        <source>The sandbox was not made: %1</source>
        <translation>Учебная среда не создана: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::OpenConversationsList</name>
    <message>
        <source>Open conversations</source>
        <translation>Открытые переписки</translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorBoardPane</name>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Все линии</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Линия %1</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Operators board</source>
        <translation>Табло операторов</translation>
    </message>
    <message>
        <source>Each operator&apos;s status and figures over the board&apos;s window; the last row is the totals. Enter opens the operator&apos;s details.</source>
        <translation>Статус и показатели каждого оператора за период табло; последняя строка — итоги. Enter открывает подробности об операторе.</translation>
    </message>
    <message>
        <source>Find an operator</source>
        <translation>Найти оператора</translation>
    </message>
    <message>
        <source>Find an operator by name</source>
        <translation>Найти оператора по имени</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Фильтр по команде</translation>
    </message>
    <message>
        <source>Line filter</source>
        <translation>Фильтр по линии</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Фильтр по очереди</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Линия</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorDrillDown</name>
    <message>
        <source>Her open conversations</source>
        <translation>Её открытые диалоги</translation>
    </message>
    <message>
        <source>Tickets she handled today</source>
        <translation>Обращения, обработанные ею сегодня</translation>
    </message>
    <message>
        <source>Her presence today</source>
        <translation>Её статусы за сегодня</translation>
    </message>
    <message>
        <source>Her work today</source>
        <translation>Её работа за сегодня</translation>
    </message>
    <message>
        <source>&amp;Open conversations</source>
        <translation>&amp;Открытые диалоги</translation>
    </message>
    <message>
        <source>&amp;Handled today</source>
        <translation>&amp;Обработано сегодня</translation>
    </message>
    <message>
        <source>&amp;Presence today</source>
        <translation>&amp;Статусы за сегодня</translation>
    </message>
    <message>
        <source>&amp;Queues and chat limit…</source>
        <translation>&amp;Очереди и лимит чатов…</translation>
    </message>
    <message>
        <source>Change her queues and chat limit</source>
        <translation>Изменить её очереди и лимит чатов</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Her presence could not be read: %1</source>
        <translation>Не удалось получить её статусы: %1</translation>
    </message>
    <message>
        <source>Reading her presence…</source>
        <translation>Загружаем её статусы…</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Оператор %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open, %2 handled today, %3:%4 online</source>
        <translation>
            <numerusform>%1: %n открытый диалог, обработано сегодня: %2, на линии %3:%4</numerusform>
            <numerusform>%1: %n открытых диалога, обработано сегодня: %2, на линии %3:%4</numerusform>
            <numerusform>%1: %n открытых диалогов, обработано сегодня: %2, на линии %3:%4</numerusform>
        </translation>
    </message>
    <message>
        <source>No presence today</source>
        <translation>Сегодня статусов не было</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of presence today</source>
        <translation>
            <numerusform>%n смена статуса за сегодня</numerusform>
            <numerusform>%n смены статуса за сегодня</numerusform>
            <numerusform>%n смен статуса за сегодня</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Monitor the chat live</source>
        <translation>&amp;Наблюдать за чатом</translation>
    </message>
    <message>
        <source>Monitor the selected open conversation live</source>
        <translation>Наблюдать за выбранным открытым разговором в реальном времени</translation>
    </message>
    <message>
        <source>She has no open conversation to monitor.</source>
        <translation>У неё нет открытых разговоров, за которыми можно наблюдать.</translation>
    </message>
    <message numerus="yes">
        <source>She has %n open conversation(s): choose the one to monitor in the list, then press %1 again.</source>
        <translation>
            <numerusform>У неё %n открытый разговор: выберите в списке тот, за которым наблюдать, и снова нажмите %1.</numerusform>
            <numerusform>У неё %n открытых разговора: выберите в списке тот, за которым наблюдать, и снова нажмите %1.</numerusform>
            <numerusform>У неё %n открытых разговоров: выберите в списке тот, за которым наблюдать, и снова нажмите %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorFiguresView</name>
    <message>
        <source>Operators&apos; figures</source>
        <translation>Показатели операторов</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Cha&amp;rt:</source>
        <translation>&amp;График:</translation>
    </message>
    <message>
        <source>Assign a &amp;course…</source>
        <translation>Назначить &amp;курс…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделям</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Дням</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Обработано обращений</translation>
    </message>
    <message>
        <source>AHT, seconds</source>
        <translation>AHT, секунды</translation>
    </message>
    <message>
        <source>FCR, %</source>
        <translation>FCR, %</translation>
    </message>
    <message>
        <source>Escalations returned, %</source>
        <translation>Возвращённые эскалации, %</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT, с</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Returned, %</source>
        <translation>Возвращено, %</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>Оценок качества</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Figures by week or by day</source>
        <translation>Показатели по неделям или по дням</translation>
    </message>
    <message>
        <source>Figure in the chart</source>
        <translation>Показатель на графике</translation>
    </message>
    <message>
        <source>Chart of the figure over time</source>
        <translation>График показателя во времени</translation>
    </message>
    <message>
        <source>The operator&apos;s figures</source>
        <translation>Показатели оператора</translation>
    </message>
    <message>
        <source>Figures status</source>
        <translation>Состояние показателей</translation>
    </message>
    <message>
        <source>Assign the operator a course</source>
        <translation>Назначить оператору курс</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось получить показатели: %1</translation>
    </message>
    <message>
        <source>Course assigned to %1.</source>
        <translation>Курс назначен: %1.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorPerspective</name>
    <message>
        <source>Operator workspace</source>
        <translation>Рабочее место оператора</translation>
    </message>
    <message>
        <source>Your presence was not changed: %1</source>
        <translation>Ваш статус не изменён: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: the back office refused a change: %2</source>
        <translation>Обращение №%1: бэк-офис отклонил изменение: %2</translation>
    </message>
    <message>
        <source>The back office refused a change: %1</source>
        <translation>Бэк-офис отклонил изменение: %1</translation>
    </message>
    <message>
        <source>Your help flag was not lowered: %1</source>
        <translation>Ваш флажок помощи не опущен: %1</translation>
    </message>
    <message>
        <source>Your course was not changed: %1</source>
        <translation>Ваш курс не изменён: %1</translation>
    </message>
    <message>
        <source>Your answer was not taken: %1</source>
        <translation>Ваш ответ не принят: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::OperatorSettingsDialog</name>
    <message>
        <source>Chat limit</source>
        <translation>Лимит чатов</translation>
    </message>
    <message>
        <source>Queues she works</source>
        <translation>Очереди, с которыми она работает</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save her settings</source>
        <translation>Сохранить её настройки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Chat limit:</source>
        <translation>&amp;Лимит чатов:</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Очереди:</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <source>Queues and chat limit of %1</source>
        <translation>Очереди и лимит чатов: %1</translation>
    </message>
    <message>
        <source>Sending… (offline, it waits and is sent once the back office answers)</source>
        <translation>Отправляем… (без связи изменение подождёт и уйдёт, как только бэк-офис ответит)</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackBranchForm</name>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Wo&amp;rds (commas):</source>
        <translation>С&amp;лова (через запятую):</translation>
    </message>
    <message>
        <source>All of them:</source>
        <translation>Все сразу:</translation>
    </message>
    <message>
        <source>Article or &amp;macro slug:</source>
        <translation>Код статьи или &amp;шаблона:</translation>
    </message>
    <message>
        <source>Escalation &amp;target:</source>
        <translation>&amp;Адресат эскалации:</translation>
    </message>
    <message>
        <source>Escalation r&amp;eason:</source>
        <translation>П&amp;ричина эскалации:</translation>
    </message>
    <message>
        <source>Resolution &amp;code:</source>
        <translation>&amp;Код решения:</translation>
    </message>
    <message>
        <source>Silence, s&amp;econds:</source>
        <translation>Молчание, с&amp;екунд:</translation>
    </message>
    <message>
        <source>&amp;Delay before she answers, s:</source>
        <translation>&amp;Задержка перед ответом, с:</translation>
    </message>
    <message>
        <source>She &amp;says:</source>
        <translation>Клиент &amp;пишет:</translation>
    </message>
    <message>
        <source>She ra&amp;tes (0: no rating):</source>
        <translation>&amp;Оценка (0 — без оценки):</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation>&amp;Затем:</translation>
    </message>
    <message>
        <source>the reply must hold every word</source>
        <translation>в ответе должны быть все слова</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackEditor</name>
    <message>
        <source>Scenario pack — %1</source>
        <translation>Пакет сценариев — %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Добавить сценарий</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>Duplicate the chosen scenario</source>
        <translation>Дублировать выбранный сценарий</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen scenario</source>
        <translation>Удалить выбранный сценарий</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the chosen scenario up</source>
        <translation>Переместить выбранный сценарий выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the chosen scenario down</source>
        <translation>Переместить выбранный сценарий ниже</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Preview the chosen scenario</source>
        <translation>Проверить выбранный сценарий в диалоге</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Сохранить новой версией</translation>
    </message>
    <message>
        <source>Save the pack as a new version</source>
        <translation>Сохранить пакет новой версией</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Scenarios of the pack</source>
        <translation>Сценарии пакета</translation>
    </message>
    <message>
        <source>Problems of the pack</source>
        <translation>Ошибки пакета</translation>
    </message>
    <message>
        <source>Pack editor status</source>
        <translation>Состояние редактора пакета</translation>
    </message>
    <message>
        <source>No problems: the pack can be saved.</source>
        <translation>Ошибок нет: пакет можно сохранить.</translation>
    </message>
    <message numerus="yes">
        <source>The back office refused the pack: %n problem(s) (click one to go to it):</source>
        <translation>
            <numerusform>Бэк-офис отклонил пакет: %n ошибка (щёлкните, чтобы перейти к ней):</numerusform>
            <numerusform>Бэк-офис отклонил пакет: %n ошибки (щёлкните, чтобы перейти к ошибке):</numerusform>
            <numerusform>Бэк-офис отклонил пакет: %n ошибок (щёлкните, чтобы перейти к ошибке):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (click one to go to it):</source>
        <translation>
            <numerusform>Перед сохранением исправьте %n ошибку (щёлкните, чтобы перейти к ней):</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибки (щёлкните, чтобы перейти к ошибке):</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибок (щёлкните, чтобы перейти к ошибке):</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not edited here: export the pack and edit its JSON file.</source>
        <translation>«%1» здесь не редактируется: выгрузите пакет и исправьте его JSON-файл.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) first.</source>
        <translation>
            <numerusform>Сначала исправьте %n ошибку.</numerusform>
            <numerusform>Сначала исправьте %n ошибки.</numerusform>
            <numerusform>Сначала исправьте %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation>Сохраняем версию %1…</translation>
    </message>
    <message>
        <source>The pack was not saved: %1</source>
        <translation>Пакет не сохранён: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
    <message>
        <source>Close the pack editor?</source>
        <translation>Закрыть редактор пакета?</translation>
    </message>
    <message>
        <source>The changes to this pack are not saved; closing loses them.</source>
        <translation>Изменения пакета не сохранены; при закрытии они пропадут.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackGeneralForm</name>
    <message>
        <source>Pack id:</source>
        <translation>Идентификатор пакета:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Exam &amp;duration, minutes:</source>
        <translation>&amp;Длительность экзамена, минут:</translation>
    </message>
    <message>
        <source>Customers at &amp;once in the exam:</source>
        <translation>Клиентов &amp;одновременно на экзамене:</translation>
    </message>
    <message>
        <source>Sce&amp;narios drawn for the exam:</source>
        <translation>Сце&amp;нариев в экзамене:</translation>
    </message>
    <message>
        <source>Practice &amp;hint after, seconds:</source>
        <translation>&amp;Подсказка в тренировке через, секунд:</translation>
    </message>
    <message>
        <source>&amp;Scoring (JSON; empty: the defaults):</source>
        <translation>&amp;Оценивание (JSON; пусто — по умолчанию):</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at character %2</source>
        <translation>не объект JSON: %1 в символе %2</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackPreview</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>(rated the conversation %1 of 5)</source>
        <translation>(оценка диалога: %1 из 5)</translation>
    </message>
    <message>
        <source>(left the conversation)</source>
        <translation>(клиент ушёл из диалога)</translation>
    </message>
    <message>
        <source>(answers nothing more)</source>
        <translation>(клиент больше не отвечает)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>(opened the article %1)</source>
        <translation>(открыта статья %1)</translation>
    </message>
    <message>
        <source>(inserted the article %1)</source>
        <translation>(вставлена статья %1)</translation>
    </message>
    <message>
        <source>(escalated to %1, reason %2)</source>
        <translation>(эскалация: %1, причина %2)</translation>
    </message>
    <message>
        <source>(resolved with %1)</source>
        <translation>(решено с кодом %1)</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Проверка сценария — %1</translation>
    </message>
    <message>
        <source>Your reply to the customer; Enter sends it</source>
        <translation>Ваш ответ клиенту; Enter отправляет</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Article or macro slug</source>
        <translation>Код статьи или шаблона</translation>
    </message>
    <message>
        <source>&amp;Open article</source>
        <translation>О&amp;ткрыть статью</translation>
    </message>
    <message>
        <source>&amp;Insert article</source>
        <translation>&amp;Вставить статью</translation>
    </message>
    <message>
        <source>Reply with &amp;macro</source>
        <translation>Ответить &amp;шаблоном</translation>
    </message>
    <message>
        <source>Send the reply as made with the macro</source>
        <translation>Отправить ответ как составленный по шаблону</translation>
    </message>
    <message>
        <source>Target: 2 or a team</source>
        <translation>Адресат: 2 или команда</translation>
    </message>
    <message>
        <source>Escalation target</source>
        <translation>Адресат эскалации</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Код причины</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Причина эскалации</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Эскалировать</translation>
    </message>
    <message>
        <source>Resolution code</source>
        <translation>Код решения</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>S&amp;kip the wait</source>
        <translation>&amp;Не ждать</translation>
    </message>
    <message>
        <source>Skip the wait</source>
        <translation>Не ждать</translation>
    </message>
    <message>
        <source>Skip the wait to what the customer does next</source>
        <translation>Не ждать: сразу к следующему действию клиента</translation>
    </message>
    <message>
        <source>Preview conversation</source>
        <translation>Диалог проверки сценария</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <source>Customer (to the chatbot)</source>
        <translation>Клиент (чат-боту)</translation>
    </message>
    <message>
        <source>%1 (with the macro %2)</source>
        <translation>%1 (по шаблону %2)</translation>
    </message>
    <message>
        <source>She has left the conversation.</source>
        <translation>Клиент ушёл из диалога.</translation>
    </message>
    <message>
        <source>She answers nothing more.</source>
        <translation>Клиент больше не отвечает.</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Шаг: %1</translation>
    </message>
    <message numerus="yes">
        <source>She is typing: answers in %n s</source>
        <translation>
            <numerusform>Клиент печатает: ответ через %n с</numerusform>
            <numerusform>Клиент печатает: ответ через %n с</numerusform>
            <numerusform>Клиент печатает: ответ через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>She writes again in %n s if nobody answers</source>
        <translation>
            <numerusform>Клиент напишет снова через %n с, если никто не ответит</numerusform>
            <numerusform>Клиент напишет снова через %n с, если никто не ответит</numerusform>
            <numerusform>Клиент напишет снова через %n с, если никто не ответит</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackScenarioForm</name>
    <message>
        <source>Scenario &amp;id:</source>
        <translation>&amp;Идентификатор сценария:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Persona&apos;s &amp;name:</source>
        <translation>&amp;Имя персонажа:</translation>
    </message>
    <message>
        <source>How she &amp;writes:</source>
        <translation>&amp;Манера общения:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Chat&amp;bot transcript:</source>
        <translation>Переписка с чат-&amp;ботом:</translation>
    </message>
    <message>
        <source>O&amp;pening message:</source>
        <translation>П&amp;ервое сообщение:</translation>
    </message>
    <message>
        <source>Expected &amp;articles:</source>
        <translation>Ожидаемые &amp;статьи:</translation>
    </message>
    <message>
        <source>Expected es&amp;calation:</source>
        <translation>Ожидаемая &amp;эскалация:</translation>
    </message>
    <message>
        <source>Expected &amp;resolution:</source>
        <translation>Ожидаемое &amp;решение:</translation>
    </message>
    <message>
        <source>&amp;First response within, s:</source>
        <translation>П&amp;ервый ответ в течение, с:</translation>
    </message>
    <message>
        <source>Handled &amp;within, s:</source>
        <translation>&amp;Обработка в течение, с:</translation>
    </message>
    <message>
        <source>Practice hint&apos;s &amp;section:</source>
        <translation>&amp;Раздел для подсказки:</translation>
    </message>
    <message>
        <source>Rating when resolved as e&amp;xpected:</source>
        <translation>Оценка при &amp;ожидаемом решении:</translation>
    </message>
    <message>
        <source>Rating &amp;otherwise:</source>
        <translation>Оценка &amp;иначе:</translation>
    </message>
    <message>
        <source>customer: Where is my order?
bot: Connecting you…</source>
        <translation>customer: Где мой заказ?
bot: Соединяю с оператором…</translation>
    </message>
    <message>
        <source>Article slugs, separated by commas</source>
        <translation>Коды статей через запятую</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Эскалировать:</translation>
    </message>
    <message>
        <source>An escalation is expected</source>
        <translation>Ожидается эскалация</translation>
    </message>
    <message>
        <source>2 (a line) or a team</source>
        <translation>2 (линия) или команда</translation>
    </message>
    <message>
        <source>Expected escalation&apos;s target</source>
        <translation>Адресат ожидаемой эскалации</translation>
    </message>
    <message>
        <source>reason code</source>
        <translation>код причины</translation>
    </message>
    <message>
        <source>Expected escalation&apos;s reason</source>
        <translation>Причина ожидаемой эскалации</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PackTurnsEditor</name>
    <message>
        <source>Choose a turn or a branch of the customer&apos;s script.</source>
        <translation>Выберите шаг или ветку сценария клиента.</translation>
    </message>
    <message>
        <source>T&amp;urn id:</source>
        <translation>Идентификатор &amp;шага:</translation>
    </message>
    <message>
        <source>Turn id</source>
        <translation>Идентификатор шага</translation>
    </message>
    <message>
        <source>Add t&amp;urn</source>
        <translation>Добавить &amp;шаг</translation>
    </message>
    <message>
        <source>Add &amp;branch</source>
        <translation>Добавить &amp;ветку</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Add a turn</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Add a branch to the chosen turn</source>
        <translation>Добавить ветку к выбранному шагу</translation>
    </message>
    <message>
        <source>Remove the chosen turn or branch</source>
        <translation>Удалить выбранный шаг или ветку</translation>
    </message>
    <message>
        <source>Move the chosen turn or branch up</source>
        <translation>Переместить выбранный шаг или ветку выше</translation>
    </message>
    <message>
        <source>Move the chosen turn or branch down</source>
        <translation>Переместить выбранный шаг или ветку ниже</translation>
    </message>
    <message>
        <source>The customer&apos;s turns and branches</source>
        <translation>Шаги и ветки сценария клиента</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Шаг %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PacksPage</name>
    <message>
        <source>&amp;New pack</source>
        <translation>&amp;Новый пакет</translation>
    </message>
    <message>
        <source>New pack in the editor</source>
        <translation>Новый пакет в редакторе</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen pack</source>
        <translation>Изменить выбранный пакет</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Загрузить…</translation>
    </message>
    <message>
        <source>Import a pack from a JSON file</source>
        <translation>Загрузить пакет из JSON-файла</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>Export a version of the chosen pack</source>
        <translation>Выгрузить версию выбранного пакета</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen pack</source>
        <translation>Удалить выбранный пакет</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the packs again</source>
        <translation>Обновить список пакетов</translation>
    </message>
    <message>
        <source>&amp;Problems the back office found:</source>
        <translation>&amp;Ошибки, найденные бэк-офисом:</translation>
    </message>
    <message>
        <source>Scenario packs</source>
        <translation>Пакеты сценариев</translation>
    </message>
    <message>
        <source>Problems of the refused pack</source>
        <translation>Ошибки отклонённого пакета</translation>
    </message>
    <message>
        <source>Scenario packs status</source>
        <translation>Состояние пакетов сценариев</translation>
    </message>
    <message>
        <source>The packs could not be read: %1</source>
        <translation>Не удалось получить пакеты: %1</translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation>Загрузка пакета сценариев</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Пакеты сценариев (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a scenario pack: %2</source>
        <translation>%1 — не пакет сценариев: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Загружаем %1…</translation>
    </message>
    <message>
        <source>The pack was not imported: %1</source>
        <translation>Пакет не загружен: %1</translation>
    </message>
    <message>
        <source>%1 version %2 was imported.</source>
        <translation>Загружен пакет «%1», версия %2.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Выгрузка «%1»</translation>
    </message>
    <message>
        <source>Version to export:</source>
        <translation>Версия для выгрузки:</translation>
    </message>
    <message>
        <source>The pack was not exported: %1</source>
        <translation>Пакет не выгружен: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Version %1 was written to %2.</source>
        <translation>Версия %1 записана в %2.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Deleting “%1” (%2) removes all its %n version(s). Sandboxes already filled from it keep what they have.</source>
        <translation>
            <numerusform>Удаление «%1» (%2) удалит его %n версию. Учебные среды, уже заполненные из него, сохранят свои данные.</numerusform>
            <numerusform>Удаление «%1» (%2) удалит все его %n версии. Учебные среды, уже заполненные из него, сохранят свои данные.</numerusform>
            <numerusform>Удаление «%1» (%2) удалит все его %n версий. Учебные среды, уже заполненные из него, сохранят свои данные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>«%1» не удалено: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>«%1» удалено.</translation>
    </message>
    <message>
        <source>Reading the pack…</source>
        <translation>Получаем пакет…</translation>
    </message>
    <message>
        <source>The pack could not be read: %1</source>
        <translation>Не удалось получить пакет: %1</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <source>The pack&apos;s id (lower-case letters, digits, - and _), e.g. returns-team:</source>
        <translation>Идентификатор пакета (строчные латинские буквы, цифры, - и _), например returns-team:</translation>
    </message>
    <message>
        <source>%1 version %2 was saved.</source>
        <translation>Сохранён пакет «%1», версия %2.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PresenceDayChart</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No presence on this day.</source>
        <translation>В этот день статусов нет.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Сохранить график как изображение</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Не удалось сохранить %1</translation>
    </message>
    <message>
        <source>Presence over the day</source>
        <translation>Статусы оператора за день</translation>
    </message>
    <message>
        <source>No operator chosen</source>
        <translation>Оператор не выбран</translation>
    </message>
    <message>
        <source>Presence over the day: %1, %2</source>
        <translation>Статусы за день: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2: online %3, on break %4, offline %5</source>
        <translation>%1, %2: на линии %3, на перерыве %4, не в сети %5</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>Сохранить как изображение…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>На перерыве</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>Опе&amp;ратор:</translation>
    </message>
    <message>
        <source>Operator of the presence chart</source>
        <translation>Оператор графика статусов</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Day of the presence chart</source>
        <translation>День графика статусов</translation>
    </message>
    <message>
        <source>Whole center: operators online</source>
        <translation>Весь центр: операторы на линии</translation>
    </message>
    <message>
        <source>Operators online through the day: %1</source>
        <translation>Операторы на линии за день: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n operator(s) online</source>
        <translation>
            <numerusform>%1: на линии не более %n оператора</numerusform>
            <numerusform>%1: на линии не более %n операторов</numerusform>
            <numerusform>%1: на линии не более %n операторов</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators online through the day</source>
        <translation>Операторы на линии за день</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PresenceSwitcher</name>
    <message>
        <source>On a break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Причина (необязательно):</translation>
    </message>
    <message>
        <source>Set my status</source>
        <translation>Изменить мой статус</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Нет на месте</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Мой статус</translation>
    </message>
    <message>
        <source>Could not change your status: %1</source>
        <translation>Не удалось изменить статус: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My status: %1</source>
        <translation>Мой статус: %1</translation>
    </message>
    <message>
        <source>Whether the back office gives you chats. Click to change it.</source>
        <translation>Получаете ли вы чаты от бэк-офиса. Нажмите, чтобы изменить.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::PresenceTimelineView</name>
    <message>
        <source>Presence over the day</source>
        <translation>Статусы за день</translation>
    </message>
</context>
<context>
    <name>frontline::ui::QualityWorkspace</name>
    <message>
        <source>O&amp;perator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>О&amp;ценщик:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Загружаем оценки…</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>Не удалось получить оценки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>Оценки качества</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Мои оценки</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>Choose a conversation to review (Ctrl+N)</source>
        <translation>Выбрать переписку для оценки (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation>&amp;Открыть оценку</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>&amp;Загрузить более ранние</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Quality actions</source>
        <translation>Действия с оценками</translation>
    </message>
    <message>
        <source>Reviewed operator</source>
        <translation>Оцениваемый оператор</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Статус оценки</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>Оценки качества</translation>
    </message>
    <message>
        <source>My QA reviews</source>
        <translation>Мои оценки качества</translation>
    </message>
    <message>
        <source>Review list status</source>
        <translation>Состояние списка оценок</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Every reviewer</source>
        <translation>Все оценщики</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Export the reviews</source>
        <translation>Выгрузка оценок</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the reviews…</source>
        <translation>Оценки выгружаются…</translation>
    </message>
    <message>
        <source>The reviews were exported to %1</source>
        <translation>Оценки выгружены в %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>&amp;Выгрузить в CSV…</translation>
    </message>
    <message>
        <source>Every review the filters match, as a CSV file for a spreadsheet</source>
        <translation>Все оценки, подходящие под фильтры, в файл CSV для электронной таблицы</translation>
    </message>
</context>
<context>
    <name>frontline::ui::QueueBoardPane</name>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <source>Queues board</source>
        <translation>Табло очередей</translation>
    </message>
    <message>
        <source>Each queue&apos;s waiting tickets, backlog age and service level over the board&apos;s window; the last row is the totals. Enter opens the queue&apos;s waiting tickets.</source>
        <translation>Ожидающие обращения, возраст очереди и уровень сервиса каждой очереди за период табло; последняя строка — итоги. Enter открывает ожидающие обращения очереди.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::QueueDrillDown</name>
    <message>
        <source>Waiting tickets, oldest first</source>
        <translation>Ожидающие обращения, сначала самые давние</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Очередь %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting in %1</source>
        <translation>
            <numerusform>%n обращение ждёт в очереди %1</numerusform>
            <numerusform>%n обращения ждут в очереди %1</numerusform>
            <numerusform>%n обращений ждут в очереди %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReassignDialog</name>
    <message>
        <source>Reassign the ticket</source>
        <translation>Передать обращение</translation>
    </message>
    <message>
        <source>Operators to give the ticket to</source>
        <translation>Операторы, которым можно передать обращение</translation>
    </message>
    <message>
        <source>Why the ticket moves</source>
        <translation>Почему обращение передаётся</translation>
    </message>
    <message>
        <source>Why the ticket moves to her (the operators will see it)</source>
        <translation>Почему обращение передаётся ей (операторы это увидят)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Give it to:</source>
        <translation>&amp;Кому передать:</translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation>Не передано: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 (unassigned)</source>
        <translation>Обращение №%1: %2 (не назначено)</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 (now with %3)</source>
        <translation>Обращение №%1: %2 (сейчас у оператора %3)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Sending… (offline, it waits and is sent once the back office answers)</source>
        <translation>Отправляем… (без связи передача подождёт и уйдёт, как только бэк-офис ответит)</translation>
    </message>
</context>
<context>
    <name>frontline::ui::RefusalBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss the refusal</source>
        <translation>Скрыть сообщение об отказе</translation>
    </message>
    <message>
        <source>Your message was not sent: %1. Double-click it to send it again.</source>
        <translation>Сообщение не отправлено: %1. Дважды щёлкните по нему, чтобы отправить снова.</translation>
    </message>
    <message>
        <source>The ticket was not changed: %1. It shows what the back office has.</source>
        <translation>Обращение не изменено: %1. Показано то, что есть в бэк-офисе.</translation>
    </message>
    <message>
        <source>The ticket was not assigned to you: %1</source>
        <translation>Обращение не назначено вам: %1</translation>
    </message>
    <message>
        <source>The escalation was not sent: %1</source>
        <translation>Эскалация не отправлена: %1</translation>
    </message>
    <message>
        <source>The back office refused a change: %1</source>
        <translation>Бэк-офис отклонил изменение: %1</translation>
    </message>
    <message>
        <source>Your help flag was not raised: %1</source>
        <translation>Ваш флажок помощи не поднят: %1</translation>
    </message>
    <message>
        <source>The ticket was not reassigned: %1</source>
        <translation>Обращение не передано: %1</translation>
    </message>
    <message>
        <source>The exam is over: your message was not sent (%1).</source>
        <translation>Экзамен окончен: ваше сообщение не отправлено (%1).</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReplyBox</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply (Ctrl+I)</source>
        <translation>Написать внутреннюю заметку вместо ответа (Ctrl+I)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Отправить (Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Добавить внутреннюю заметку</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Why the reply cannot be sent</source>
        <translation>Почему ответ нельзя отправить</translation>
    </message>
    <message>
        <source>Fill in %1 before sending.</source>
        <translation>Перед отправкой заполните %1.</translation>
    </message>
    <message>
        <source>The canned response could not be filled in: %1</source>
        <translation>Не удалось заполнить шаблон ответа: %1</translation>
    </message>
    <message>
        <source>Too long to send: %1 characters, the most is %2. Shorten it first.</source>
        <translation>Слишком длинно для отправки: %1 символов, можно не больше %2. Сначала сократите текст.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReplyComposer</name>
    <message>
        <source>Internal note composer</source>
        <translation>Поле внутренней заметки</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Поле ответа</translation>
    </message>
    <message>
        <source>Internal note — only colleagues see it. Enter adds the note.</source>
        <translation>Внутренняя заметка — её видят только коллеги. Enter добавляет заметку.</translation>
    </message>
    <message>
        <source>Reply to the customer. Enter sends, Shift+Enter new line, / canned responses.</source>
        <translation>Ответ клиенту. Enter — отправить, Shift+Enter — новая строка, / — шаблоны ответов.</translation>
    </message>
    <message>
        <source>Not filled in: replace %1 before sending</source>
        <translation>Не заполнено: замените %1 перед отправкой</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReportExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Выгрузка отчёта</translation>
    </message>
    <message>
        <source>Board: operators (CSV)</source>
        <translation>Табло: операторы (CSV)</translation>
    </message>
    <message>
        <source>Board: queues (CSV)</source>
        <translation>Табло: очереди (CSV)</translation>
    </message>
    <message>
        <source>Tickets with their figures (CSV)</source>
        <translation>Обращения с показателями (CSV)</translation>
    </message>
    <message>
        <source>Figures per hour or day (CSV)</source>
        <translation>Показатели по часам или дням (CSV)</translation>
    </message>
    <message>
        <source>Daily report (PDF)</source>
        <translation>Ежедневный отчёт (PDF)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что выгрузить</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>С… по…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние выгрузки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>О&amp;чередь:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Выгрузить в</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для выгрузки.</translation>
    </message>
    <message>
        <source>The window must start before it ends.</source>
        <translation>Начало периода должно быть раньше его конца.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <source>%1: daily report</source>
        <translation>%1: ежедневный отчёт</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReviewScreen</name>
    <message>
        <source>Loading the review…</source>
        <translation>Загружаем оценку…</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Не удалось получить оценку: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Не удалось получить переписку: %1</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Загружаем переписку…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>%1 — whisper to the operator</source>
        <translation>%1 — подсказка оператору</translation>
    </message>
    <message>
        <source>%1 — internal note</source>
        <translation>%1 — внутренняя заметка</translation>
    </message>
    <message>
        <source>(The conversation goes on; the first messages are shown.)</source>
        <translation>(Переписка продолжается; показаны первые сообщения.)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Сообщений нет.</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Обращение №%1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>очередь %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>escalation returned</source>
        <translation>эскалация возвращена</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>с эскалацией</translation>
    </message>
    <message>
        <source>handle time %1 min %2 s</source>
        <translation>время обработки %1 мин %2 с</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>оценил(а) %1</translation>
    </message>
    <message>
        <source>every criterion is N/A: nothing to score</source>
        <translation>все критерии «неприменимо»: оценивать нечего</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Отправляем…</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Review of ticket #%1</source>
        <translation>Оценка обращения №%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The ticket&apos;s figures</source>
        <translation>Показатели обращения</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Оценочная карта</translation>
    </message>
    <message>
        <source>&amp;Submit review</source>
        <translation>&amp;Отправить оценку</translation>
    </message>
    <message>
        <source>Submit the review</source>
        <translation>Отправить оценку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Закрыть оценку</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Состояние оценки</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the review with its conversation as PDF</source>
        <translation>Экспортировать оценку с разговором в PDF</translation>
    </message>
    <message>
        <source>The review and its conversation are not here yet.</source>
        <translation>Оценка и разговор ещё не загружены.</translation>
    </message>
    <message>
        <source>Export the review as PDF</source>
        <translation>Экспорт оценки в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ReviewThreadView</name>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Acknowledged on %1</source>
        <translation>Принята %1</translation>
    </message>
    <message>
        <source>%1, %2 disputed:</source>
        <translation>%1, %2 возражает:</translation>
    </message>
    <message>
        <source>%1, %2 replied:</source>
        <translation>%1, %2 отвечает:</translation>
    </message>
    <message>
        <source>No dispute.</source>
        <translation>Возражений нет.</translation>
    </message>
    <message>
        <source>Your &amp;comment (for a dispute):</source>
        <translation>Ваш &amp;комментарий (для возражения):</translation>
    </message>
    <message>
        <source>Your &amp;reply to the dispute:</source>
        <translation>Ваш &amp;ответ на возражение:</translation>
    </message>
    <message>
        <source>Dispute comment</source>
        <translation>Комментарий к возражению</translation>
    </message>
    <message>
        <source>Reply to the dispute</source>
        <translation>Ответ на возражение</translation>
    </message>
    <message>
        <source>Disputes and replies</source>
        <translation>Возражения и ответы</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Acknowledge the review</source>
        <translation>Принять оценку</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>&amp;Оспорить</translation>
    </message>
    <message>
        <source>Dispute the review with the comment</source>
        <translation>Оспорить оценку с этим комментарием</translation>
    </message>
    <message>
        <source>Send re&amp;ply</source>
        <translation>Отправить &amp;ответ</translation>
    </message>
    <message>
        <source>Reply to the operator&apos;s dispute</source>
        <translation>Ответить на возражение оператора</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SandboxBand</name>
    <message>
        <source>Training — no real customers · %1</source>
        <translation>Обучение — реальных клиентов нет · %1</translation>
    </message>
    <message>
        <source>Training sandbox %1: no real customers</source>
        <translation>Учебная среда %1: реальных клиентов нет</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SandboxesPage</name>
    <message>
        <source>&amp;New sandbox…</source>
        <translation>&amp;Новая учебная среда…</translation>
    </message>
    <message>
        <source>Make a sandbox</source>
        <translation>Создать учебную среду</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Сбросить…</translation>
    </message>
    <message>
        <source>Reset the chosen sandbox</source>
        <translation>Сбросить выбранную учебную среду</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen sandbox</source>
        <translation>Удалить выбранную учебную среду</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the sandboxes again</source>
        <translation>Обновить список учебных сред</translation>
    </message>
    <message>
        <source>C&amp;ohort of the chosen sandbox:</source>
        <translation>&amp;Группа выбранной учебной среды:</translation>
    </message>
    <message>
        <source>Add an o&amp;perator:</source>
        <translation>Добавить о&amp;ператора:</translation>
    </message>
    <message>
        <source>&amp;Add to cohort</source>
        <translation>&amp;Добавить в группу</translation>
    </message>
    <message>
        <source>Choose an operator</source>
        <translation>Выбрать оператора</translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation>&amp;Исключить из группы</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Учебные среды</translation>
    </message>
    <message>
        <source>Trainees of the chosen sandbox</source>
        <translation>Стажёры выбранной учебной среды</translation>
    </message>
    <message>
        <source>Operator to add to the cohort</source>
        <translation>Оператор для добавления в группу</translation>
    </message>
    <message>
        <source>Sandboxes status</source>
        <translation>Состояние учебных сред</translation>
    </message>
    <message>
        <source>New sandbox</source>
        <translation>Новая учебная среда</translation>
    </message>
    <message>
        <source>Add the operator to the cohort</source>
        <translation>Добавить оператора в группу</translation>
    </message>
    <message>
        <source>Remove the chosen trainee from the cohort</source>
        <translation>Исключить выбранного стажёра из группы</translation>
    </message>
    <message>
        <source>Reading the sandboxes…</source>
        <translation>Получаем учебные среды…</translation>
    </message>
    <message>
        <source>The sandboxes could not be read: %1</source>
        <translation>Не удалось получить учебные среды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es).</source>
        <translation>
            <numerusform>%n учебная среда.</numerusform>
            <numerusform>%n учебные среды.</numerusform>
            <numerusform>%n учебных сред.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ohort of %1:</source>
        <translation>&amp;Группа «%1»:</translation>
    </message>
    <message>
        <source>Sandbox %1 is ready.</source>
        <translation>Учебная среда «%1» готова.</translation>
    </message>
    <message>
        <source>Reset %1?</source>
        <translation>Сбросить «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Resetting “%1” (%2) removes every ticket, message, escalation and exam made in it and fills it again from its pack. Its %n trainee(s) keep their accounts and are signed out.</source>
        <translation>
            <numerusform>Сброс «%1» (%2) удалит все обращения, сообщения, эскалации и экзамены в ней и заново заполнит её из пакета. %n стажёр сохранит учётную запись, но будет выведен из системы.</numerusform>
            <numerusform>Сброс «%1» (%2) удалит все обращения, сообщения, эскалации и экзамены в ней и заново заполнит её из пакета. %n стажёра сохранят учётные записи, но будут выведены из системы.</numerusform>
            <numerusform>Сброс «%1» (%2) удалит все обращения, сообщения, эскалации и экзамены в ней и заново заполнит её из пакета. %n стажёров сохранят учётные записи, но будут выведены из системы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>Сбрасываем «%1»…</translation>
    </message>
    <message>
        <source>%1 was reset.</source>
        <translation>«%1» сброшена.</translation>
    </message>
    <message>
        <source>%1 was not reset: %2</source>
        <translation>«%1» не сброшена: %2</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Deleting “%1” (%2) removes it for good: everything done in it and its cohort&apos;s accounts there. Production is not touched.</source>
        <translation>Удаление «%1» (%2) необратимо: пропадёт всё, что в ней сделано, и учётные записи группы в ней. Рабочая среда не затрагивается.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Удаляем «%1»…</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>«%1» не удалено: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>«%1» удалено.</translation>
    </message>
    <message>
        <source>%1 joined the cohort.</source>
        <translation>%1 добавлен(а) в группу.</translation>
    </message>
    <message>
        <source>%1 left the cohort.</source>
        <translation>%1 исключен(а) из группы.</translation>
    </message>
    <message>
        <source>No sandboxes yet: “New sandbox…” (%1) makes one.</source>
        <translation>Учебных сред пока нет: их создаёт «Новая учебная среда…» (%1).</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ScoreBreakdownView</name>
    <message numerus="yes">
        <source>Score: %n criteria to answer</source>
        <translation>
            <numerusform>Балл: остался %n критерий</numerusform>
            <numerusform>Балл: осталось %n критерия</numerusform>
            <numerusform>Балл: осталось %n критериев</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Балл: %1</translation>
    </message>
    <message>
        <source>Critical criterion missed: score 0</source>
        <translation>Критичный критерий не выполнен: балл 0</translation>
    </message>
    <message>
        <source>Score: %1 %</source>
        <translation>Балл: %1 %</translation>
    </message>
    <message>
        <source>%1 — critical, missed</source>
        <translation>%1 — критичный, не выполнен</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>Итоговый вес</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>How the score was computed</source>
        <translation>Как посчитан балл</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ScorecardForm</name>
    <message>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (critical, weight %2)</source>
        <translation>%1 (критичный, вес %2)</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (вес %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>O&amp;verall comment:</source>
        <translation>&amp;Общий комментарий:</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Общий комментарий</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SettingsDialog</name>
    <message>
        <source>Play a sound with notifications</source>
        <translation>Звуковой сигнал при уведомлениях</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Звук уведомлений</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ShortcutTable</name>
    <message>
        <source>Go to the ticket queue</source>
        <translation>Перейти к очереди обращений</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Перейти к полю ответа</translation>
    </message>
    <message>
        <source>Go to the list of open conversations</source>
        <translation>Перейти к списку открытых переписок</translation>
    </message>
    <message>
        <source>Go to the customer panel</source>
        <translation>Перейти к панели клиента</translation>
    </message>
    <message>
        <source>Go to the knowledge base</source>
        <translation>Перейти к базе знаний</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Следующая панель</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Предыдущая панель</translation>
    </message>
    <message>
        <source>Move between the controls of a pane</source>
        <translation>Переход между элементами панели</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <source>Quit Frontline</source>
        <translation>Выйти из Frontline</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Поиск в очереди</translation>
    </message>
    <message>
        <source>Clear the search (in the search field)</source>
        <translation>Очистить поиск (в поле поиска)</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>Открыть выбранное обращение</translation>
    </message>
    <message>
        <source>Claim the selected unassigned ticket</source>
        <translation>Взять выбранное неназначенное обращение</translation>
    </message>
    <message>
        <source>Claim the selected ticket</source>
        <translation>Взять выбранное обращение</translation>
    </message>
    <message>
        <source>Send the reply (in the reply box)</source>
        <translation>Отправить ответ (в поле ответа)</translation>
    </message>
    <message>
        <source>Send the reply (anywhere in the conversation)</source>
        <translation>Отправить ответ (из любого места переписки)</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Новая строка в ответе</translation>
    </message>
    <message>
        <source>Canned responses (typed at the start of a word in the reply)</source>
        <translation>Шаблоны ответов (в начале слова в ответе)</translation>
    </message>
    <message>
        <source>Insert the chosen canned response (in the picker)</source>
        <translation>Вставить выбранный шаблон (в списке шаблонов)</translation>
    </message>
    <message>
        <source>Close the canned responses (in the picker)</source>
        <translation>Закрыть список шаблонов</translation>
    </message>
    <message>
        <source>Switch between reply and internal note</source>
        <translation>Переключить ответ и внутреннюю заметку</translation>
    </message>
    <message>
        <source>Escalate the ticket</source>
        <translation>Эскалировать обращение</translation>
    </message>
    <message>
        <source>Resolve the ticket (choose a resolution code)</source>
        <translation>Решить обращение (выбрать код решения)</translation>
    </message>
    <message>
        <source>Set the ticket pending</source>
        <translation>Перевести обращение в ожидание</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>Открыть обращение снова</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Следующая переписка</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Предыдущая переписка</translation>
    </message>
    <message>
        <source>Close the conversation&apos;s tab</source>
        <translation>Закрыть вкладку переписки</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Из поля поиска к результатам</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Вернуться в поле поиска</translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>Вставить в ответ название статьи и ссылку</translation>
    </message>
    <message>
        <source>Open the selected previous ticket</source>
        <translation>Открыть выбранное прошлое обращение</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Очередь обращений</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Insert the selected text, or the paragraph under the cursor, into the reply</source>
        <translation>Вставить в ответ выделенный текст или абзац под курсором</translation>
    </message>
    <message>
        <source>My status: available, break or away</source>
        <translation>Мой статус: доступна, перерыв или отошла</translation>
    </message>
    <message>
        <source>Ask a supervisor for help (raise a help flag)</source>
        <translation>Попросить помощи у супервизора (поднять флажок помощи)</translation>
    </message>
    <message>
        <source>Open what the alert is about (ticket, operator or queue)</source>
        <translation>Открыть то, о чём оповещение (обращение, оператора или очередь)</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Отметить выбранное оповещение принятым</translation>
    </message>
    <message>
        <source>Edit the alert rules</source>
        <translation>Изменить правила оповещений</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Go to the operators board</source>
        <translation>Перейти к табло операторов</translation>
    </message>
    <message>
        <source>Go to the queues board</source>
        <translation>Перейти к табло очередей</translation>
    </message>
    <message>
        <source>Go to the tickets of every queue</source>
        <translation>Перейти к обращениям всех очередей</translation>
    </message>
    <message>
        <source>Go to the alerts</source>
        <translation>Перейти к оповещениям</translation>
    </message>
    <message>
        <source>Find an operator on the board</source>
        <translation>Найти оператора на табло</translation>
    </message>
    <message>
        <source>Choose the board&apos;s window: today, last hour, last 7 days, from-to</source>
        <translation>Выбрать период табло: сегодня, последний час, последние 7 дней, с… по…</translation>
    </message>
    <message>
        <source>Open the selected operator&apos;s or queue&apos;s details</source>
        <translation>Открыть подробности о выбранном операторе или очереди</translation>
    </message>
    <message>
        <source>Supervisor&apos;s workspace</source>
        <translation>Рабочее место супервизора</translation>
    </message>
    <message>
        <source>Go to the charts</source>
        <translation>Перейти к графикам</translation>
    </message>
    <message>
        <source>Export the board, the tickets, the series or the daily report</source>
        <translation>Выгрузить табло, обращения, ряды показателей или дневной отчёт</translation>
    </message>
    <message>
        <source>Open the audit log of supervisors&apos; actions</source>
        <translation>Открыть журнал аудита действий супервизоров</translation>
    </message>
    <message>
        <source>Open calibration: sessions, scoring, results and history</source>
        <translation>Открыть калибровку: сессии, оценка, результаты и история</translation>
    </message>
    <message>
        <source>Watch the selected or open chat live (monitor)</source>
        <translation>Наблюдать за выбранным или открытым чатом в реальном времени</translation>
    </message>
    <message>
        <source>Whisper to the operator of the chat you watch</source>
        <translation>Шепнуть оператору чата, за которым вы наблюдаете</translation>
    </message>
    <message>
        <source>Barge in: write to the customer of the chat you watch</source>
        <translation>Вмешаться: написать клиенту чата, за которым вы наблюдаете</translation>
    </message>
    <message>
        <source>Take over the chat you watch</source>
        <translation>Перехватить чат, за которым вы наблюдаете</translation>
    </message>
    <message>
        <source>Open the Quality workspace: QA reviews (supervisors)</source>
        <translation>Открыть оценки качества (супервайзеры)</translation>
    </message>
    <message>
        <source>Open my QA reviews: acknowledge or dispute (operators)</source>
        <translation>Открыть мои оценки качества: принять или оспорить (операторы)</translation>
    </message>
    <message>
        <source>New review: choose a conversation by sample or filters</source>
        <translation>Новая оценка: выбрать переписку по выборке или фильтрам</translation>
    </message>
    <message>
        <source>Read the review list again</source>
        <translation>Обновить список оценок</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>Оценки качества</translation>
    </message>
    <message>
        <source>Open my training: the courses a trainer assigned me (operators)</source>
        <translation>Открыть мои курсы: курсы, которые назначил тренер (операторы)</translation>
    </message>
    <message>
        <source>Open operators&apos; figures and assign a course (trainers)</source>
        <translation>Открыть показатели операторов и назначить курс (тренеры)</translation>
    </message>
    <message>
        <source>Sandboxes and scenario packs</source>
        <translation>Учебные среды и пакеты сценариев</translation>
    </message>
    <message>
        <source>New sandbox, or new pack</source>
        <translation>Новая учебная среда или новый пакет</translation>
    </message>
    <message>
        <source>Read the sandboxes or the packs again</source>
        <translation>Обновить список учебных сред или пакетов</translation>
    </message>
    <message>
        <source>Delete the chosen sandbox or pack (asks first)</source>
        <translation>Удалить выбранную учебную среду или пакет (с подтверждением)</translation>
    </message>
    <message>
        <source>Reset the chosen sandbox (asks first)</source>
        <translation>Сбросить выбранную учебную среду (с подтверждением)</translation>
    </message>
    <message>
        <source>Choose an operator to add to the sandbox&apos;s cohort</source>
        <translation>Выбрать оператора для добавления в группу учебной среды</translation>
    </message>
    <message>
        <source>Import a pack from a JSON file</source>
        <translation>Загрузить пакет из JSON-файла</translation>
    </message>
    <message>
        <source>Export a version of the chosen pack to a file</source>
        <translation>Выгрузить версию выбранного пакета в файл</translation>
    </message>
    <message>
        <source>Edit the chosen pack in the pack editor</source>
        <translation>Открыть выбранный пакет в редакторе</translation>
    </message>
    <message>
        <source>Pack editor: save as a new version</source>
        <translation>Редактор пакета: сохранить новой версией</translation>
    </message>
    <message>
        <source>Pack editor: preview the chosen scenario</source>
        <translation>Редактор пакета: проверить выбранный сценарий</translation>
    </message>
    <message>
        <source>Pack editor: add a scenario</source>
        <translation>Редактор пакета: добавить сценарий</translation>
    </message>
    <message>
        <source>Pack editor: duplicate the chosen scenario</source>
        <translation>Редактор пакета: дублировать выбранный сценарий</translation>
    </message>
    <message>
        <source>Pack editor: move the chosen scenario up</source>
        <translation>Редактор пакета: переместить сценарий выше</translation>
    </message>
    <message>
        <source>Pack editor: move the chosen scenario down</source>
        <translation>Редактор пакета: переместить сценарий ниже</translation>
    </message>
    <message>
        <source>Preview: skip the wait to what the customer does next</source>
        <translation>Проверка сценария: не ждать, сразу к следующему действию клиента</translation>
    </message>
    <message>
        <source>Open the exam&apos;s questions, one at a time (trainees in a sandbox)</source>
        <translation>Открыть вопросы экзамена по одному (стажёры в учебной среде)</translation>
    </message>
</context>
<context>
    <name>frontline::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>frontline::ui::StartExamDialog</name>
    <message>
        <source>Start an exam</source>
        <translation>Начать экзамен</translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation>Вся группа</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Стажёры</translation>
    </message>
    <message>
        <source>Exam (timed)</source>
        <translation>Экзамен (на время)</translation>
    </message>
    <message>
        <source>Practice (own pace, hints)</source>
        <translation>Практика (в своём темпе, с подсказками)</translation>
    </message>
    <message>
        <source>The pack&apos;s</source>
        <translation>Как в пакете</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Учебная среда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Scenario pack</source>
        <translation>Пакет сценариев</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Customers at once</source>
        <translation>Клиентов одновременно</translation>
    </message>
    <message>
        <source>The sandbox&apos;s pack</source>
        <translation>Пакет учебной среды</translation>
    </message>
    <message>
        <source>Choose the trainees, or the whole cohort.</source>
        <translation>Выберите стажёров или всю группу.</translation>
    </message>
    <message>
        <source>Choose a sandbox.</source>
        <translation>Выберите учебную среду.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::StoreDesk</name>
    <message>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <source>The store&apos;s settings could not be read: %1</source>
        <translation>Не удалось загрузить настройки магазина: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::StoreTicketsPane</name>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation>Не удалось загрузить обращения: %1</translation>
    </message>
    <message>
        <source>Reading the tickets…</source>
        <translation>Загрузка обращений…</translation>
    </message>
    <message>
        <source>No ticket was resolved in this window.</source>
        <translation>За этот период ни одно обращение не решено.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) resolved in the window; Enter opens the conversation.</source>
        <translation>
            <numerusform>%n обращение решено за период; Enter открывает переписку.</numerusform>
            <numerusform>%n обращения решены за период; Enter открывает переписку.</numerusform>
            <numerusform>%n обращений решено за период; Enter открывает переписку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>The store&apos;s tickets</source>
        <translation>Обращения магазина</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 match; Enter opens the conversation.</source>
        <translation>
            <numerusform>%n обращение из %1 подходит; Enter открывает переписку.</numerusform>
            <numerusform>%n обращения из %1 подходят; Enter открывает переписку.</numerusform>
            <numerusform>%n обращений из %1 подходят; Enter открывает переписку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n ticket(s) of the window; Enter opens the conversation.</source>
        <translation>
            <numerusform>Последнее %n обращение за период; Enter открывает переписку.</numerusform>
            <numerusform>Последние %n обращения за период; Enter открывает переписку.</numerusform>
            <numerusform>Последние %n обращений за период; Enter открывает переписку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets of the board&apos;s window with their figures. Enter opens the conversation, read-only; a click on a column&apos;s header sorts by it.</source>
        <translation>Обращения за период табло с их показателями. Enter открывает переписку только для чтения; щелчок по заголовку столбца сортирует по нему.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Tickets of status</source>
        <translation>Обращения со статусом</translation>
    </message>
    <message>
        <source>Find a ticket number, queue or operator</source>
        <translation>Найти номер обращения, очередь или оператора</translation>
    </message>
    <message>
        <source>Find a ticket</source>
        <translation>Найти обращение</translation>
    </message>
    <message>
        <source>Sort the tickets by</source>
        <translation>Сортировать обращения по</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>По убыванию</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>Сортировать по убыванию</translation>
    </message>
    <message>
        <source>The largest or newest first</source>
        <translation>Сначала наибольшие или новейшие</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SupervisionStrip</name>
    <message>
        <source>%1 took over %2</source>
        <translation>%1 перехватил(а) %2</translation>
    </message>
    <message>
        <source>chat #%1</source>
        <translation>чат №%1</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss the supervisor&apos;s notice</source>
        <translation>Скрыть уведомление супервизора</translation>
    </message>
    <message>
        <source>%1 took over %2: it has left your chats.</source>
        <translation>%1 перехватил(а) %2: он больше не в ваших чатах.</translation>
    </message>
    <message>
        <source>%1 is watching this chat.</source>
        <translation>%1 наблюдает за этим чатом.</translation>
    </message>
    <message>
        <source>%1 wrote to the customer at %2.</source>
        <translation>%1 написал(а) клиенту в %2.</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SupervisorDesk</name>
    <message>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <source>Ticket #%1 was not reassigned: %2</source>
        <translation>Обращение №%1 не передано: %2</translation>
    </message>
    <message>
        <source>The ticket was not reassigned: %1</source>
        <translation>Обращение не передано: %1</translation>
    </message>
    <message>
        <source>The operator&apos;s settings were not changed: %1</source>
        <translation>Настройки оператора не изменены: %1</translation>
    </message>
    <message>
        <source>The help flag was not lowered: %1</source>
        <translation>Флажок помощи не опущен: %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SupervisorPerspective</name>
    <message>
        <source>Live, as of %1</source>
        <translation>В реальном времени, на %1</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Загрузка табло…</translation>
    </message>
    <message>
        <source>Supervisor workspace</source>
        <translation>Рабочее место супервизора</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Оповещений нет.</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Tickets, customer and knowledge base</source>
        <translation>Обращения, клиент и база знаний</translation>
    </message>
    <message>
        <source>How fresh the board&apos;s figures are</source>
        <translation>Насколько свежи показатели табло</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>The store&apos;s board</source>
        <translation>Табло магазина</translation>
    </message>
    <message>
        <source>Tickets and charts</source>
        <translation>Обращения и графики</translation>
    </message>
</context>
<context>
    <name>frontline::ui::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Your work is kept on this computer and sent when the connection returns.</source>
        <translation>Ваша работа сохраняется на этом компьютере и будет отправлена, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n ждёт отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Связь: %1</translation>
    </message>
    <message>
        <source>Connected to the back office</source>
        <translation>Подключено к бэк-офису</translation>
    </message>
    <message>
        <source>Syncing with the back office…</source>
        <translation>Синхронизация с бэк-офисом…</translation>
    </message>
    <message>
        <source>No connection to the back office</source>
        <translation>Нет связи с бэк-офисом</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketActions</name>
    <message>
        <source>Answered</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <source>Replacement sent</source>
        <translation>Отправлена замена</translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation>Заказ изменён</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Customer stopped replying</source>
        <translation>Клиент перестал отвечать</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Эскалировать…</translation>
    </message>
    <message>
        <source>Escalate the ticket</source>
        <translation>Эскалировать обращение</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Resolve the ticket</source>
        <translation>Решить обращение</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В ожидание</translation>
    </message>
    <message>
        <source>Set the ticket pending</source>
        <translation>Перевести обращение в ожидание</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть заново</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>Открыть обращение заново</translation>
    </message>
    <message>
        <source>Resolution code</source>
        <translation>Код решения</translation>
    </message>
    <message>
        <source>Resolve this ticket as “%1”?</source>
        <translation>Решить обращение с итогом «%1»?</translation>
    </message>
    <message>
        <source>It leaves your open work; you can reopen it if the customer writes again.</source>
        <translation>Оно уйдёт из вашей текущей работы; если клиент напишет снова, его можно открыть заново.</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
    <message>
        <source>Close the conversation&apos;s tab</source>
        <translation>Закрыть вкладку переписки</translation>
    </message>
    <message>
        <source>Close this conversation&apos;s tab (Ctrl+W). The ticket keeps its status; to finish it, use Resolve.</source>
        <translation>Закрыть вкладку этой переписки (Ctrl+W). Статус обращения не меняется; чтобы завершить его, нажмите «Решить».</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketQueueDelegate</name>
    <message>
        <source>First response due %1</source>
        <translation>Первый ответ до %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Решение до %1</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketQueuePane</name>
    <message>
        <source>Ticket queue</source>
        <translation>Очередь обращений</translation>
    </message>
    <message>
        <source>Show tickets</source>
        <translation>Показать обращения</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Фильтр по каналу</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Фильтр по очереди</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <source>Search subject, customer or number (Ctrl+F)</source>
        <translation>Поиск по теме, клиенту или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Claim ticket</source>
        <translation>Взять обращение</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Поиск в очереди</translation>
    </message>
    <message>
        <source>Ticket #%1 is already assigned to %2.</source>
        <translation>Обращение №%1 уже назначено на %2.</translation>
    </message>
    <message>
        <source>Could not claim ticket #%1: %2</source>
        <translation>Не удалось взять обращение №%1: %2</translation>
    </message>
    <message>
        <source>Ticket #%1 is yours.</source>
        <translation>Обращение №%1 теперь ваше.</translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation>Любая очередь</translation>
    </message>
    <message>
        <source>Claiming ticket #%1…</source>
        <translation>Берём обращение №%1…</translation>
    </message>
    <message>
        <source>Ticket #%1 was not assigned to you: %2</source>
        <translation>Обращение №%1 не назначено вам: %2</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TicketReader</name>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Reassign the ticket to another operator</source>
        <translation>Передать обращение другому оператору</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Закрыть диалог</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the cache yet</source>
        <translation>Обращения %1 пока нет в кэше</translation>
    </message>
    <message>
        <source>#%1 %2
%3 · %4 · %5 · %6</source>
        <translation>№%1 %2
%3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>Ticket #%1 (read only)</source>
        <translation>Обращение №%1 (только чтение)</translation>
    </message>
    <message>
        <source>#%1
%2 · %3 · %4 · %5</source>
        <translation>№%1
%2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Reading the conversation…</source>
        <translation>Загрузка переписки…</translation>
    </message>
    <message>
        <source>The conversation cannot be shown: %1</source>
        <translation>Переписку показать нельзя: %1</translation>
    </message>
    <message>
        <source>&amp;Monitor live</source>
        <translation>&amp;Наблюдать</translation>
    </message>
    <message>
        <source>Monitor the chat live: both sides&apos; typing, whisper, barge in, take over</source>
        <translation>Наблюдать за чатом в реальном времени: набор текста обеих сторон, шёпот, вмешательство, перехват</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TrainingPageParts</name>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>frontline::ui::TypingIndicator</name>
    <message>
        <source>Typing indicator</source>
        <translation>Индикатор набора текста</translation>
    </message>
    <message>
        <source>The customer is typing…</source>
        <translation>Клиент печатает…</translation>
    </message>
    <message>
        <source>A colleague is typing…</source>
        <translation>Коллега печатает…</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
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
