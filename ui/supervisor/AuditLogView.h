#pragma once

#include "app/board/AuditLogModel.h"
#include "ui/common/ListWindow.h"
#include "ui/common/PagedListStatus.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace frontline::app {
class BackOfficeClient;
class LocalStore;
} // namespace frontline::app

namespace frontline::ui {

// The audit log in the supervisor's workspace (issue 18, item 5): what supervisors and admins did
// to tickets and operators, newest first, narrowed by action, operator, ticket number and window
// (the back office filters), "Load older" for the page before, and a CSV export of every row the
// filters match. Read only. The operators and ticket numbers come from the supervisor's cache.
class AuditLogView : public QDialog
{
    Q_OBJECT
public:
    AuditLogView(app::BackOfficeClient &client, app::LocalStore &store, QWidget *parent = nullptr);
    ~AuditLogView() override;

    using Window = ListWindow; // Today, the last 7 or 30 days, any time

    app::AuditLogModel *model() const { return m_model; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *operatorFilter() const { return m_operator; }
    QLineEdit *ticketFilter() const { return m_ticket; }
    QComboBox *windowFilter() const { return m_window; }
    QTableView *table() const { return m_table; }
    QPushButton *loadOlderButton() const { return m_older; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Reads the filters' choices and asks for the newest page under them.
    void applyFilters();
    // Writes every row under the filters to `path` as CSV; exportDone() or the status says how.
    void exportTo(const QString &path);

Q_SIGNALS:
    void exportDone(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void fillOperators();
    void showState();
    void chooseExportFile();
    PagedListStatus::Words words() const;

    app::LocalStore &m_store;
    app::AuditLogModel *m_model;
    QLabel *m_actionLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_ticketLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_ticket = nullptr;
    QComboBox *m_window = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    PagedListStatus *m_list = nullptr;
    QString m_problem; // why the filters could not be applied (an unknown ticket number)
};

} // namespace frontline::ui
