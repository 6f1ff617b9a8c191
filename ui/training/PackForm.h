#pragma once

#include "ui/training/PackFieldMap.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QFormLayout;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::ui {

// What the pack editor's forms (the pack's, a scenario's, a branch's) share: labelled rows whose
// fields a problem's JSON path finds, and edited() for the trainer's edits, not load()'s. Each
// form names its own rows in retranslateUi(), so its labels keep their translation context.
class PackForm : public QWidget
{
    Q_OBJECT
public:
    // The widget of a field's path ("exam.duration_minutes", "when.kind", "expected.articles[0]"),
    // or null.
    QWidget *fieldWidget(const QString &path) const { return m_fields.find(path); }

Q_SIGNALS:
    void edited();

protected:
    explicit PackForm(QWidget *parent);

    void changeEvent(QEvent *event) override;
    // Names the rows (labelRows) and sets the form's other texts.
    virtual void retranslateUi() = 0;

    QFormLayout *form() const { return m_form; }
    // A row for `field`, its label left for retranslateUi(); `path` finds it.
    void addRow(const QString &path, QWidget *field);
    // One more path that finds `field` ("exam" finds the scenarios drawn).
    void addPath(const QString &path, QWidget *field) { m_fields.add(path, field); }
    // Each row's label, buddy and accessible name (training::labelRows).
    void labelRows(const QList<std::pair<QWidget *, QString>> &labels);
    // edited() whenever `field` sends `signal`, unless load() is filling the form.
    template<typename Field, typename Signal>
    void watchEdits(Field *field, Signal signal)
    {
        connect(field, signal, this, &PackForm::emitEdited);
    }
    void emitEdited();
    // While true, the form's own changes emit no edited().
    void setLoading(bool loading) { m_loading = loading; }

    static QSpinBox *spinBox(int least, int most, QWidget *parent);
    // A few lines of text that Tab leaves.
    static QPlainTextEdit *textBox(QWidget *parent);
    // "a, b,, c " as {"a", "b", "c"}.
    static QStringList listOf(const QString &text);

private:
    QFormLayout *m_form;
    PackFieldMap m_fields;
    bool m_loading = false;
};

} // namespace frontline::ui
