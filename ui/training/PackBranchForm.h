#pragma once

#include "protocol/ScenarioPack.h"
#include "ui/training/PackForm.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace frontline::ui {

// One branch of a customer's turn in the pack editor (issue 19, item 5): its trigger (the kind
// and the fields that kind reads: words, an article or macro, an escalation's target and reason,
// a resolution code, seconds of silence), then the delay, what she says, her rating and the
// turn she goes to ("end", "silent", or a turn of the scenario).
class PackBranchForm : public PackForm
{
    Q_OBJECT
public:
    explicit PackBranchForm(QWidget *parent = nullptr);

    void load(const protocol::ScriptBranch &branch, const QStringList &turnIds);
    void store(protocol::ScriptBranch &branch) const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *wordsEdit() const { return m_words; }
    QPlainTextEdit *sayEdit() const { return m_say; }
    QComboBox *thenBox() const { return m_then; }

    // "words: sorry, apologise → asks-action", for the tree.
    static QString summary(const protocol::ScriptBranch &branch);

private:
    void retranslateUi() override;
    void showKindFields();

    QComboBox *m_kind;
    QLineEdit *m_words;
    QCheckBox *m_allWords;
    QLineEdit *m_slug;
    QLineEdit *m_target;
    QLineEdit *m_reason;
    QLineEdit *m_code;
    QSpinBox *m_seconds;
    QSpinBox *m_delay;
    QPlainTextEdit *m_say;
    QSpinBox *m_rate;
    QComboBox *m_then;
};

} // namespace frontline::ui
