#pragma once

#include "ui/common/Pane.h"

#include <QKeySequence>
#include <QList>
#include <QPair>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

class QToolButton;
namespace frontline::app {
class ExamActivity;
class KbArticleListModel;
class LocalStore;
class OperatorCommands;
} // namespace frontline::app

namespace frontline::ui {

class KbArticleViewer;

// Search the local knowledge base as you type, read an article, and put a piece of it into the
// reply with one key. The article used is recorded on the current ticket.
class KnowledgeBasePane : public Pane
{
    Q_OBJECT
public:
    explicit KnowledgeBasePane(app::LocalStore &store, app::OperatorCommands &commands,
                               QWidget *parent = nullptr);

    // The pane's keys and what they do, for the shell's shortcuts dialog.
    static QList<QPair<QKeySequence, QString>> shortcuts();

    QString currentTicket() const { return m_ticketId; }
    app::KbArticleListModel *results() const { return m_model; }
    KbArticleViewer *viewer() const { return m_viewer; }
    QLineEdit *searchField() const { return m_search; }
    QListView *resultsView() const { return m_results; }

    // Runs the pending search now instead of after the typing pause.
    void searchNow();
    void openArticle(const QString &articleId);
    // "en", "ru" or empty for all.
    void setLocaleFilter(const QString &locale);
    // While an exam or practice runs, what she searches, opens and inserts is told to `activity`
    // (issue 19); null: nothing is.
    void setExamActivity(app::ExamActivity *activity) { m_exam = activity; }

public Q_SLOTS:
    void setCurrentTicket(const QString &ticketId);
    // The viewer's selection, or without one the paragraph under its text cursor.
    void insertExcerpt();
    void insertLink();

Q_SIGNALS:
    void insertRequested(const QString &text, const QString &articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void buildSearchAndResults();
    // Insert an excerpt or a link into the reply: actions with shortcuts and their buttons.
    void buildInsertActions();
    void layOut();
    void connectSearch();
    void request(const QString &text);
    void updateHeading();
    void showError(const QString &message);

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    app::KbArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_locale;
    QLabel *m_heading;
    QListView *m_results;
    KbArticleViewer *m_viewer;
    QAction *m_insertExcerpt;
    QAction *m_insertLink;
    QToolButton *m_excerptButton = nullptr;
    QToolButton *m_linkButton = nullptr;
    QTimer *m_debounce;
    QString m_ticketId;
    QString m_articleTitle;
    QString m_articleLink;
    QString m_articleSlug;
    app::ExamActivity *m_exam = nullptr;
};

} // namespace frontline::ui
