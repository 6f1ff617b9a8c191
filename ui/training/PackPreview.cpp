#include "ui/training/PackPreview.h"

#include "app/training/ScenarioRehearsal.h"
#include "ui/training/TrainingPageParts.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace frontline::ui {

using protocol::TraineeAction;

PackPreview::PackPreview(const protocol::PackScenario &scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_rehearsal(new app::ScenarioRehearsal(scenario, this))
    , m_transcript(new QPlainTextEdit(this))
    , m_turn(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_reply(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_slug(new QLineEdit(this))
    , m_open(new QPushButton(this))
    , m_insert(new QPushButton(this))
    , m_macro(new QPushButton(this))
    , m_target(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_escalate(new QPushButton(this))
    , m_code(new QLineEdit(this))
    , m_resolve(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("packPreview"));
    // The customer's words are the pack author's text: plain, never rich.
    m_transcript->setReadOnly(true);
    m_transcript->setObjectName(QStringLiteral("previewTranscript"));
    m_turn->setTextFormat(Qt::PlainText);
    m_waiting->setTextFormat(Qt::PlainText);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send);
    auto *state = new QHBoxLayout;
    state->addWidget(m_turn, 1);
    state->addWidget(m_waiting);
    state->addWidget(m_skip);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(state);
    layout->addLayout(replyRow);
    layout->addWidget(buildActions());
    setTabOrder(m_reply, m_send);
    setFocusProxy(m_reply);

    connectActions();
    connect(m_skip, &QPushButton::clicked, m_rehearsal, &app::ScenarioRehearsal::skipWait);
    training::addPageShortcut(this, Shortcut::PreviewSkipWait, [this] { m_skip->click(); });

    const QString customer =
        m_scenario.personaName.isEmpty() ? tr("Customer") : m_scenario.personaName;
    connect(m_rehearsal, &app::ScenarioRehearsal::customerSaid, this,
            [this, customer](const QString &text) { line(customer, text); });
    connect(m_rehearsal, &app::ScenarioRehearsal::customerRated, this,
            [this, customer](int rating) {
                line(customer, tr("(rated the conversation %1 of 5)").arg(rating));
            });
    connect(m_rehearsal, &app::ScenarioRehearsal::customerLeft, this,
            [this, customer] { line(customer, tr("(left the conversation)")); });
    connect(m_rehearsal, &app::ScenarioRehearsal::customerWentSilent, this,
            [this, customer] { line(customer, tr("(answers nothing more)")); });
    connect(m_rehearsal, &app::ScenarioRehearsal::stateChanged, this, &PackPreview::showState);
    connect(m_tick, &QTimer::timeout, this, &PackPreview::showState);
    m_tick->start(1000);
    retranslateUi();
}

PackPreview::~PackPreview() = default;

// What the trainer does as the trainee would, each shown in the conversation and told to her.
void PackPreview::connectActions()
{
    connect(m_reply, &QLineEdit::returnPressed, this, [this] { reply(false); });
    connect(m_send, &QPushButton::clicked, this, [this] { reply(false); });
    connect(m_macro, &QPushButton::clicked, this, [this] { reply(true); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        line(tr("You"), tr("(opened the article %1)").arg(m_slug->text().trimmed()));
        m_rehearsal->act(TraineeAction::opened(m_slug->text().trimmed()));
    });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        line(tr("You"), tr("(inserted the article %1)").arg(m_slug->text().trimmed()));
        m_rehearsal->act(TraineeAction::inserted(m_slug->text().trimmed()));
    });
    connect(m_escalate, &QPushButton::clicked, this, [this] {
        const QString target = m_target->text().trimmed();
        const QString reason = m_reason->text().trimmed();
        line(tr("You"), tr("(escalated to %1, reason %2)").arg(target, reason));
        m_rehearsal->act(TraineeAction::escalated(target, reason));
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        line(tr("You"), tr("(resolved with %1)").arg(m_code->text().trimmed()));
        m_rehearsal->act(TraineeAction::resolved(m_code->text().trimmed()));
    });
}

QWidget *PackPreview::buildActions()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("previewActions"));
    auto *grid = new QGridLayout(box);
    grid->addWidget(m_slug, 0, 0, 1, 2);
    grid->addWidget(m_open, 0, 2);
    grid->addWidget(m_insert, 0, 3);
    grid->addWidget(m_macro, 0, 4);
    grid->addWidget(m_target, 1, 0);
    grid->addWidget(m_reason, 1, 1);
    grid->addWidget(m_escalate, 1, 2);
    grid->addWidget(m_code, 1, 3);
    grid->addWidget(m_resolve, 1, 4);
    return box;
}

void PackPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackPreview::retranslateUi()
{
    setWindowTitle(tr("Preview — %1").arg(m_scenario.title));
    m_reply->setPlaceholderText(tr("Your reply to the customer; Enter sends it"));
    m_reply->setAccessibleName(tr("Reply to the customer"));
    m_send->setText(tr("Se&nd"));
    m_send->setAccessibleName(tr("Send the reply"));
    m_slug->setPlaceholderText(tr("Article or macro slug"));
    m_slug->setAccessibleName(tr("Article or macro slug"));
    m_open->setText(tr("&Open article"));
    m_insert->setText(tr("&Insert article"));
    m_macro->setText(tr("Reply with &macro"));
    m_macro->setAccessibleName(tr("Send the reply as made with the macro"));
    m_target->setPlaceholderText(tr("Target: 2 or a team"));
    m_target->setAccessibleName(tr("Escalation target"));
    m_reason->setPlaceholderText(tr("Reason code"));
    m_reason->setAccessibleName(tr("Escalation reason"));
    m_escalate->setText(tr("&Escalate"));
    m_code->setPlaceholderText(tr("Resolution code"));
    m_code->setAccessibleName(tr("Resolution code"));
    m_resolve->setText(tr("&Resolve"));
    m_skip->setText(tr("S&kip the wait"));
    m_skip->setToolTip(training::withKeys(tr("Skip the wait"), Shortcut::PreviewSkipWait));
    m_skip->setAccessibleName(tr("Skip the wait to what the customer does next"));
    m_transcript->setAccessibleName(tr("Preview conversation"));
    showState();
}

void PackPreview::start()
{
    for (const protocol::PackScenario::BotTurn &turn : m_scenario.botTranscript)
        line(turn.from == u"bot" ? tr("Chatbot") : tr("Customer (to the chatbot)"), turn.text);
    m_rehearsal->start();
    m_reply->setFocus();
}

void PackPreview::line(const QString &who, const QString &text)
{
    m_transcript->appendPlainText(QStringLiteral("%1: %2").arg(who, text));
}

void PackPreview::reply(bool withMacro)
{
    const QString text = m_reply->text().trimmed();
    const QString macro = withMacro ? m_slug->text().trimmed() : QString();
    if (text.isEmpty() && macro.isEmpty())
        return;
    line(tr("You"), macro.isEmpty() ? text : tr("%1 (with the macro %2)").arg(text, macro));
    m_reply->clear();
    m_rehearsal->act(TraineeAction::reply(text, macro));
}

void PackPreview::showState()
{
    const app::ScenarioRehearsal &r = *m_rehearsal;
    if (r.ended())
        m_turn->setText(tr("She has left the conversation."));
    else if (r.silent())
        m_turn->setText(tr("She answers nothing more."));
    else
        m_turn->setText(tr("Turn: %1").arg(r.turn()));
    const qint64 next = r.nextAt();
    const qint64 seconds = next > 0 ? std::max<qint64>(0, (next - r.now() + 999) / 1000) : -1;
    if (seconds < 0)
        m_waiting->clear();
    else if (r.typing())
        m_waiting->setText(tr("She is typing: answers in %n s", nullptr, int(seconds)));
    else
        m_waiting->setText(tr("She writes again in %n s if nobody answers", nullptr, int(seconds)));
    m_skip->setEnabled(next > 0);
    m_turn->setAccessibleName(m_turn->text());
}

} // namespace frontline::ui
