#include "ui/qa/CalibrationDialog.h"

#include "app/qa/CalibrationHistoryModel.h"
#include "app/qa/CalibrationSessions.h"
#include "ui/qa/CalibrationResultsView.h"
#include "ui/qa/CalibrationScoreForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

CalibrationDialog::CalibrationDialog(app::BackOfficeClient &client, app::LocalStore &store,
                                     const QString &myId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_myId(myId)
    , m_sessions(new app::CalibrationSessions(client, this))
    , m_history(new app::CalibrationHistoryModel(this))
{
    setObjectName(QStringLiteral("calibrationDialog"));
    m_sessionLabel = new QLabel(this);
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("calibrationSession"));
    m_sessionLabel->setBuddy(m_session);
    m_refresh = new QPushButton(this);
    m_tabs = new QTabWidget(this);
    m_results = new CalibrationResultsView(*m_sessions, this);
    m_tabs->addTab(buildNewTab(), QString());
    m_tabs->addTab(buildScoreTab(), QString());
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(buildHistoryTab(), QString());
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("calibrationStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_sessionLabel);
    top->addWidget(m_session, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    resize(900, 600);

    connect(m_refresh, &QPushButton::clicked, this, &CalibrationDialog::reload);
    connect(m_session, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_session->currentData().toString();
        if (!id.isEmpty())
            m_sessions->loadSession(id);
    });
    connectSessions();
    retranslateUi();
    reload();
}

QWidget *CalibrationDialog::buildNewTab()
{
    auto *page = new QWidget(this);
    m_nameLabel = new QLabel(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("calibrationName"));
    m_name->setMaxLength(120); // protocol::limits::CalibrationName
    m_scorecardLabel = new QLabel(page);
    m_scorecard = new QComboBox(page);
    m_scorecard->setObjectName(QStringLiteral("calibrationScorecard"));
    m_ticketsLabel = new QLabel(page);
    m_tickets = new QLineEdit(page);
    m_tickets->setObjectName(QStringLiteral("calibrationTickets"));
    m_reviewersLabel = new QLabel(page);
    m_reviewers = new QListWidget(page);
    m_reviewers->setObjectName(QStringLiteral("calibrationReviewers"));
    m_start = new QPushButton(page);
    m_start->setObjectName(QStringLiteral("calibrationStart"));
    for (const auto &[label, field] : {std::pair<QLabel *, QWidget *>{m_nameLabel, m_name},
                                       {m_scorecardLabel, m_scorecard},
                                       {m_ticketsLabel, m_tickets},
                                       {m_reviewersLabel, m_reviewers}})
        label->setBuddy(field);
    auto *form = new QFormLayout(page);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_scorecardLabel, m_scorecard);
    form->addRow(m_ticketsLabel, m_tickets);
    form->addRow(m_reviewersLabel, m_reviewers);
    form->addRow(m_start);
    connect(m_start, &QPushButton::clicked, this, &CalibrationDialog::startSession);
    return page;
}

QWidget *CalibrationDialog::buildScoreTab()
{
    auto *page = new QWidget(this);
    m_scoreConversationLabel = new QLabel(page);
    m_scoreConversation = new QComboBox(page);
    m_scoreConversation->setObjectName(QStringLiteral("calibrationScoreConversation"));
    m_scoreConversationLabel->setBuddy(m_scoreConversation);
    m_form = new CalibrationScoreForm(page);
    m_save = new QPushButton(page);
    m_save->setObjectName(QStringLiteral("calibrationSaveScore"));
    m_close = new QPushButton(page);
    m_close->setObjectName(QStringLiteral("calibrationClose"));
    auto *picker = new QHBoxLayout;
    picker->addWidget(m_scoreConversationLabel);
    picker->addWidget(m_scoreConversation, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(picker);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_scoreConversation, &QComboBox::currentIndexChanged, this,
            &CalibrationDialog::showMyScore);
    connect(m_save, &QPushButton::clicked, this, &CalibrationDialog::saveScore);
    connect(m_close, &QPushButton::clicked, this, &CalibrationDialog::closeSession);
    return page;
}

QWidget *CalibrationDialog::buildHistoryTab()
{
    auto *page = new QWidget(this);
    m_historyReviewerLabel = new QLabel(page);
    m_historyReviewer = new QComboBox(page);
    m_historyReviewer->setObjectName(QStringLiteral("calibrationHistoryReviewer"));
    m_historyReviewerLabel->setBuddy(m_historyReviewer);
    m_historyTable = new QTableView(page);
    m_historyTable->setObjectName(QStringLiteral("calibrationHistory"));
    m_historyTable->setModel(m_history);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto stretchSession = [this] {
        m_historyTable->horizontalHeader()->setSectionResizeMode(
            app::CalibrationHistoryModel::SessionColumn, QHeaderView::Stretch);
    };
    stretchSession();
    // A reset forgets the sections' own modes.
    connect(m_history, &QAbstractItemModel::modelReset, this, stretchSession);
    m_historyTable->verticalHeader()->hide();
    auto *picker = new QHBoxLayout;
    picker->addWidget(m_historyReviewerLabel);
    picker->addWidget(m_historyReviewer, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(picker);
    layout->addWidget(m_historyTable, 1);
    connect(m_historyReviewer, &QComboBox::currentIndexChanged, this,
            &CalibrationDialog::loadHistory);
    return page;
}

void CalibrationDialog::connectSessions()
{
    using S = app::CalibrationSessions;
    connect(m_sessions, &S::sessionsLoaded, this, &CalibrationDialog::showSessions);
    connect(m_sessions, &S::scorecardsLoaded, this,
            [this](const QList<protocol::Scorecard> &cards) {
                m_scorecard->clear();
                for (const protocol::Scorecard &card : cards)
                    m_scorecard->addItem(card.name, card.id);
            });
    connect(m_sessions, &S::sessionLoaded, this, &CalibrationDialog::showSession);
    connect(m_sessions, &S::created, this, [this](const protocol::CalibrationSession &session) {
        m_wanted = session.id;
        m_name->clear();
        m_tickets->clear();
        for (int i = 0; i < m_reviewers->count(); ++i)
            m_reviewers->item(i)->setCheckState(Qt::Unchecked);
        setStatus(tr("Session “%1” started").arg(session.name));
        m_sessions->loadSessions();
        m_tabs->setCurrentIndex(ScoreTab);
    });
    connect(m_sessions, &S::scored, this, [this](const protocol::CalibrationScore &score) {
        m_myScores.removeIf([&score](const protocol::CalibrationScore &mine) {
            return mine.ticketId == score.ticketId;
        });
        m_myScores.append(score);
        setStatus(
            tr("Your score is saved: %1").arg(QLocale().toString(score.score.percent, 'f', 1)));
    });
    connect(m_sessions, &S::myScoresLoaded, this,
            [this](const QList<protocol::CalibrationScore> &scores) {
                // Once closed the route answers everyone's; the form shows only the user's own.
                m_myScores.clear();
                for (const protocol::CalibrationScore &score : scores) {
                    if (score.reviewerId == m_myId)
                        m_myScores.append(score);
                }
                showMyScore();
            });
    connect(m_sessions, &S::closed, this, [this](const protocol::CalibrationSession &session) {
        setStatus(tr("The session is closed: the results are ready"));
        m_wanted = session.id;
        m_sessions->loadSessions(); // its state in the picker, then the session itself
        m_tabs->setCurrentIndex(ResultsTab);
    });
    connect(m_sessions, &S::historyLoaded, m_history, &app::CalibrationHistoryModel::setEntries);
    connect(m_sessions, &S::failed, this, &CalibrationDialog::setStatus);
}

void CalibrationDialog::reload()
{
    m_sessions->loadSessions();
    m_sessions->loadScorecards();
    m_reviewers->clear();
    const QString chosen = m_historyReviewer->currentData().toString();
    const QSignalBlocker quiet(m_historyReviewer);
    m_historyReviewer->clear();
    m_historyReviewer->addItem(tr("Everyone"), QString());
    m_historyReviewer->addItem(tr("Me"), m_myId);
    for (const app::CalibrationColleague &colleague :
         app::CalibrationSessions::colleagues(m_store, m_myId)) {
        auto *item = new QListWidgetItem(colleague.name, m_reviewers);
        item->setData(Qt::UserRole, colleague.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_historyReviewer->addItem(colleague.name, colleague.id);
    }
    m_historyReviewer->setCurrentIndex(std::max(0, m_historyReviewer->findData(chosen)));
    loadHistory();
}

void CalibrationDialog::showSessions(const QList<protocol::CalibrationSession> &sessions)
{
    const QString keep = m_wanted.isEmpty() ? m_session->currentData().toString() : m_wanted;
    m_wanted.clear();
    {
        const QSignalBlocker quiet(m_session);
        m_session->clear();
        for (const protocol::CalibrationSession &session : sessions) {
            const QString state =
                session.status == protocol::CalibrationStatus::Open ? tr("open") : tr("closed");
            m_session->addItem(tr("%1 (%2, lead %3)").arg(session.name, state, session.leadName),
                               session.id);
        }
        m_session->setCurrentIndex(std::max(0, m_session->findData(keep)));
    }
    if (m_session->count() > 0)
        m_sessions->loadSession(m_session->currentData().toString());
    else
        m_tabs->setCurrentIndex(NewTab);
}

void CalibrationDialog::showSession(const protocol::CalibrationSession &session)
{
    m_current = session;
    const bool open = session.status == protocol::CalibrationStatus::Open;
    const bool lead = session.leadId == m_myId;
    if (session.scorecard)
        m_form->setScorecard(*session.scorecard);
    {
        const QSignalBlocker quiet(m_scoreConversation);
        const int chosen = std::max(0, m_scoreConversation->currentIndex());
        m_scoreConversation->clear();
        for (const protocol::CalibrationConversation &conversation : session.conversations)
            m_scoreConversation->addItem(tr("Ticket #%1").arg(conversation.ticketNumber),
                                         conversation.ticketId);
        m_scoreConversation->setCurrentIndex(
            std::min(chosen, int(m_scoreConversation->count()) - 1));
    }
    m_save->setEnabled(open);
    m_form->setEnabled(open);
    m_close->setVisible(lead);
    m_close->setEnabled(lead && open);
    m_results->setSession(session, lead);
    m_tabs->setTabEnabled(ResultsTab, !open);
    m_sessions->loadMyScores(session.id);
    if (!open)
        m_sessions->loadResults(session.id);
    int scored = 0;
    for (const protocol::CalibrationReviewer &reviewer : session.reviewers)
        scored += reviewer.scored;
    setStatus(open ? tr("Open: %1 of %2 scores in. Nobody sees another's scores until the lead "
                        "closes the session.")
                         .arg(scored)
                         .arg(session.reviewers.size() * session.conversations.size())
                   : tr("Closed: compare the scores on the Results tab."));
}

void CalibrationDialog::showMyScore()
{
    const QString ticket = m_scoreConversation->currentData().toString();
    QList<protocol::QaAnswer> answers;
    for (const protocol::CalibrationScore &score : std::as_const(m_myScores)) {
        if (score.ticketId == ticket)
            answers = score.answers;
    }
    if (m_current.scorecard)
        m_form->setScorecard(*m_current.scorecard);
    m_form->setAnswers(answers);
}

void CalibrationDialog::startSession()
{
    app::CalibrationDraft draft;
    draft.name = m_name->text().trimmed();
    draft.scorecardId = m_scorecard->currentData().toString();
    // "1042, #1043 1044": numbers as the reviewers read them, with or without "#".
    static const QRegularExpression separators(QStringLiteral("[\\s,;#]+"));
    for (const QString &part : m_tickets->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 number = part.toLongLong(&ok);
        if (!ok || number <= 0)
            return setStatus(tr("“%1” is not a ticket number").arg(part));
        draft.ticketNumbers.append(number);
    }
    for (int i = 0; i < m_reviewers->count(); ++i) {
        if (m_reviewers->item(i)->checkState() == Qt::Checked)
            draft.reviewerIds.append(m_reviewers->item(i)->data(Qt::UserRole).toString());
    }
    if (draft.name.isEmpty() || draft.scorecardId.isEmpty() || draft.ticketNumbers.isEmpty())
        return setStatus(tr("Give the session a name, a scorecard and at least one ticket number"));
    m_sessions->create(draft);
}

void CalibrationDialog::saveScore()
{
    const QList<protocol::QaAnswer> answers = m_form->answers();
    if (answers.isEmpty() || m_current.id.isEmpty())
        return setStatus(tr("Answer every criterion before saving"));
    m_sessions->score(m_current.id, m_scoreConversation->currentData().toString(), answers);
}

void CalibrationDialog::closeSession()
{
    if (!m_current.id.isEmpty())
        m_sessions->close(m_current.id);
}

void CalibrationDialog::loadHistory()
{
    m_sessions->loadHistory(m_historyReviewer->currentData().toString());
}

void CalibrationDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void CalibrationDialog::retranslateUi()
{
    setWindowTitle(tr("Calibration"));
    m_sessionLabel->setText(tr("S&ession:"));
    m_session->setAccessibleName(tr("Calibration session"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh the sessions"));
    m_tabs->setTabText(NewTab, tr("&New session"));
    m_tabs->setTabText(ScoreTab, tr("S&core"));
    m_tabs->setTabText(ResultsTab, tr("Res&ults"));
    m_tabs->setTabText(HistoryTab, tr("&History"));
    m_tabs->setAccessibleName(tr("Calibration"));
    m_nameLabel->setText(tr("N&ame:"));
    m_name->setAccessibleName(tr("Session name"));
    m_scorecardLabel->setText(tr("Score&card:"));
    m_scorecard->setAccessibleName(tr("Scorecard"));
    m_ticketsLabel->setText(tr("&Tickets:"));
    m_tickets->setAccessibleName(tr("Ticket numbers"));
    m_tickets->setPlaceholderText(tr("Ticket numbers, e.g. 1042, 1043"));
    m_reviewersLabel->setText(tr("Re&viewers:"));
    m_reviewers->setAccessibleName(tr("Reviewers besides you"));
    m_start->setText(tr("&Start session"));
    m_start->setAccessibleName(tr("Start session"));
    m_scoreConversationLabel->setText(tr("C&onversation:"));
    m_scoreConversation->setAccessibleName(tr("Conversation to score"));
    m_form->setAccessibleName(tr("Scorecard"));
    m_save->setText(tr("Save &my score"));
    m_save->setAccessibleName(tr("Save my score"));
    m_close->setText(tr("C&lose session"));
    m_close->setAccessibleName(tr("Close session"));
    m_historyReviewerLabel->setText(tr("Revie&wer:"));
    m_historyReviewer->setAccessibleName(tr("Reviewer"));
    m_historyTable->setAccessibleName(tr("Deviation per closed session"));
    if (m_historyReviewer->count() >= 2) {
        m_historyReviewer->setItemText(0, tr("Everyone"));
        m_historyReviewer->setItemText(1, tr("Me"));
    }
}

void CalibrationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace frontline::ui
