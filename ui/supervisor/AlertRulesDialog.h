#pragma once

#include "protocol/AlertRule.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace frontline::app {
class AlertRuleBook;
}

namespace frontline::ui {

// The supervisor's alert rules: the list (kind, threshold, queue, on or off) and an editor below
// it. Keyboard-first: arrows choose a rule, Space turns it on or off, Delete deletes it; Alt+N
// starts a new one, Alt+S saves the editor's rule. Every change goes to the back office through
// the AlertRuleBook; the list shows what the back office kept.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    // `queues`: (id, name) of the queues a rule may watch.
    AlertRulesDialog(app::AlertRuleBook &book, const QList<QPair<QString, QString>> &queues,
                     QWidget *parent = nullptr);

    QTableWidget *ruleTable() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QComboBox *queueBox() const { return m_queue; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *errorLabel() const { return m_error; }

    // A rule kind in the UI language ("Queue waiting over").
    static QString kindName(protocol::AlertKind kind);

public Q_SLOTS:
    void startNew();
    void saveRule();
    void deleteRule();
    void toggleSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    void showRules(const QList<protocol::AlertRule> &rules);
    void editRule(int row);
    void kindChanged();
    void retranslateUi();
    QString queueName(const QString &id) const;
    QString thresholdText(const protocol::AlertRule &rule) const;

    app::AlertRuleBook &m_book;
    QList<QPair<QString, QString>> m_queues;
    QList<protocol::AlertRule> m_rules;
    QString m_editing; // the rule id in the editor; empty for a new one
    QTableWidget *m_table = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_queueLabel = nullptr;
    QComboBox *m_queue = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace frontline::ui
