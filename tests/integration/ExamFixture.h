#pragma once

#include "tests/integration/SandboxFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QUuid>

namespace frontline::test {

// A sandbox "cohort-1" of tanya's, filled from the exam pack below, with olga and ivan in its
// cohort; the back office on the test clock (frozen by the tests that time things).
class ExamTest : public SandboxTest
{
protected:
    QStringList extraArguments() const override { return {QStringLiteral("--test-clock")}; }

    // Three scenarios on the pack's own knowledge base, each with what a right answer does:
    // "refund" (open refund-timing, say "business days", resolve "answered"), "lost" (open
    // lost-parcel, escalate to line 2 for lost_shipment), "cancel" (open cancel-order, say
    // "cancelled" or use the macro cancel-confirmed, resolve "cancelled"); two questions.
    static QJsonObject examPack();

    void SetUp() override;

    // POST /training/exams as tanya.
    HttpReply start(const QJsonObject &body);
    // Starts one exam for `username` (a cohort member) and answers it.
    QJsonObject startFor(const QString &username, const QJsonObject &more = {});
    QJsonObject examOf(HttpClient &client, const QString &id);
    // The trainee begins her exam; answers it as begun.
    static QJsonObject begin(HttpClient &client, const QString &id);
    // The exam's ticket for `scenario`, once its customer wrote.
    QString ticketOf(const QJsonObject &exam, const QString &scenario) const;
    // The back office's clock: moved, frozen; answers its time.
    QDateTime advance(qint64 ms);
    QDateTime freeze();
    // author_kind:body of the ticket's messages, oldest first.
    QStringList conversation(HttpClient &client, const QString &ticketId);
    bool waitForMessage(HttpClient &client, const QString &ticketId, const QString &text);

    HttpReply reply(HttpClient &client, const QString &ticketId, const QString &text);
    HttpReply resolve(HttpClient &client, const QString &ticketId, const QString &code);
    HttpReply escalate(HttpClient &client, const QString &ticketId, int line,
                       const QString &reason);
    HttpReply report(HttpClient &client, const QString &examId, const QJsonArray &events);
    HttpReply answer(HttpClient &client, const QString &examId, const QJsonObject &body);
    static QJsonObject opened(const QString &ticketId, const QString &slug, const QDateTime &at);

    static QByteArray newKey()
    {
        return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    }

    std::unique_ptr<HttpClient> tanya;
    std::unique_ptr<HttpClient> admin;
    QString olgaId;
    QString ivanId;
};

} // namespace frontline::test
