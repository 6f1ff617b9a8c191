#include "ui/training/ExamStrip.h"

#include "app/training/ExamSession.h"
#include "ui/common/ShortcutTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace frontline::ui {
namespace {

constexpr qint64 WarningSeconds = 5 * 60;

} // namespace

ExamStrip::ExamStrip(app::ExamSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_begin(new QPushButton(this))
    , m_questions(new QPushButton(this))
    , m_result(new QPushButton(this))
    , m_endPractice(new QPushButton(this))
    , m_second(new QTimer(this))
{
    setObjectName(QStringLiteral("examStrip"));
    m_status->setObjectName(QStringLiteral("examStatus"));
    m_status->setTextFormat(Qt::PlainText); // the pack's title and band are the trainer's text
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setContentsMargins(6, 0, 6, 0);
    m_begin->setObjectName(QStringLiteral("examBegin"));
    m_questions->setObjectName(QStringLiteral("examQuestions"));
    m_result->setObjectName(QStringLiteral("examResult"));
    m_endPractice->setObjectName(QStringLiteral("examEndPractice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_begin);
    layout->addWidget(m_questions);
    layout->addWidget(m_result);
    layout->addWidget(m_endPractice);
    connect(m_begin, &QPushButton::clicked, this, [this] {
        m_begin->setEnabled(false); // once: the answer enables it again if refused
        m_session.begin();
    });
    connect(m_questions, &QPushButton::clicked, this, &ExamStrip::questionsRequested);
    connect(m_result, &QPushButton::clicked, this, &ExamStrip::resultRequested);
    connect(m_endPractice, &QPushButton::clicked, &m_session, &app::ExamSession::endPractice);
    connect(&m_session, &app::ExamSession::changed, this, &ExamStrip::update);
    connect(&m_session, &app::ExamSession::failed, this, [this](const QString &message) {
        m_begin->setEnabled(true);
        m_status->setText(tr("The exam did not start: %1").arg(message));
    });
    m_second->setInterval(1000);
    connect(m_second, &QTimer::timeout, this, &ExamStrip::tick);
    update();
}

QString ExamStrip::clockText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const QString minutesAndSeconds = QStringLiteral("%1:%2")
                                          .arg(hours > 0 ? (seconds / 60) % 60 : seconds / 60,
                                               hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                          .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesAndSeconds)
                     : minutesAndSeconds;
}

QString ExamStrip::countdownText() const
{
    const auto left = m_session.secondsLeft();
    if (m_session.isPractice())
        return tr("Practice: at your own pace");
    return left ? tr("Exam: %1 left").arg(clockText(*left)) : QString();
}

// What the exam is, before she begins: how many customers at once, how long, how many questions.
QString ExamStrip::aboutText() const
{
    const QJsonObject &exam = m_session.exam().exam;
    const int customers = exam.value(u"simultaneous").toInt(1);
    const int scenarios = exam.value(u"scenario_count").toInt();
    const int questions = int(exam.value(u"questions").toArray().size());
    const QString what =
        m_session.isPractice()
            ? tr("Practice: %n conversation(s), one at a time", nullptr, scenarios)
            : tr("Exam: %n customer(s) at once", nullptr, customers) + u", " +
                  tr("%n minute(s)", nullptr, exam.value(u"duration_minutes").toInt());
    return what + u", " + tr("%n question(s)", nullptr, questions);
}

QString ExamStrip::overText() const
{
    const QJsonObject result = m_session.exam().exam.value(u"result").toObject();
    const QString over =
        m_session.isPractice() ? tr("The practice is over") : tr("The exam is over");
    if (result.isEmpty())
        return tr("%1: the result is being computed").arg(over);
    const QString total = QLocale().toString(result.value(u"total").toDouble(), 'f', 2);
    return tr("%1: %2 of 100, %3, %4")
        .arg(over, total, result.value(u"band").toString(),
             result.value(u"passed").toBool() ? tr("passed") : tr("not passed"));
}

void ExamStrip::update()
{
    using Phase = app::ExamSession::Phase;
    const Phase phase = m_session.phase();
    setVisible(phase != Phase::None);
    m_begin->setVisible(phase == Phase::NotStarted);
    m_begin->setEnabled(phase == Phase::NotStarted);
    m_questions->setVisible(phase == Phase::Running &&
                            !m_session.exam().exam.value(u"questions").toArray().isEmpty());
    m_result->setVisible(phase == Phase::Over && m_session.isPractice() &&
                         !m_session.exam().exam.value(u"result").toObject().isEmpty());
    m_endPractice->setVisible(phase == Phase::Running && m_session.isPractice());
    m_endPractice->setText(tr("End practice"));
    m_begin->setText(tr("Begin"));
    m_begin->setToolTip(aboutText());
    m_questions->setText(
        tr("Questions (%1)").arg(ShortcutTable::keysText(Shortcut::OpenExamQuestions)));
    m_result->setText(tr("Result…"));
    if (phase == Phase::Running)
        m_second->start();
    else
        m_second->stop();
    tick();
}

void ExamStrip::tick()
{
    using Phase = app::ExamSession::Phase;
    const Phase phase = m_session.phase();
    QString text;
    if (phase == Phase::NotStarted)
        text = aboutText();
    else if (phase == Phase::Running)
        text = countdownText();
    else if (phase == Phase::Over)
        text = overText();
    m_status->setText(text);
    m_status->setAccessibleName(text);
    const auto left = m_session.secondsLeft();
    setWarning(phase == Phase::Running && left && *left <= WarningSeconds);
    if (phase == Phase::Over) {
        m_second->stop();
        m_begin->hide();
        m_questions->hide();
        m_endPractice->hide();
    }
}

void ExamStrip::setWarning(bool warning)
{
    if (warning == m_warning)
        return;
    m_warning = warning;
    // Red in the last 5 minutes; otherwise as the band's own text. A style sheet rather than the
    // palette, which a style may not paint behind a label.
    m_status->setStyleSheet(warning ? QStringLiteral("QLabel { background: #c62828; color: white; "
                                                     "border-radius: 3px; }")
                                    : QString());
}

void ExamStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
