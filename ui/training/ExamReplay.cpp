#include "ui/training/ExamReplay.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace frontline::ui {

ExamReplay::ExamReplay(QWidget *parent)
    : QWidget(parent)
    , m_conversations(new QComboBox(this))
    , m_messages(new QListWidget(this))
    , m_progress(new QLabel(this))
    , m_restart(new QPushButton(this))
    , m_step(new QPushButton(this))
    , m_play(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("examReplay"));
    m_conversations->setObjectName(QStringLiteral("replayConversation"));
    m_messages->setObjectName(QStringLiteral("replayMessages"));
    m_messages->setWordWrap(true);
    m_step->setObjectName(QStringLiteral("replayStep"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_restart->setObjectName(QStringLiteral("replayRestart"));
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_conversations, 1);
    controls->addWidget(m_restart);
    controls->addWidget(m_step);
    controls->addWidget(m_play);
    controls->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_messages, 1);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!step())
            pause();
    });
    connect(m_conversations, &QComboBox::currentIndexChanged, this, &ExamReplay::showConversation);
    connect(m_step, &QPushButton::clicked, this, [this] { step(); });
    connect(m_restart, &QPushButton::clicked, this, &ExamReplay::restart);
    connect(m_play, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    retranslateUi();
}

void ExamReplay::setTranscripts(const QJsonArray &transcripts)
{
    m_transcripts = transcripts;
    const QSignalBlocker quiet(m_conversations);
    m_conversations->clear();
    for (const QJsonValue &transcript : transcripts) {
        m_conversations->addItem(
            tr("%1 (ticket %2)")
                .arg(transcript[u"title"].toString(), transcript[u"ticket_id"].toString()));
    }
    showConversation(transcripts.isEmpty() ? -1 : 0);
}

void ExamReplay::showConversation(int index)
{
    pause();
    m_current = index >= 0 && index < m_transcripts.size()
                    ? m_transcripts.at(index)[u"messages"].toArray()
                    : QJsonArray{};
    if (index >= 0 && m_conversations->currentIndex() != index) {
        const QSignalBlocker quiet(m_conversations);
        m_conversations->setCurrentIndex(index);
    }
    m_messages->clear();
    updateProgress();
}

QString ExamReplay::authorText(const QString &author) const
{
    if (author == u"customer")
        return tr("Customer");
    if (author == u"trainee")
        return tr("Trainee");
    if (author == u"bot")
        return tr("Chatbot");
    return tr("System");
}

bool ExamReplay::step()
{
    const int shown = m_messages->count();
    if (shown >= m_current.size())
        return false;
    const QJsonObject message = m_current.at(shown).toObject();
    const QDateTime at = QDateTime::fromString(message.value(u"at").toString(), Qt::ISODateWithMs);
    // QListWidgetItem shows its text as plain text: the customer's words stay words.
    auto *item = new QListWidgetItem(
        tr("%1 · %2\n%3")
            .arg(QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
                 authorText(message.value(u"author").toString()),
                 message.value(u"text").toString()));
    m_messages->addItem(item);
    m_messages->scrollToItem(item);
    updateProgress();
    return m_messages->count() < m_current.size();
}

void ExamReplay::play()
{
    if (m_messages->count() >= m_current.size())
        restart();
    m_timer->start();
    updateProgress();
}

void ExamReplay::pause()
{
    m_timer->stop();
    updateProgress();
}

void ExamReplay::restart()
{
    m_messages->clear();
    updateProgress();
}

bool ExamReplay::isPlaying() const
{
    return m_timer->isActive();
}

int ExamReplay::shownCount() const
{
    return m_messages->count();
}

int ExamReplay::messageCount() const
{
    return int(m_current.size());
}

void ExamReplay::setPlayInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void ExamReplay::updateProgress()
{
    m_progress->setText(tr("%1 of %2").arg(m_messages->count()).arg(m_current.size()));
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_step->setEnabled(m_messages->count() < m_current.size());
}

void ExamReplay::retranslateUi()
{
    m_conversations->setAccessibleName(tr("Conversation to replay"));
    m_messages->setAccessibleName(tr("Replayed messages"));
    m_restart->setText(tr("From the start"));
    m_step->setText(tr("Next message"));
    updateProgress();
}

void ExamReplay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
