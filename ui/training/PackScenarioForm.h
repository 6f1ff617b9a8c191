#pragma once

#include "protocol/ScenarioPack.h"
#include "ui/training/PackForm.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace frontline::ui {

// The pack editor's form for one scenario (issue 19, item 5): title, persona, channel, customer,
// the chatbot's transcript ("customer: …" and "bot: …" lines), the opening, what is expected
// (articles, escalation, resolution), the time limits, the practice hint and the ratings. Its
// turns and branches are PackTurnsEditor's.
class PackScenarioForm : public PackForm
{
    Q_OBJECT
public:
    explicit PackScenarioForm(QWidget *parent = nullptr);

    // `customers`: the pack's customers' ids, to choose from.
    void load(const protocol::PackScenario &scenario, const QStringList &customers);
    // Its fields written into `scenario`; the turns are left as they are.
    void store(protocol::PackScenario &scenario) const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *openingEdit() const { return m_opening; }
    QLineEdit *resolutionEdit() const { return m_resolution; }

    static QString transcriptText(const QList<protocol::PackScenario::BotTurn> &turns);
    static QList<protocol::PackScenario::BotTurn> transcriptOf(const QString &text);

private:
    void retranslateUi() override;
    void wireEdits();

    QLineEdit *m_id;
    QLineEdit *m_title;
    QLineEdit *m_personaName;
    QLineEdit *m_personaStyle;
    QComboBox *m_channel;
    QComboBox *m_customer;
    QPlainTextEdit *m_transcript;
    QPlainTextEdit *m_opening;
    QLineEdit *m_articles;
    QCheckBox *m_escalates;
    QLineEdit *m_target;
    QLineEdit *m_reason;
    QLineEdit *m_resolution;
    QSpinBox *m_firstResponse;
    QSpinBox *m_handle;
    QLineEdit *m_hint;
    QSpinBox *m_ratingExpected;
    QSpinBox *m_ratingOther;
};

} // namespace frontline::ui
