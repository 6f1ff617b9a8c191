#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace frontline::ui {

// A tinted strip above the messages with one line of plain text (never markup: it can quote a
// customer's or a colleague's change) and room for buttons after it. Hidden until shown.
class Banner : public QFrame
{
    Q_OBJECT
public:
    Banner(const QString &objectName, const QString &background, QWidget *parent = nullptr);

    QLabel *textLabel() const { return m_text; }

protected:
    QHBoxLayout *row() const { return m_row; }

private:
    QLabel *m_text;
    QHBoxLayout *m_row;
};

} // namespace frontline::ui
