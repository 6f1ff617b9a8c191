#include "ui/training/TrainingPageParts.h"

#include <QAction>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace frontline::ui::training {

void addPageShortcut(QWidget *owner, Shortcut id, std::function<void()> slot)
{
    auto *action = new QAction(owner);
    action->setShortcuts(ShortcutTable::keys(id));
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, owner, [slot = std::move(slot)] { slot(); });
    owner->addAction(action);
}

QString withKeys(const QString &text, Shortcut id)
{
    return QStringLiteral("%1 (%2)").arg(text, ShortcutTable::keysText(id));
}

bool askBeforeLosing(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    QMessageBox question(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    question.setObjectName(QStringLiteral("trainingQuestion"));
    QPushButton *go = question.addButton(yes, QMessageBox::AcceptRole);
    QPushButton *keep = question.addButton(
        QCoreApplication::translate("frontline::ui::TrainingPageParts", "Keep it"),
        QMessageBox::RejectRole);
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    return question.clickedButton() == go;
}

void labelRows(QFormLayout *form, const QList<std::pair<QWidget *, QString>> &labels)
{
    for (const auto &[field, text] : labels) {
        auto *label = qobject_cast<QLabel *>(form->labelForField(field));
        if (!label)
            continue;
        label->setText(text);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    }
}

} // namespace frontline::ui::training
