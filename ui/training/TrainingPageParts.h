#pragma once

#include "ui/common/ShortcutTable.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QFormLayout;
class QWidget;

// What the trainer's pages and the pack editor share (issue 19): their keys from the shortcuts
// table, the question before something is lost, and the labels of their forms.
namespace frontline::ui::training {

// `id`'s keys on `owner` as a window shortcut: Qt matches them only while `owner` is shown, so
// pages of one window share keys without ambiguity.
void addPageShortcut(QWidget *owner, Shortcut id, std::function<void()> slot);
// "Reset the chosen sandbox (Ctrl+R)".
QString withKeys(const QString &text, Shortcut id);
// Asks before something is lost: `yes` does it, "Keep it" (the default, and Escape) does not.
bool askBeforeLosing(QWidget *parent, const QString &title, const QString &text,
                     const QString &yes);
// Sets each field's label (made with the row) and buddy, and its accessible name from the label.
void labelRows(QFormLayout *form, const QList<std::pair<QWidget *, QString>> &labels);

} // namespace frontline::ui::training
