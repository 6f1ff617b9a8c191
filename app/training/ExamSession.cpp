#include "app/training/ExamSession.h"

#include "app/commands/OperatorCommands.h"
#include "app/net/BackOfficeClient.h"
#include "app/store/LocalStore.h"
#include "app/training/ExamActivity.h"
#include "protocol/ApiPaths.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcExam, "frontline.training.exam")

namespace frontline::app {
namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString examPath(QStringView path, const QString &examId)
{
    return path.toString().replace(QLatin1StringView("{id}"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(examId)));
}

} // namespace

ExamSession::ExamSession(LocalStore &store, OperatorCommands &commands, BackOfficeClient &client,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_commands(commands)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_refresh(new QTimer(this))
    , m_activity(new ExamActivity(*this, commands, this))
{
    // A minute: the back office's clock decides the close, and the feed brings it anyway.
    m_refresh->setInterval(60000);
    connect(m_refresh, &QTimer::timeout, this, &ExamSession::refresh);
    connect(&m_store, &LocalStore::changed, this, &ExamSession::onStoreChanged);
    reload();
}

ExamSession::~ExamSession() = default;

void ExamSession::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ExamSession::setRefreshInterval(int milliseconds)
{
    m_refresh->setInterval(milliseconds);
}

ExamSession::Phase ExamSession::phase() const
{
    const QString state = m_exam.state();
    if (state.isEmpty())
        return Phase::None;
    if (state == u"not_started")
        return Phase::NotStarted;
    if (state == u"running") {
        const auto left = secondsLeft();
        return left && *left <= 0 ? Phase::Over : Phase::Running;
    }
    return Phase::Over;
}

std::optional<qint64> ExamSession::secondsLeft() const
{
    const QDateTime closes = timeOf(m_exam.exam.value(u"closes_at"));
    if (m_exam.state() != u"running" || !closes.isValid())
        return std::nullopt;
    const qint64 ms = now().msecsTo(closes);
    return std::max<qint64>(0, (ms + 999) / 1000); // 0.2 s left still shows 0:01
}

QDateTime ExamSession::now() const
{
    return m_clock().addMSecs(m_offsetMs);
}

QJsonArray ExamSession::questions() const
{
    return m_exam.exam.value(u"questions").toArray();
}

bool ExamSession::isExamTicket(const QString &ticketId) const
{
    if (ticketId.isEmpty())
        return false;
    for (const QJsonValue &conversation : m_exam.exam.value(u"conversations").toArray()) {
        if (conversation[u"ticket_id"].toString() == ticketId)
            return true;
    }
    return false;
}

void ExamSession::reload()
{
    auto current = ExamCache(m_store).current();
    if (!current) {
        qCWarning(lcExam) << current.error().message;
        return;
    }
    const CachedExam loaded = current.value().value_or(CachedExam{});
    if (loaded.exam == m_exam.exam && loaded.shown == m_exam.shown &&
        loaded.answered == m_exam.answered)
        return;
    m_exam = loaded;
    if (m_exam.state() == u"running")
        m_refresh->start();
    else
        m_refresh->stop();
    Q_EMIT changed();
}

void ExamSession::onStoreChanged(const StoreChangeSet &changes)
{
    if (!changes.exams.isEmpty())
        reload();
}

void ExamSession::refresh()
{
    ApiRequest request;
    request.path = protocol::paths::TrainingExamsMine.toString();
    const QDateTime askedAt = m_clock();
    m_client.send(request, this, [this, askedAt](const ApiReply &reply) {
        if (!reply.ok()) {
            qCInfo(lcExam) << "cannot read my exams:" << reply.error.message;
            return;
        }
        for (const QJsonValue &exam : reply.json.value(u"exams").toArray())
            storeFetched(exam.toObject(), askedAt);
    });
}

// The answer's seconds_left was the back office's at some moment between asking and now: the
// middle is the best guess of this clock's offset from the back office's.
void ExamSession::storeFetched(const QJsonObject &exam, const QDateTime &askedAt)
{
    const QDateTime closes = timeOf(exam.value(u"closes_at"));
    const QJsonValue left = exam.value(u"seconds_left");
    if (exam.value(u"state").toString() == u"running" && closes.isValid() && left.isDouble()) {
        const QDateTime here = askedAt.addMSecs(askedAt.msecsTo(m_clock()) / 2);
        const QDateTime there = closes.addSecs(-left.toInteger());
        if (exam.value(u"id").toString() == m_exam.id() || m_exam.id().isEmpty() ||
            m_exam.state() != u"running")
            m_offsetMs = here.msecsTo(there);
    }
    if (auto stored = ExamCache(m_store).store(exam); !stored)
        qCWarning(lcExam) << stored.error().message;
    Q_EMIT changed(); // the countdown may have moved even if the exam did not
}

void ExamSession::postAction(QStringView path, std::function<void()> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = examPath(path, m_exam.id());
    request.hasBody = true;
    const QDateTime askedAt = m_clock();
    m_client.send(request, this, [this, askedAt, done](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.message);
        storeFetched(reply.json, askedAt);
        done();
    });
}

void ExamSession::begin()
{
    if (phase() != Phase::NotStarted)
        return;
    postAction(protocol::paths::TrainingExamStart, [this] {
        // The start's answer carries no seconds_left from before the start: ask once more.
        refresh();
        Q_EMIT began();
    });
}

void ExamSession::endPractice()
{
    if (!isPractice() || phase() != Phase::Running)
        return;
    postAction(protocol::paths::TrainingExamEnd, [] {});
}

Result<void> ExamSession::questionShown(const QString &questionId)
{
    if (phase() != Phase::Running)
        return {};
    return ExamCache(m_store).markShown(m_exam.id(), questionId, now());
}

Result<void> ExamSession::answer(const QString &questionId, const QList<int> &chosen,
                                 const QString &text)
{
    if (phase() != Phase::Running)
        return Error{QStringLiteral("exam_closed"),
                     QCoreApplication::translate("ExamSession", "The exam is over.")};
    if (m_exam.isAnswered(questionId))
        return Error{QStringLiteral("conflict"),
                     QCoreApplication::translate("ExamSession", "This question is answered.")};
    const QDateTime answeredAt = now();
    QDateTime shownAt = m_exam.shownAt(questionId);
    if (!shownAt.isValid())
        shownAt = answeredAt;
    QJsonObject payload{{QStringLiteral("question_id"), questionId},
                        {QStringLiteral("shown_at"), shownAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("answered_at"), answeredAt.toString(Qt::ISODateWithMs)}};
    if (!chosen.isEmpty()) {
        QJsonArray options;
        for (int index : chosen)
            options.append(index);
        payload.insert(QStringLiteral("chosen"), options);
    } else {
        payload.insert(QStringLiteral("text"), text.trimmed());
    }
    const QString examId = m_exam.id();
    return m_commands.queueCommand(outbox::Kind::AnswerExamQuestion, examId, payload, [&] {
        return ExamCache(m_store).markAnswered(examId, questionId);
    });
}

} // namespace frontline::app
