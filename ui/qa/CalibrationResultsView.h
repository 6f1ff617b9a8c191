#pragma once

#include "protocol/Calibration.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace frontline::app {
class CalibrationResultsModel;
class CalibrationSessions;
} // namespace frontline::app

namespace frontline::ui {

// The calibration results (issue 18, item 8): for the conversation chosen, the reviewers' points
// per criterion side by side with the spread (the widest highlighted), each one's total and
// deviation from the reference score, and her mean absolute deviation over the session; the
// median and the agreed score, which the session's lead sets here.
class CalibrationResultsView : public QWidget
{
    Q_OBJECT
public:
    CalibrationResultsView(app::CalibrationSessions &sessions, QWidget *parent = nullptr);

    // The session whose results are shown; `isLead`: the agreed score may be set.
    void setSession(const protocol::CalibrationSession &session, bool isLead);
    void showResults(const protocol::CalibrationResults &results);

    app::CalibrationResultsModel *model() const { return m_model; }
    QComboBox *conversationPicker() const { return m_conversation; }
    QTableView *table() const { return m_table; }
    QLabel *referenceLabel() const { return m_reference; }
    QDoubleSpinBox *agreedEditor() const { return m_agreed; }
    QPushButton *agreeButton() const { return m_agree; }
    QPushButton *useMedianButton() const { return m_median; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showConversation(int index);
    void agree(bool useMedian);

    app::CalibrationSessions &m_sessions;
    app::CalibrationResultsModel *m_model;
    QString m_sessionId;
    bool m_isLead = false;
    QLabel *m_conversationLabel;
    QComboBox *m_conversation;
    QTableView *m_table;
    QLabel *m_reference;
    QLabel *m_agreedLabel;
    QDoubleSpinBox *m_agreed;
    QPushButton *m_agree;
    QPushButton *m_median;
};

} // namespace frontline::ui
