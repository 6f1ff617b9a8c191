#pragma once

#include "protocol/ScenarioPack.h"
#include "ui/training/PackFieldMap.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::ui {

// The pack editor's form for the pack's own fields (issue 19, item 5): title, language, the exam's
// duration, customers at once and scenarios drawn, when practice hints, and the scoring rules as
// JSON (docs/training.md, "The pack's rules"; empty: the defaults).
class PackGeneralForm : public QWidget
{
    Q_OBJECT
public:
    explicit PackGeneralForm(QWidget *parent = nullptr);

    void load(const protocol::ScenarioPack &pack);
    // Its fields written into `pack`; scoring that is not a JSON object is a problem of its own.
    void store(protocol::ScenarioPack &pack, QList<protocol::PackProblem> *problems) const;
    // The field a problem's path names ("exam.duration_minutes", "scoring.weights"), or null.
    QWidget *fieldWidget(const QString &path) const;

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *durationBox() const { return m_duration; }
    QPlainTextEdit *scoringEdit() const { return m_scoring; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_id;
    QLineEdit *m_title;
    QComboBox *m_language;
    QSpinBox *m_duration;
    QSpinBox *m_simultaneous;
    QSpinBox *m_scenarios;
    QSpinBox *m_hintAfter;
    QPlainTextEdit *m_scoring;
    QFormLayout *m_form;
    PackFieldMap m_fields;
    bool m_loading = false;
};

} // namespace frontline::ui
