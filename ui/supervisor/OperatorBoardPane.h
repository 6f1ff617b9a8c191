#pragma once

#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace frontline::app {
class OperatorBoardModel;
}

namespace frontline::ui {

class BoardTableView;

// The operators board: the filters (team, line, queue), the find field (typing filters by name;
// Down or Enter goes to the table, Escape clears it) and the table. Enter or a double-click on an
// operator says operatorActivated().
class OperatorBoardPane : public Pane
{
    Q_OBJECT
public:
    explicit OperatorBoardPane(app::OperatorBoardModel *model, QWidget *parent = nullptr);

    app::OperatorBoardModel *model() const { return m_model; }
    BoardTableView *view() const { return m_view; }
    QLineEdit *findField() const { return m_find; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *lineFilter() const { return m_line; }
    QComboBox *queueFilter() const { return m_queue; }
    // The board's teams, lines and queues as the filters' choices (the chosen one kept).
    void updateChoices(const QList<QPair<QString, QString>> &queues);

public Q_SLOTS:
    void focusFind();

Q_SIGNALS:
    void operatorActivated(const QString &operatorId);
    // The queue filter applies to the queues board too.
    void queueFilterChanged(const QString &queueId);

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void fill(QComboBox *combo, const QList<QPair<QString, QVariant>> &choices);

    app::OperatorBoardModel *m_model;
    QComboBox *m_team;
    QComboBox *m_line;
    QComboBox *m_queue;
    QLineEdit *m_find;
    QLabel *m_teamLabel;
    QLabel *m_lineLabel;
    QLabel *m_queueLabel;
    QLabel *m_findLabel;
    BoardTableView *m_view;
    QList<QPair<QString, QString>> m_queues;
};

} // namespace frontline::ui
