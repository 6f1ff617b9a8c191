#pragma once

#include "app/board/BoardWindow.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace frontline::ui {

// The board's window: Today, Last hour, Last 7 days, or From-to… with two date-time fields that
// show only for it. Says windowChosen() when the supervisor picks one (a range once its end is
// after its start).
class BoardWindowPicker : public QWidget
{
    Q_OBJECT
public:
    explicit BoardWindowPicker(QWidget *parent = nullptr);

    app::BoardWindow window() const;
    void setWindow(const app::BoardWindow &window);
    QComboBox *periodChoice() const { return m_period; }
    QDateTimeEdit *fromField() const { return m_from; }
    QDateTimeEdit *toField() const { return m_to; }

Q_SIGNALS:
    void windowChosen(const frontline::app::BoardWindow &window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose();

    QComboBox *m_period;
    QLabel *m_fromLabel;
    QDateTimeEdit *m_from;
    QLabel *m_toLabel;
    QDateTimeEdit *m_to;
};

} // namespace frontline::ui
