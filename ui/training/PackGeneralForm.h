#pragma once

#include "protocol/ScenarioPack.h"
#include "ui/training/PackForm.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace frontline::ui {

// The pack editor's form for the pack's own fields (issue 19, item 5): title, language, the exam's
// duration, customers at once and scenarios drawn, when practice hints, and the scoring rules as
// JSON (docs/training.md, "The pack's rules"; empty: the defaults).
class PackGeneralForm : public PackForm
{
    Q_OBJECT
public:
    explicit PackGeneralForm(QWidget *parent = nullptr);

    void load(const protocol::ScenarioPack &pack);
    // Its fields written into `pack`; scoring that is not a JSON object is a problem of its own.
    void store(protocol::ScenarioPack &pack, QList<protocol::PackProblem> *problems) const;

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *durationBox() const { return m_duration; }
    QPlainTextEdit *scoringEdit() const { return m_scoring; }

private:
    void retranslateUi() override;

    QLabel *m_id;
    QLineEdit *m_title;
    QComboBox *m_language;
    QSpinBox *m_duration;
    QSpinBox *m_simultaneous;
    QSpinBox *m_scenarios;
    QSpinBox *m_hintAfter;
    QPlainTextEdit *m_scoring;
};

} // namespace frontline::ui
