#pragma once

#include "app/board/Alert.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace frontline::app {
class AlertEvaluator;
class AlertListModel;
} // namespace frontline::app

namespace frontline::ui {

// The supervisor's alert list: what fires now, newest first (time, what, acknowledged). Enter
// opens what an alert is about, Space (or Acknowledge) acknowledges it; an alert leaves the list
// by itself when its condition ends. Each alert that fires also asks for a desktop notification.
class AlertList : public QWidget
{
    Q_OBJECT
public:
    explicit AlertList(app::AlertEvaluator &evaluator, QWidget *parent = nullptr);

    app::AlertListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *rulesButton() const { return m_rules; }

public Q_SLOTS:
    void acknowledgeSelected();
    void openSelected();

Q_SIGNALS:
    // Enter on an alert: a help flag's or a breach's ticket, an operator or a queue to show.
    void ticketRequested(const QString &ticketId);
    void operatorRequested(const QString &operatorId);
    void queueRequested(const QString &queueId);
    // The rules button (or Ctrl+Shift+R): the lead opens an AlertRulesDialog.
    void rulesRequested();
    // A newly fired alert, for DeskNotifier::notifyAttention(ticketId, text): the ticket for a
    // flag or a breach (empty otherwise, so a click only raises the window), the alert's words.
    void notificationWanted(const QString &ticketId, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    int currentRow() const;

    app::AlertListModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_rules = nullptr;
};

} // namespace frontline::ui
