#pragma once

#include "protocol/QaReview.h"
#include "protocol/Result.h"
#include "protocol/Scorecard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace frontline::app {

class BackOfficeClient;
class QaReviewDraft;
struct ApiReply;

// One message of a reviewed conversation: who wrote it (the customer only as "the customer"),
// when, and whether the customer saw it.
struct QaConversationLine
{
    QString authorKind; // customer, bot, operator, system
    QString authorName;
    QString body;
    bool internal = false;
    bool whisper = false;
    QDateTime at;
};

// A reviewed conversation: its figures (number, queue, channel, operator, CSAT...) as the back
// office gives them to reviewers, and its messages in order.
struct QaConversation
{
    QJsonObject figures;
    QList<QaConversationLine> lines;
    bool truncated = false;

    static QaConversation fromJson(const QJsonObject &object);
};

// What GET /qa/candidates filters on; empty or 0: no filter.
struct QaCandidateFilter
{
    int csatBelow = 0;
    std::optional<bool> escalated;
    bool returned = false;
    qint64 handleTimeOverSeconds = 0;
    QString operatorId;
    QString queue;
    QDateTime from;
    QDateTime to;
    int limit = 100;
};

// The reviewers' and the reviewed operator's requests about QA reviews (issue 18, item 7), read
// and sent online: the back office filters, scores and keeps the thread, and a review is never
// an operator's only copy of anything (docs/decisions.md). Each callback runs once, on
// `context`'s thread, with the answer or the back office's error in the user's words.
class QaReviewActions : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;

    explicit QaReviewActions(BackOfficeClient &client, QObject *parent = nullptr);

    void scorecards(Done<QList<protocol::Scorecard>> done);
    void review(const QString &id, Done<protocol::QaReview> done);
    // A reviewer reads it without contact data (GET /qa/conversations/{id}); the operator reads
    // her own through the ticket (`asReviewer` false).
    void conversation(const QString &ticketId, bool asReviewer, Done<QaConversation> done);
    void submit(const QaReviewDraft &draft, const QString &ticketId, Done<protocol::QaReview> done);
    void acknowledge(const QString &id, Done<protocol::QaReview> done);
    void dispute(const QString &id, const QString &comment, Done<protocol::QaReview> done);
    void reply(const QString &id, const QString &comment, Done<protocol::QaReview> done);
    // POST /qa/samples: the tickets (with their figures) of the week's seeded sample.
    void sample(const QString &isoWeek, double rate, qint64 seed, Done<QList<QJsonObject>> done);
    void candidates(const QaCandidateFilter &filter, Done<QList<QJsonObject>> done);

    // The ISO week of `date` as the sample route names it ("2026-W49").
    static QString isoWeek(QDate date);
    static QString candidatesPath(const QaCandidateFilter &filter);

private:
    void post(const QString &path, const QJsonObject &body, Done<protocol::QaReview> done);
    static Error errorOf(const ApiReply &reply);

    BackOfficeClient &m_client;
};

} // namespace frontline::app
