#include "app/training/ExamActivity.h"

#include "app/commands/OperatorCommands.h"
#include "app/training/ExamSession.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcExamActivity, "frontline.training.activity")

namespace frontline::app {

ExamActivity::ExamActivity(ExamSession &session, OperatorCommands &commands, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_commands(commands)
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(1500);
    connect(m_settle, &QTimer::timeout, this, &ExamActivity::settle);
}

void ExamActivity::setSettleInterval(int milliseconds)
{
    m_settle->setInterval(milliseconds);
}

void ExamActivity::setQuestionOnScreen(const QString &questionId)
{
    m_questionId = questionId;
}

bool ExamActivity::recording() const
{
    return m_session.phase() == ExamSession::Phase::Running;
}

bool ExamActivity::subjectFor(protocol::ExamEvent &event, const QString &ticketId) const
{
    if (!m_questionId.isEmpty())
        event.questionId = m_questionId;
    else if (m_session.isExamTicket(ticketId))
        event.ticketId = ticketId;
    else
        return false; // nothing of the exam on screen: a look around, not part of it
    return true;
}

void ExamActivity::resultsShown(const QString &query, const QString &ticketId)
{
    protocol::ExamEvent search;
    search.kind = protocol::ExamEventKind::Search;
    search.text = query.simplified().left(200);
    const auto same = [&search](const protocol::ExamEvent &other) {
        return search.text == other.text && search.ticketId == other.ticketId &&
               search.questionId == other.questionId;
    };
    if (search.text.isEmpty() || !recording() || !subjectFor(search, ticketId)) {
        m_settle->stop();
        m_pendingSearch.reset();
        return;
    }
    // The same results shown again (the list reloads when the cache changes): nothing new.
    if ((m_pendingSearch && same(*m_pendingSearch)) || same(m_lastSearch))
        return;
    search.at = m_session.now();
    m_pendingSearch = search;
    m_settle->start();
}

void ExamActivity::settle()
{
    if (!m_pendingSearch)
        return;
    QList<protocol::ExamEvent> events{*m_pendingSearch};
    m_pendingSearch.reset();
    report(std::move(events));
}

void ExamActivity::articleOpened(const QString &slug, const QString &ticketId)
{
    if (slug.isEmpty() || !recording())
        return;
    protocol::ExamEvent opened;
    opened.kind = protocol::ExamEventKind::ArticleOpened;
    opened.text = slug;
    opened.at = m_session.now();
    if (!subjectFor(opened, ticketId))
        return;
    // She opened an article from the results: the search that found it counts, however short.
    QList<protocol::ExamEvent> events;
    m_settle->stop();
    if (m_pendingSearch)
        events.append(*std::exchange(m_pendingSearch, std::nullopt));
    events.append(opened);
    report(std::move(events));
}

void ExamActivity::articleInserted(const QString &slug, const QString &ticketId)
{
    if (slug.isEmpty() || !recording())
        return;
    protocol::ExamEvent inserted;
    inserted.kind = protocol::ExamEventKind::ArticleInserted;
    inserted.text = slug;
    inserted.at = m_session.now();
    if (!subjectFor(inserted, ticketId))
        return;
    report({inserted});
}

void ExamActivity::report(QList<protocol::ExamEvent> events)
{
    QJsonArray array;
    for (const protocol::ExamEvent &event : events) {
        array.append(event.toJson());
        if (event.kind == protocol::ExamEventKind::Search)
            m_lastSearch = event;
    }
    auto queued = m_commands.queueCommand(outbox::Kind::ReportExamEvents, m_session.examId(),
                                          {{QStringLiteral("events"), array}});
    if (!queued) {
        qCWarning(lcExamActivity) << "cannot queue the exam's events:" << queued.error().message;
        return;
    }
    Q_EMIT reported(events);
}

} // namespace frontline::app
