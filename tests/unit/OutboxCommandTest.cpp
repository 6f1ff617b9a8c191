#include "app/outbox/OutboxCommand.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QSet>

#include <gtest/gtest.h>

using namespace frontline::app::outbox;

namespace {

QList<Kind> allKinds()
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QList<Kind> list;
    for (int i = 0; i < kinds.keyCount(); ++i)
        list.append(Kind(kinds.value(i)));
    return list;
}

} // namespace

TEST(OutboxCommand, EveryKindIsDeclaredOnceUnderANameThatLeadsBackToIt)
{
    QSet<QString> names;
    for (Kind kind : allKinds()) {
        const Declaration &declared = declaration(kind);
        EXPECT_EQ(declared.kind, kind);
        EXPECT_FALSE(declared.name.isEmpty());
        EXPECT_FALSE(names.contains(declared.name.toString()))
            << declared.name.toString().toStdString();
        names.insert(declared.name.toString());
        EXPECT_EQ(kindNamed(declared.name), kind);
        EXPECT_TRUE(declared.path.startsWith(u'/')) << declared.name.toString().toStdString();
        EXPECT_FALSE(declared.method.isEmpty());
    }
    // The names caches already hold never change.
    EXPECT_EQ(kindNamed(u"send_message"), Kind::SendMessage);
    EXPECT_EQ(kindNamed(u"update_ticket"), Kind::UpdateTicket);
    EXPECT_EQ(kindNamed(u"claim"), Kind::Claim);
    EXPECT_EQ(kindNamed(u"escalate"), Kind::Escalate);
    EXPECT_EQ(kindNamed(u"update_escalation"), Kind::UpdateEscalation);
    EXPECT_EQ(kindNamed(u"set_presence"), Kind::SetPresence);
    EXPECT_EQ(kindNamed(u"kb_usage"), Kind::KbUsage);
    EXPECT_EQ(kindNamed(u"raise_help_flag"), Kind::RaiseHelpFlag);
    EXPECT_EQ(kindNamed(u"lower_help_flag"), Kind::LowerHelpFlag);
    EXPECT_EQ(kindNamed(u"reassign"), Kind::Reassign);
    EXPECT_EQ(kindNamed(u"change_operator"), Kind::ChangeOperator);
    EXPECT_EQ(kindNamed(u"move_course"), Kind::MoveCourse);
    EXPECT_EQ(kindNamed(u"report_exam_events"), Kind::ReportExamEvents);
    EXPECT_EQ(kindNamed(u"answer_exam_question"), Kind::AnswerExamQuestion);
    EXPECT_FALSE(kindNamed(u"no_such_command").has_value());
}

TEST(OutboxCommand, APathCarriesItsTargetPercentEncoded)
{
    EXPECT_EQ(pathFor(declaration(Kind::SendMessage), QStringLiteral("t/1 x")),
              QStringLiteral("/tickets/t%2F1%20x/messages"));
    EXPECT_EQ(pathFor(declaration(Kind::UpdateEscalation), QStringLiteral("e7")),
              QStringLiteral("/escalations/e7"));
    EXPECT_EQ(pathFor(declaration(Kind::RaiseHelpFlag), QStringLiteral("42")),
              QStringLiteral("/tickets/42/help-flags"));
    EXPECT_EQ(pathFor(declaration(Kind::LowerHelpFlag), QStringLiteral("7")),
              QStringLiteral("/help-flags/7"));
    EXPECT_EQ(pathFor(declaration(Kind::SetPresence), QStringLiteral("op1")),
              QStringLiteral("/presence"));
}

TEST(OutboxCommand, WaitingCommandsChangeTheTicketAsTheirDeclarationSays)
{
    QJsonObject shown{{QStringLiteral("status"), QStringLiteral("new")},
                      {QStringLiteral("priority"), QStringLiteral("normal")}};
    // An internal note does not open the ticket; a public reply does, without being a change.
    EXPECT_FALSE(
        overlay(declaration(Kind::SendMessage),
                {{QStringLiteral("body"), QStringLiteral("x")}, {QStringLiteral("internal"), true}},
                shown));
    EXPECT_EQ(shown.value(u"status").toString(), u"new");
    EXPECT_FALSE(overlay(declaration(Kind::SendMessage),
                         {{QStringLiteral("body"), QStringLiteral("x")}}, shown));
    EXPECT_EQ(shown.value(u"status").toString(), u"open");
    EXPECT_TRUE(overlay(declaration(Kind::Claim),
                        {{QStringLiteral("assignee_id"), QStringLiteral("op1")}}, shown));
    EXPECT_EQ(shown.value(u"assignee_id").toString(), u"op1");
    EXPECT_TRUE(overlay(declaration(Kind::UpdateTicket),
                        {{QStringLiteral("changes"),
                          QJsonObject{{QStringLiteral("priority"), QStringLiteral("high")}}}},
                        shown));
    EXPECT_EQ(shown.value(u"priority").toString(), u"high");
    EXPECT_FALSE(overlay(declaration(Kind::Escalate), {}, shown));
    // A reassignment shows its new assignee; its reason is no field of the ticket.
    EXPECT_TRUE(overlay(declaration(Kind::Reassign),
                        {{QStringLiteral("changes"),
                          QJsonObject{{QStringLiteral("assignee_id"), QStringLiteral("op2")},
                                      {QStringLiteral("assignment_reason"),
                                       QStringLiteral("She knows the customer")}}}},
                        shown));
    EXPECT_EQ(shown.value(u"assignee_id").toString(), u"op2");
    EXPECT_FALSE(shown.contains(u"assignment_reason"));
    EXPECT_EQ(pathFor(declaration(Kind::ChangeOperator), QStringLiteral("7")),
              QStringLiteral("/operators/7"));

    const QStringList names = ticketOverlayNames();
    EXPECT_TRUE(names.contains(u"send_message"));
    EXPECT_TRUE(names.contains(u"update_ticket"));
    EXPECT_TRUE(names.contains(u"claim"));
    EXPECT_FALSE(names.contains(u"escalate"));
}
