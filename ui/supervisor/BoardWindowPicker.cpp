#include "ui/supervisor/BoardWindowPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace frontline::ui {

using Period = app::BoardWindow::Period;

BoardWindowPicker::BoardWindowPicker(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("boardWindowPicker"));
    m_period->setObjectName(QStringLiteral("boardWindowChoice"));
    m_from->setObjectName(QStringLiteral("boardWindowFrom"));
    m_to->setObjectName(QStringLiteral("boardWindowTo"));
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString(), i);
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
    m_from->setDateTime(midnight.addDays(-1));
    m_to->setDateTime(midnight);
    for (QDateTimeEdit *field : {m_from, m_to}) {
        field->setCalendarPopup(true);
        field->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    setFocusProxy(m_period);
    retranslateUi();
    setWindow({});

    connect(m_period, &QComboBox::activated, this, &BoardWindowPicker::choose);
    connect(m_from, &QDateTimeEdit::editingFinished, this, &BoardWindowPicker::choose);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &BoardWindowPicker::choose);
}

app::BoardWindow BoardWindowPicker::window() const
{
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Range)
        return app::BoardWindow::range(m_from->dateTime(), m_to->dateTime());
    return app::BoardWindow::of(period);
}

void BoardWindowPicker::setWindow(const app::BoardWindow &window)
{
    m_period->setCurrentIndex(int(window.period));
    if (window.period == Period::Range) {
        m_from->setDateTime(window.from.toLocalTime());
        m_to->setDateTime(window.to.toLocalTime());
    }
    const bool range = window.period == Period::Range;
    for (QWidget *part : {static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_from),
                          static_cast<QWidget *>(m_toLabel), static_cast<QWidget *>(m_to)})
        part->setVisible(range);
}

void BoardWindowPicker::choose()
{
    const app::BoardWindow chosen = window();
    setWindow(chosen);
    if (chosen.period == Period::Range && chosen.from >= chosen.to)
        return; // wait for an end after the start
    Q_EMIT windowChosen(chosen);
}

void BoardWindowPicker::retranslateUi()
{
    m_period->setItemText(0, tr("Today"));
    m_period->setItemText(1, tr("Last hour"));
    m_period->setItemText(2, tr("Last 7 days"));
    m_period->setItemText(3, tr("From-to…"));
    m_period->setAccessibleName(tr("Board window"));
    m_period->setToolTip(tr("The time the board's figures cover"));
    m_fromLabel->setText(tr("Fro&m"));
    m_toLabel->setText(tr("&To"));
    m_from->setAccessibleName(tr("Window from"));
    m_to->setAccessibleName(tr("Window to"));
}

void BoardWindowPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
