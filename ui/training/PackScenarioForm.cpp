#include "ui/training/PackScenarioForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace frontline::ui {

PackScenarioForm::PackScenarioForm(QWidget *parent)
    : PackForm(parent)
    , m_id(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_personaName(new QLineEdit(this))
    , m_personaStyle(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_customer(new QComboBox(this))
    , m_transcript(textBox(this))
    , m_opening(textBox(this))
    , m_articles(new QLineEdit(this))
    , m_escalates(new QCheckBox(this))
    , m_target(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_resolution(new QLineEdit(this))
    , m_firstResponse(spinBox(1, 86400, this))
    , m_handle(spinBox(1, 86400, this))
    , m_hint(new QLineEdit(this))
    , m_ratingExpected(spinBox(1, 5, this))
    , m_ratingOther(spinBox(1, 5, this))
{
    setObjectName(QStringLiteral("packScenarioForm"));
    for (const char *channel : {"chat", "email", "web_form", "phone", "social"})
        m_channel->addItem(QString::fromLatin1(channel), QString::fromLatin1(channel));
    m_customer->setEditable(true);
    addRow(QStringLiteral("id"), m_id);
    addRow(QStringLiteral("title"), m_title);
    addRow(QStringLiteral("persona.name"), m_personaName);
    addRow(QStringLiteral("persona.style"), m_personaStyle);
    addRow(QStringLiteral("channel"), m_channel);
    addRow(QStringLiteral("customer"), m_customer);
    addRow(QStringLiteral("bot_transcript"), m_transcript);
    addRow(QStringLiteral("opening"), m_opening);
    addRow(QStringLiteral("expected.articles"), m_articles);
    auto *escalation = new QWidget(this);
    auto *row = new QHBoxLayout(escalation);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_escalates);
    row->addWidget(m_target, 1);
    row->addWidget(m_reason, 2);
    addRow(QStringLiteral("expected.escalation"), escalation);
    addPath(QStringLiteral("expected.escalation.target"), m_target);
    addPath(QStringLiteral("expected.escalation.reason"), m_reason);
    addRow(QStringLiteral("expected.resolution"), m_resolution);
    addRow(QStringLiteral("time_limits.first_response_seconds"), m_firstResponse);
    addRow(QStringLiteral("time_limits.handle_seconds"), m_handle);
    addRow(QStringLiteral("hint.section"), m_hint);
    addRow(QStringLiteral("rating.on_expected"), m_ratingExpected);
    addRow(QStringLiteral("rating.on_other"), m_ratingOther);
    addPath(QStringLiteral("expected"), m_resolution);
    addPath(QStringLiteral("persona"), m_personaName);
    addPath(QStringLiteral("escalation"), m_escalates);
    connect(m_escalates, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    connect(m_escalates, &QCheckBox::toggled, m_reason, &QWidget::setEnabled);
    wireEdits();
    retranslateUi();
}

void PackScenarioForm::wireEdits()
{
    for (QLineEdit *line : {m_id, m_title, m_personaName, m_personaStyle, m_articles, m_target,
                            m_reason, m_resolution, m_hint})
        watchEdits(line, &QLineEdit::textEdited);
    watchEdits(m_customer, &QComboBox::currentTextChanged);
    watchEdits(m_channel, &QComboBox::currentIndexChanged);
    for (QPlainTextEdit *text : {m_transcript, m_opening})
        watchEdits(text, &QPlainTextEdit::textChanged);
    watchEdits(m_escalates, &QCheckBox::toggled);
    for (QSpinBox *box : {m_firstResponse, m_handle, m_ratingExpected, m_ratingOther})
        watchEdits(box, &QSpinBox::valueChanged);
}

void PackScenarioForm::retranslateUi()
{
    labelRows({{m_id, tr("Scenario &id:")},
               {m_title, tr("&Title:")},
               {m_personaName, tr("Persona's &name:")},
               {m_personaStyle, tr("How she &writes:")},
               {m_channel, tr("C&hannel:")},
               {m_customer, tr("C&ustomer:")},
               {m_transcript, tr("Chat&bot transcript:")},
               {m_opening, tr("O&pening message:")},
               {m_articles, tr("Expected &articles:")},
               {m_escalates->parentWidget(), tr("Expected es&calation:")},
               {m_resolution, tr("Expected &resolution:")},
               {m_firstResponse, tr("&First response within, s:")},
               {m_handle, tr("Handled &within, s:")},
               {m_hint, tr("Practice hint's &section:")},
               {m_ratingExpected, tr("Rating when resolved as e&xpected:")},
               {m_ratingOther, tr("Rating &otherwise:")}});
    // The escalation's row is a check box with its target and reason: the label names the box.
    qobject_cast<QLabel *>(form()->labelForField(m_escalates->parentWidget()))
        ->setBuddy(m_escalates);
    m_transcript->setPlaceholderText(tr("customer: Where is my order?\nbot: Connecting you…"));
    m_articles->setPlaceholderText(tr("Article slugs, separated by commas"));
    m_escalates->setText(tr("Escalate to"));
    m_escalates->setAccessibleName(tr("An escalation is expected"));
    m_target->setPlaceholderText(tr("2 (a line) or a team"));
    m_target->setAccessibleName(tr("Expected escalation's target"));
    m_reason->setPlaceholderText(tr("reason code"));
    m_reason->setAccessibleName(tr("Expected escalation's reason"));
}

QString PackScenarioForm::transcriptText(const QList<protocol::PackScenario::BotTurn> &turns)
{
    QStringList lines;
    for (const protocol::PackScenario::BotTurn &turn : turns)
        lines.append(turn.from + u": " + QString(turn.text).replace(u'\n', u' '));
    return lines.join(u'\n');
}

// A line "customer: …" or "bot: …" starts a turn; any other line goes on the turn above it.
QList<protocol::PackScenario::BotTurn> PackScenarioForm::transcriptOf(const QString &text)
{
    QList<protocol::PackScenario::BotTurn> turns;
    for (const QString &line : text.split(u'\n')) {
        const QString from = line.section(u':', 0, 0).trimmed();
        if ((from == u"customer" || from == u"bot") && line.contains(u':')) {
            turns.append({from, line.section(u':', 1).trimmed()});
        } else if (!turns.isEmpty() && !line.trimmed().isEmpty()) {
            turns.last().text += u' ' + line.trimmed();
        } else if (!line.trimmed().isEmpty()) {
            turns.append({QStringLiteral("customer"), line.trimmed()});
        }
    }
    return turns;
}

void PackScenarioForm::load(const protocol::PackScenario &scenario, const QStringList &customers)
{
    setLoading(true);
    m_id->setText(scenario.id);
    m_title->setText(scenario.title);
    m_personaName->setText(scenario.personaName);
    m_personaStyle->setText(scenario.personaStyle);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(scenario.channel)));
    m_customer->clear();
    m_customer->addItems(customers);
    m_customer->setCurrentText(scenario.customer);
    m_transcript->setPlainText(transcriptText(scenario.botTranscript));
    m_opening->setPlainText(scenario.opening);
    m_articles->setText(scenario.expectedArticles.join(QStringLiteral(", ")));
    m_escalates->setChecked(scenario.expectedEscalation.has_value());
    m_target->setEnabled(m_escalates->isChecked());
    m_reason->setEnabled(m_escalates->isChecked());
    m_target->setText(scenario.expectedEscalation ? scenario.expectedEscalation->target
                                                  : QString());
    m_reason->setText(scenario.expectedEscalation ? scenario.expectedEscalation->reason
                                                  : QString());
    m_resolution->setText(scenario.expectedResolution);
    m_firstResponse->setValue(scenario.firstResponseSeconds);
    m_handle->setValue(scenario.handleSeconds);
    m_hint->setText(scenario.hintSection);
    m_ratingExpected->setValue(scenario.ratingOnExpected);
    m_ratingOther->setValue(scenario.ratingOnOther);
    setLoading(false);
}

void PackScenarioForm::store(protocol::PackScenario &scenario) const
{
    scenario.id = m_id->text().trimmed();
    scenario.title = m_title->text();
    scenario.personaName = m_personaName->text();
    scenario.personaStyle = m_personaStyle->text();
    scenario.channel = m_channel->currentData().toString();
    scenario.customer = m_customer->currentText().trimmed();
    scenario.botTranscript = transcriptOf(m_transcript->toPlainText());
    scenario.opening = m_opening->toPlainText();
    scenario.expectedArticles = listOf(m_articles->text());
    if (m_escalates->isChecked())
        scenario.expectedEscalation =
            protocol::ExpectedEscalation{m_target->text().trimmed(), m_reason->text().trimmed()};
    else
        scenario.expectedEscalation.reset();
    scenario.expectedResolution = m_resolution->text().trimmed();
    scenario.firstResponseSeconds = m_firstResponse->value();
    scenario.handleSeconds = m_handle->value();
    scenario.hintSection = m_hint->text();
    scenario.ratingOnExpected = m_ratingExpected->value();
    scenario.ratingOnOther = m_ratingOther->value();
}

} // namespace frontline::ui
