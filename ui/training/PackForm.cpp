#include "ui/training/PackForm.h"

#include "ui/training/TrainingPageParts.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace frontline::ui {

PackForm::PackForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void PackForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackForm::addRow(const QString &path, QWidget *field)
{
    m_form->addRow(new QLabel(this), field);
    m_fields.add(path, field);
}

void PackForm::labelRows(const QList<std::pair<QWidget *, QString>> &labels)
{
    training::labelRows(m_form, labels);
}

void PackForm::emitEdited()
{
    if (!m_loading)
        Q_EMIT edited();
}

QSpinBox *PackForm::spinBox(int least, int most, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(least, most);
    return box;
}

QPlainTextEdit *PackForm::textBox(QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setMaximumHeight(90);
    return box;
}

QStringList PackForm::listOf(const QString &text)
{
    QStringList list;
    for (const QString &each : text.split(u',', Qt::SkipEmptyParts))
        list.append(each.trimmed());
    list.removeAll(QString());
    return list;
}

} // namespace frontline::ui
