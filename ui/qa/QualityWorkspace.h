#pragma once

#include "app/qa/QaReviewListModel.h"
#include "ui/common/ListWindow.h"
#include "ui/common/PagedListStatus.h"
#include "ui/qa/ReviewThreadView.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QToolBar;

namespace frontline::app {
class BackOfficeClient;
class LocalStore;
class QaReviewActions;
} // namespace frontline::app

namespace frontline::ui {

class NewReviewDialog;
class ReviewScreen;

// The Quality workspace (issue 18, item 7): the QA reviews, newest first, narrowed by operator,
// reviewer, status and window (the back office filters), a page at a time; "New review" from a
// sample or the candidates' filters; each review opened on its review screen. Supervisors open it
// as a window, it is the trainer's whole perspective, and for an operator ("My reviews") it lists
// her own without the reviewers' filters and actions. Reviewers export every review the filters
// match as CSV. Its tool bar is where more QA actions go (calibration): add them with
// toolBar()->addAction().
class QualityWorkspace : public QWidget
{
    Q_OBJECT
public:
    using Reader = ReviewThreadView::Reader;

    QualityWorkspace(app::BackOfficeClient &client, app::LocalStore &store, Reader reader,
                     QWidget *parent = nullptr);
    ~QualityWorkspace() override;

    using Window = ListWindow; // the last 7, 30 or 90 days, any time

    app::QaReviewListModel *model() const { return m_model; }
    app::QaReviewActions *actions() const { return m_actions; }
    // The filters shown, as the back office is asked with them (the CSV export's).
    app::QaReviewListFilter shownFilter() const { return m_model->filter(); }
    // The selected review's id; empty when none is.
    QString selectedReviewId() const;
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *newReviewAction() const { return m_newReview; }
    QAction *openReviewAction() const { return m_open; }
    QAction *loadOlderAction() const { return m_older; }
    QAction *exportAction() const { return m_export; }
    QComboBox *operatorFilter() const { return m_operator; }
    QComboBox *reviewerFilter() const { return m_reviewer; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *windowFilter() const { return m_window; }
    QTableView *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }
    // The open "New review" dialog and the review screen opened last; null when closed.
    NewReviewDialog *newReviewDialog() const;
    ReviewScreen *reviewScreen() const;

public Q_SLOTS:
    void applyFilters();
    void newReview();
    void openSelected();
    // The review `id` on its review screen (one screen, raised again for another review).
    void openReview(const QString &id);
    void startReview(const QString &ticketId, const frontline::protocol::Scorecard &card);
    // Every review the filters match, written to `path` as CSV (the export action asks where).
    void exportTo(const QString &path);

Q_SIGNALS:
    void exportDone(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void buildToolBar(bool reviewer);
    void retranslateUi();
    void fillPeople();
    void showState();
    void chooseExportFile();
    PagedListStatus::Words words() const;
    ReviewScreen *screen();

    app::LocalStore &m_store;
    Reader m_reader;
    app::QaReviewActions *m_actions;
    app::QaReviewListModel *m_model;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newReview = nullptr;
    QAction *m_open = nullptr;
    QAction *m_older = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_export = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labels;
    QComboBox *m_operator = nullptr;
    QComboBox *m_reviewer = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_window = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    PagedListStatus *m_list = nullptr;
    QPointer<NewReviewDialog> m_dialog;
    QPointer<ReviewScreen> m_screen;
};

} // namespace frontline::ui
