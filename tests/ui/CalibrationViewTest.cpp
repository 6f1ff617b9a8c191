// Calibration on the desktop (issue 18, item 8), against the real demo back office: sofia runs a
// calibration with tanya (starts it, both score blind, she closes it, the results show what the
// back office computed, she sets the agreed score, the history follows); the scoring form;
// Ctrl+Shift+K in English and Russian; every control named for a screen reader.
#include "app/qa/CalibrationHistoryModel.h"
#include "app/qa/CalibrationResultsModel.h"
#include "app/qa/CalibrationSessions.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/common/UiSetup.h"
#include "ui/qa/CalibrationDialog.h"
#include "ui/qa/CalibrationResultsView.h"
#include "ui/qa/CalibrationScoreForm.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;

protocol::Scorecard smallCard()
{
    const auto criterion = [](const char *id, int weight, const char *scale, bool na,
                              bool critical) {
        return QJsonObject{{L("id"), L(id)},      {L("title"), L(id)},
                           {L("weight"), weight}, {L("scale"), L(scale)},
                           {L("na_allowed"), na}, {L("critical"), critical}};
    };
    auto card = protocol::scorecardFromRequest(
        {{L("name"), L("Chat")},
         {L("locale"), L("en")},
         {L("sections"),
          QJsonArray{QJsonObject{
              {L("title"), L("All")},
              {L("criteria"), QJsonArray{criterion("greeting", 20, "yes_no", false, false),
                                         criterion("solution", 60, "1_5", false, true),
                                         criterion("tone", 20, "1_3", true, false)}}}}}});
    EXPECT_TRUE(card.ok());
    return card.value();
}

// Chooses `value` (none: N/A) for `criterion` on the form.
void choose(ui::CalibrationScoreForm &form, const QString &criterion, std::optional<int> value)
{
    QComboBox *box = form.choiceFor(criterion);
    ASSERT_TRUE(box);
    const int index = box->findData(value.value_or(-1));
    ASSERT_GE(index, 0) << criterion.toStdString();
    box->setCurrentIndex(index);
}

// A part of another control (a combo box's popup, a spin box's editor, a view's header, a tab
// bar's arrows): named by that control.
bool insideAControl(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != top;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent) ||
            qobject_cast<const QTabBar *>(parent) || parent->inherits("QComboBoxPrivateContainer"))
            return true;
    }
    return false;
}

class CalibrationViewTest : public OperatorFlowTest
{
protected:
    // Two resolved conversations of the demo's history, as the QA candidates route gives them.
    static QJsonArray candidates(HttpClient &sofia)
    {
        const HttpReply reply = sofia.get(QStringLiteral("/api/v1/qa/candidates?limit=2"));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json().value(L("tickets")).toArray();
    }

    // Every criterion of `card` at the scale's low-but-passing mark: yes, or one above the least.
    static QJsonArray modestAnswers(const QJsonObject &card)
    {
        QJsonArray answers;
        for (const QJsonValue &section : card.value(L("sections")).toArray()) {
            for (const QJsonValue &item : section[L("criteria")].toArray()) {
                const QString scale = item[L("scale")].toString();
                answers.append(QJsonObject{{L("criterion_id"), item[L("id")].toString()},
                                           {L("value"), scale == u"yes_no" ? 1 : 2}});
            }
        }
        return answers;
    }

    // Sofia's desk and the dialog over it, once the cache knows Tanya.
    void openDialog()
    {
        sofia = signIn(QStringLiteral("sofia"));
        ASSERT_TRUE(sofia);
        sofiaHttp = colleague(QStringLiteral("sofia"));
        tanyaHttp = colleague(QStringLiteral("tanya"));
        tanyaId = tanyaHttp->get(QStringLiteral("/api/v1/me")).json().value(L("id")).toString();
        tickets = candidates(*sofiaHttp);
        ASSERT_EQ(tickets.size(), 2);
        const QString me = sofia->desk().user().id;
        ASSERT_TRUE(waitUntil([&] {
            for (const app::CalibrationColleague &colleague :
                 app::CalibrationSessions::colleagues(sofia->desk().store(), me))
                if (colleague.id == tanyaId)
                    return true;
            return false;
        }));

        dialog = std::make_unique<ui::CalibrationDialog>(sofia->desk().client(),
                                                         sofia->desk().store(), me);
        resultsTester = std::make_unique<QAbstractItemModelTester>(
            dialog->resultsView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        historyTester = std::make_unique<QAbstractItemModelTester>(
            dialog->historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        dialog->show();
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        ASSERT_TRUE(waitUntil([&] { return dialog->scorecardPicker()->count() > 0; }));
    }

    void startSession()
    {
        // Start it by keyboard: name, scorecard, "#n1, n2", tanya ticked.
        dialog->tabs()->setCurrentIndex(ui::CalibrationDialog::NewTab);
        dialog->nameEditor()->setFocus();
        QTest::keyClicks(dialog->nameEditor(), QStringLiteral("Sofia and Tanya"));
        dialog->ticketsEditor()->setFocus();
        QTest::keyClicks(dialog->ticketsEditor(),
                         QStringLiteral("#%1, %2")
                             .arg(tickets[0][L("ticket_number")].toInteger())
                             .arg(tickets[1][L("ticket_number")].toInteger()));
        for (int i = 0; i < dialog->reviewerList()->count(); ++i) {
            QListWidgetItem *item = dialog->reviewerList()->item(i);
            if (item->data(Qt::UserRole).toString() == tanyaId)
                item->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return dialog->currentSession().conversations.size() == 2; }))
            << dialog->statusLabel()->text().toStdString();
        session = dialog->currentSession();
        ASSERT_EQ(session.reviewers.size(), 2);
        EXPECT_EQ(dialog->tabs()->currentIndex(), ui::CalibrationDialog::ScoreTab);
        EXPECT_FALSE(dialog->tabs()->isTabEnabled(ui::CalibrationDialog::ResultsTab));
        ASSERT_TRUE(session.scorecard);
    }

    void scoreBlind()
    {
        // Sofia scores both conversations at the top of every scale.
        QSignalSpy saved(dialog->sessions(), &app::CalibrationSessions::scored);
        for (int conversation = 0; conversation < 2; ++conversation) {
            dialog->scoreConversation()->setCurrentIndex(conversation);
            for (const protocol::ScorecardCriterion &criterion : session.scorecard->criteria())
                choose(*dialog->scoreForm(), criterion.id,
                       protocol::qaScaleRange(criterion.scale).second);
            EXPECT_DOUBLE_EQ(dialog->scoreForm()->score()->percent, 100.0);
            QTest::mouseClick(dialog->saveScoreButton(), Qt::LeftButton);
            ASSERT_TRUE(waitUntil([&] { return saved.size() == conversation + 1; }))
                << dialog->statusLabel()->text().toStdString();
        }
        // Tanya scores through the back office; while open, she cannot see Sofia's.
        path = u"/api/v1/qa/calibrations/" + session.id;
        const QJsonObject card = tanyaHttp->get(path).json().value(L("scorecard")).toObject();
        for (const protocol::CalibrationConversation &conversation : session.conversations) {
            const QJsonObject body{{L("ticket_id"), conversation.ticketId},
                                   {L("answers"), modestAnswers(card)}};
            ASSERT_EQ(tanyaHttp->send("PUT", path + u"/scores", json(body)).status, 200);
        }
        EXPECT_EQ(tanyaHttp->get(path + u"/scores").json().value(L("scores")).toArray().size(), 2);
    }

    void closeAndCompare()
    {
        // Sofia closes it: the results show what the back office computed.
        QTest::mouseClick(dialog->closeSessionButton(), Qt::LeftButton);
        app::CalibrationResultsModel &model = *dialog->resultsView()->model();
        ASSERT_TRUE(waitUntil([&] { return model.rowCount() > 0; }));
        EXPECT_EQ(dialog->tabs()->currentIndex(), ui::CalibrationDialog::ResultsTab);
        served = tanyaHttp->get(path + u"/results").json();
        const QJsonObject first = served.value(L("conversations"))[0].toObject();
        const QJsonArray scores = first.value(L("scores")).toArray();
        ASSERT_EQ(scores.size(), 2);
        ASSERT_EQ(model.columnCount(), 1 + 2 + 2);
        for (int reviewer = 0; reviewer < 2; ++reviewer) {
            EXPECT_EQ(model.headerData(1 + reviewer, Qt::Horizontal).toString(),
                      scores[reviewer][L("reviewer_name")].toString());
            EXPECT_DOUBLE_EQ(model.index(model.totalRow(), 1 + reviewer)
                                 .data(app::CalibrationResultsModel::ValueRole)
                                 .toDouble(),
                             scores[reviewer][L("score")].toDouble());
            EXPECT_DOUBLE_EQ(model.index(model.deviationRow(), 1 + reviewer)
                                 .data(app::CalibrationResultsModel::ValueRole)
                                 .toDouble(),
                             scores[reviewer][L("deviation")].toDouble());
        }
        const QJsonArray criteria = first.value(L("criteria")).toArray();
        ASSERT_EQ(model.totalRow(), criteria.size());
        int widest = 0;
        for (int row = 0; row < criteria.size(); ++row) {
            EXPECT_DOUBLE_EQ(model.index(row, model.spreadColumn())
                                 .data(app::CalibrationResultsModel::ValueRole)
                                 .toDouble(),
                             criteria[row][L("spread")].toDouble());
            EXPECT_EQ(model.index(row, 0).data(app::CalibrationResultsModel::WidestRole).toBool(),
                      criteria[row][L("widest")].toBool());
            widest += criteria[row][L("widest")].toBool() ? 1 : 0;
        }
        EXPECT_GT(widest, 0); // tanya and sofia differ somewhere
        EXPECT_TRUE(dialog->resultsView()->referenceLabel()->text().contains(
            QLocale().toString(first.value(L("median")).toDouble(), 'f', 1)));
        // Now everyone's scores are readable, but the form still shows Sofia's own, read only.
        ASSERT_TRUE(waitUntil([&] {
            const auto score = dialog->scoreForm()->score();
            return score.ok() && score->percent == 100.0;
        }));
        EXPECT_FALSE(dialog->saveScoreButton()->isEnabled());
        EXPECT_TRUE(dialog->sessionPicker()->currentText().contains(u"closed"));
    }

    void agreeAndReadHistory()
    {
        app::CalibrationResultsModel &model = *dialog->resultsView()->model();
        // The lead sets the agreed score; deviations now come from it.
        dialog->resultsView()->agreedEditor()->setValue(70.0);
        QTest::mouseClick(dialog->resultsView()->agreeButton(), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] {
            const auto *shown = model.currentConversation();
            return shown && shown->agreed && *shown->agreed == 70.0;
        }));
        const QJsonObject agreed =
            tanyaHttp->get(path + u"/results").json().value(L("conversations"))[0].toObject();
        EXPECT_DOUBLE_EQ(agreed.value(L("agreed")).toDouble(), 70.0);
        EXPECT_DOUBLE_EQ(model.index(model.deviationRow(), 1)
                             .data(app::CalibrationResultsModel::ValueRole)
                             .toDouble(),
                         agreed.value(L("scores"))[0][L("deviation")].toDouble());
        EXPECT_TRUE(dialog->resultsView()->referenceLabel()->text().contains(
            QLocale().toString(70.0, 'f', 1)));

        // Tanya's history: this session with her mean absolute deviation.
        dialog->tabs()->setCurrentIndex(ui::CalibrationDialog::HistoryTab);
        dialog->historyReviewer()->setCurrentIndex(dialog->historyReviewer()->findData(tanyaId));
        ASSERT_TRUE(waitUntil([&] { return dialog->historyModel()->rowCount() == 1; }));
        const double tanyasMean =
            served.value(L("reviewers"))[1][L("mean_absolute_deviation")].toDouble();
        const QJsonObject tanyaNow = tanyaHttp->get(path + u"/results").json();
        EXPECT_DOUBLE_EQ(
            dialog->historyModel()
                ->index(0, app::CalibrationHistoryModel::DeviationColumn)
                .data(app::CalibrationHistoryModel::ValueRole)
                .toDouble(),
            tanyaNow.value(L("reviewers"))[1][L("mean_absolute_deviation")].toDouble());
        EXPECT_GE(tanyasMean, 0.0);
    }

    void checkAccessibleNames()
    {
        for (QWidget *control : dialog->findChildren<QWidget *>()) {
            const bool named =
                qobject_cast<QAbstractButton *>(control) || qobject_cast<QComboBox *>(control) ||
                qobject_cast<QLineEdit *>(control) || qobject_cast<QAbstractItemView *>(control) ||
                qobject_cast<QAbstractSpinBox *>(control);
            if (named && !insideAControl(control, dialog.get())) {
                EXPECT_FALSE(control->accessibleName().isEmpty())
                    << control->metaObject()->className() << " "
                    << control->objectName().toStdString();
            }
        }
    }

    std::unique_ptr<DemoDesk> sofia;
    std::unique_ptr<HttpClient> sofiaHttp, tanyaHttp;
    QString tanyaId;
    QJsonArray tickets;
    std::unique_ptr<ui::CalibrationDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> resultsTester, historyTester;
    protocol::CalibrationSession session;
    QString path;
    QJsonObject served;
};

} // namespace

TEST(CalibrationScoreFormTest, ShowsTheScoreAsTheReviewerChooses)
{
    ui::CalibrationScoreForm form;
    form.setScorecard(smallCard());
    form.show();
    EXPECT_TRUE(form.answers().isEmpty());
    EXPECT_FALSE(form.score().ok());
    EXPECT_EQ(form.choiceFor(QStringLiteral("tone"))->findData(-1), 4); // N/A after 1-3
    EXPECT_EQ(form.choiceFor(QStringLiteral("greeting"))->findData(-1), -1);
    EXPECT_FALSE(form.choiceFor(QStringLiteral("solution"))->accessibleName().isEmpty());

    // yes, 4 of 5, tone N/A: 25 + 75 × 3/4 = 81.25, shown as 81.3.
    choose(form, QStringLiteral("greeting"), 1);
    choose(form, QStringLiteral("solution"), 4);
    choose(form, QStringLiteral("tone"), std::nullopt);
    ASSERT_EQ(form.answers().size(), 3);
    EXPECT_FALSE(form.answers().at(2).value.has_value());
    ASSERT_TRUE(form.score().ok());
    EXPECT_DOUBLE_EQ(form.score()->percent, 81.3);
    EXPECT_TRUE(form.scoreLabel()->text().contains(QLocale().toString(81.3, 'f', 1)))
        << form.scoreLabel()->text().toStdString();

    // The critical criterion at its least: 0, and the label says why.
    choose(form, QStringLiteral("solution"), 1);
    EXPECT_DOUBLE_EQ(form.score()->percent, 0.0);
    EXPECT_TRUE(form.scoreLabel()->text().contains(u"critical"));

    // Earlier answers come back into the form.
    form.setAnswers({{QStringLiteral("greeting"), 0, {}},
                     {QStringLiteral("solution"), 5, {}},
                     {QStringLiteral("tone"), 3, {}}});
    EXPECT_DOUBLE_EQ(form.score()->percent, 80.0);
}

TEST_F(CalibrationViewTest, SofiaRunsACalibrationWithTanya)
{
    ASSERT_NO_FATAL_FAILURE(openDialog());
    ASSERT_NO_FATAL_FAILURE(startSession());
    ASSERT_NO_FATAL_FAILURE(scoreBlind());
    ASSERT_NO_FATAL_FAILURE(closeAndCompare());
    ASSERT_NO_FATAL_FAILURE(agreeAndReadHistory());
    checkAccessibleNames();
}

// Ctrl+Shift+K opens calibration for a supervisor and for a trainer; in Russian its words are
// Russian.
TEST_F(CalibrationViewTest, CtrlShiftKOpensCalibrationInEnglishAndRussian)
{
    for (const QString &user : {QStringLiteral("sofia"), QStringLiteral("tanya")}) {
        auto desk = signIn(user);
        ASSERT_TRUE(desk);
        auto window = windowFor(*desk);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->calibrationAction()) << user.toStdString();
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        ASSERT_TRUE(waitUntil([&] {
            return window->calibrationDialog() && window->calibrationDialog()->isVisible();
        }));
        ui::CalibrationDialog *dialog = window->calibrationDialog();
        EXPECT_EQ(dialog->windowTitle(), u"Calibration");
        if (user != u"sofia")
            continue;
        ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        QCoreApplication::processEvents();
        EXPECT_EQ(dialog->windowTitle(), u"Калибровка");
        EXPECT_EQ(window->calibrationAction()->text(), u"&Калибровка…");
        EXPECT_EQ(dialog->resultsView()->model()->headerData(0, Qt::Horizontal).toString(),
                  u"Критерий");
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCoreApplication::processEvents();
        EXPECT_EQ(dialog->windowTitle(), u"Calibration");
    }
}
