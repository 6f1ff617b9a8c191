#pragma once

#include "app/qa/QaReviewActions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace frontline::app {
class LocalStore;
class QaCandidateModel;
} // namespace frontline::app

namespace frontline::ui {

// "New review" (issue 18, item 7): the reviewer chooses a conversation from a week's seeded
// random sample (week, rate, seed: the same three give the same tickets) or from the resolved
// conversations that match filters (low CSAT, escalated, returned escalation, long handle time,
// an operator, a queue, a window), and the scorecard to score it against. The back office chooses
// and orders the tickets; none carries the customer's contact data.
class NewReviewDialog : public QDialog
{
    Q_OBJECT
public:
    NewReviewDialog(app::QaReviewActions &actions, app::LocalStore &store,
                    QWidget *parent = nullptr);

    app::QaCandidateModel *candidates() const { return m_model; }
    QTabWidget *ways() const { return m_ways; }
    QLineEdit *weekField() const { return m_week; }
    QDoubleSpinBox *rateField() const { return m_rate; }
    QSpinBox *seedField() const { return m_seed; }
    QSpinBox *csatField() const { return m_csat; }
    QComboBox *escalatedField() const { return m_escalated; }
    QCheckBox *returnedField() const { return m_returned; }
    QSpinBox *handleTimeField() const { return m_handle; }
    QComboBox *operatorField() const { return m_operator; }
    QComboBox *queueField() const { return m_queue; }
    QComboBox *windowField() const { return m_window; }
    QComboBox *scorecardField() const { return m_card; }
    QTableView *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *reviewButton() const { return m_review; }
    // The filters as the Filters tab shows them.
    app::QaCandidateFilter candidateFilter() const;
    // The scorecard chosen; none until the scorecards are read.
    std::optional<protocol::Scorecard> scorecard() const;

public Q_SLOTS:
    void drawSample();
    void findCandidates();

Q_SIGNALS:
    // The scorecards were read (or could not be): the choice is ready.
    void scorecardsLoaded();
    void candidatesLoaded();
    void reviewRequested(const QString &ticketId, const frontline::protocol::Scorecard &card);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSample();
    QWidget *buildFilters();
    void retranslateUi();
    void fillChoices();
    void showTickets(const Result<QList<QJsonObject>> &tickets);
    void reviewSelected();

    app::QaReviewActions &m_actions;
    app::LocalStore &m_store;
    app::QaCandidateModel *m_model;
    QList<protocol::Scorecard> m_cards;
    QTabWidget *m_ways = nullptr;
    QLineEdit *m_week = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_draw = nullptr;
    QSpinBox *m_csat = nullptr;
    QComboBox *m_escalated = nullptr;
    QCheckBox *m_returned = nullptr;
    QSpinBox *m_handle = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_queue = nullptr;
    QComboBox *m_window = nullptr;
    QPushButton *m_find = nullptr;
    QComboBox *m_card = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labels; // retranslated from their source text
};

} // namespace frontline::ui
