#pragma once

#include "protocol/ScenarioPack.h"
#include "ui/training/PackFieldMap.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::ui {

// The pack editor's form for one scenario (issue 19, item 5): title, persona, channel, customer,
// the chatbot's transcript ("customer: …" and "bot: …" lines), the opening, what is expected
// (articles, escalation, resolution), the time limits, the practice hint and the ratings. Its
// turns and branches are PackTurnsEditor's.
class PackScenarioForm : public QWidget
{
    Q_OBJECT
public:
    explicit PackScenarioForm(QWidget *parent = nullptr);

    // `customers`: the pack's customers' ids, to choose from.
    void load(const protocol::PackScenario &scenario, const QStringList &customers);
    // Its fields written into `scenario`; the turns are left as they are.
    void store(protocol::PackScenario &scenario) const;
    QWidget *fieldWidget(const QString &path) const { return m_fields.find(path); }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *openingEdit() const { return m_opening; }
    QLineEdit *resolutionEdit() const { return m_resolution; }

    static QString transcriptText(const QList<protocol::PackScenario::BotTurn> &turns);
    static QList<protocol::PackScenario::BotTurn> transcriptOf(const QString &text);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addRow(const QString &path, QWidget *field);
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
    QFormLayout *m_form;
    PackFieldMap m_fields;
    bool m_loading = false;
};

} // namespace frontline::ui
