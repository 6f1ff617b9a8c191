// The audit log in the supervisor's workspace (issue 18, item 5), against the real demo back
// office: sofia lowers olga's help flags and finds each in the log, pages back with "Load older",
// narrows it by action and ticket number, exports it as CSV, and opens it with Ctrl+Shift+U; in
// English and Russian, every control named for a screen reader.
#include "ui/supervisor/AuditLogView.h"
#include "app/board/AuditLogModel.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/common/UiSetup.h"
#include "ui/supervisor/SupervisorDesk.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace frontline;
using namespace frontline::test;

namespace {

class AuditLogViewTest : public OperatorFlowTest
{
protected:
    // Olga raises a help flag on a new chat of her queue; sofia lowers it: one audit row.
    QString flagLoweredOn(HttpClient &olga, HttpClient &sofia, const QString &externalId)
    {
        const QString chat = newChat(QStringLiteral("Where is my parcel?"), externalId);
        const HttpReply raised =
            olga.send("POST", u"/api/v1/tickets/" + chat + u"/help-flags",
                      json({{QStringLiteral("note"), QStringLiteral("Refund over the limit")}}));
        EXPECT_EQ(raised.status, 201) << raised.body.toStdString();
        const QString flag = raised.json().value(u"id").toString();
        EXPECT_EQ(sofia
                      .send("PATCH", u"/api/v1/help-flags/" + flag,
                            QByteArrayLiteral(R"({"status":"lowered"})"))
                      .status,
                  200);
        return chat;
    }
    static bool settled(const app::AuditLogModel &model, int rows)
    {
        return !model.isLoading() && model.rowCount() == rows;
    }
    static qint64 numberOf(app::ClientCore &desk, const QString &ticket)
    {
        auto cached = desk.store().ticket(ticket);
        return cached && cached.value() ? cached.value()->ticket.number : 0;
    }
};

} // namespace

TEST_F(AuditLogViewTest, SofiaPagesFiltersAndExportsTheAuditLog)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto olgaHttp = colleague(QStringLiteral("olga"));
    auto sofiaHttp = colleague(QStringLiteral("sofia"));
    QStringList chats;
    for (int i = 1; i <= 3; ++i)
        chats << flagLoweredOn(*olgaHttp, *sofiaHttp, QStringLiteral("audit-%1").arg(i));
    ASSERT_TRUE(
        waitUntil([&] { return numberOf(sofia->desk(), chats[1]) > 0; }, std::chrono::seconds(30)));

    ui::AuditLogView view(sofia->desk().client(), sofia->desk().store());
    app::AuditLogModel &model = *view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    model.setPageSize(2);
    view.applyFilters();
    ASSERT_TRUE(waitUntil([&] { return settled(model, 2); }));
    EXPECT_TRUE(view.loadOlderButton()->isEnabled());
    EXPECT_EQ(model.index(0, app::AuditLogModel::ActionColumn).data().toString(),
              u"Lowered a help flag");
    EXPECT_EQ(model.index(0, 0).data(app::AuditLogModel::TicketIdRole).toString(), chats[2]);
    EXPECT_FALSE(model.index(0, app::AuditLogModel::SubjectColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, app::AuditLogModel::TicketColumn).data().toString(),
              QStringLiteral("#%1").arg(numberOf(sofia->desk(), chats[2])));

    QTest::mouseClick(view.loadOlderButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return settled(model, 3); }));
    EXPECT_FALSE(view.loadOlderButton()->isEnabled());
    EXPECT_EQ(model.index(2, 0).data(app::AuditLogModel::TicketIdRole).toString(), chats[0]);
    EXPECT_TRUE(view.statusLabel()->text().contains(u'3'))
        << view.statusLabel()->text().toStdString();

    // One ticket by its number, typed as the supervisor sees it; an unknown number says so.
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.ticketFilter()->setFocus();
    QTest::keyClicks(view.ticketFilter(),
                     QStringLiteral("#%1").arg(numberOf(sofia->desk(), chats[1])));
    QTest::keyClick(view.ticketFilter(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return settled(model, 1); }));
    EXPECT_EQ(model.index(0, 0).data(app::AuditLogModel::TicketIdRole).toString(), chats[1]);
    view.ticketFilter()->setText(QStringLiteral("987654"));
    view.applyFilters();
    EXPECT_TRUE(view.statusLabel()->text().contains(u"987654"));
    view.ticketFilter()->clear();
    // No reassignment happened: that action's log is empty.
    view.actionFilter()->setCurrentIndex(view.actionFilter()->findData(QStringLiteral("reassign")));
    view.applyFilters();
    ASSERT_TRUE(waitUntil([&] { return settled(model, 0); }));
    view.actionFilter()->setCurrentIndex(0);
    view.applyFilters();
    ASSERT_TRUE(waitUntil([&] { return settled(model, 2); }));

    // The export holds every row under the filters, not only the page shown.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("audit.csv"));
    QSignalSpy done(&view, &ui::AuditLogView::exportDone);
    view.exportTo(path);
    ASSERT_TRUE(waitUntil([&] { return done.size() == 1; }));
    EXPECT_TRUE(done.at(0).at(1).toBool());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("id,at,actor_id,actor_name,")) << csv.toStdString();
    EXPECT_EQ(csv.count("\r\n"), 4) << csv.toStdString();
    EXPECT_EQ(csv.count("help_flag_lowered"), 3);

    for (QWidget *control : std::initializer_list<QWidget *>{
             view.actionFilter(), view.operatorFilter(), view.ticketFilter(), view.windowFilter(),
             view.table(), view.loadOlderButton(), view.exportButton()})
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
}

// The supervisor's menu opens the log with Ctrl+Shift+U; in Russian its words are Russian.
TEST_F(AuditLogViewTest, CtrlShiftUOpensTheLogInEnglishAndRussian)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto window = windowFor(*sofia);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(window->auditLogAction());
    QTest::keyClick(window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    ui::SupervisorDesk *desk = window->supervisorDesk();
    ASSERT_TRUE(waitUntil([&] { return desk->auditLog() && desk->auditLog()->isVisible(); }));
    ui::AuditLogView *view = desk->auditLog();
    EXPECT_EQ(view->windowTitle(), u"Audit log");
    EXPECT_EQ(
        view->model()->headerData(app::AuditLogModel::ActionColumn, Qt::Horizontal).toString(),
        u"Action");

    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
    QCoreApplication::processEvents();
    EXPECT_EQ(view->windowTitle(), u"Журнал аудита");
    EXPECT_EQ(view->actionFilter()->itemText(0), u"Все действия");
    EXPECT_EQ(app::AuditLogModel::actionText(protocol::AuditAction::Reassign), u"Переназначение");
    EXPECT_EQ(window->auditLogAction()->text(), u"&Журнал аудита…");
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCoreApplication::processEvents();
    EXPECT_EQ(view->windowTitle(), u"Audit log");
}
