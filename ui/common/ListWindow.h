#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;

namespace frontline::ui {

// How far back a list of what happened reaches (the audit log, the QA reviews): the back
// office's `from` for it.
enum class ListWindow
{
    Today,
    Last7Days,
    Last30Days,
    Last90Days,
    AnyTime
};

// Where `window` starts as of `now`; invalid (no bound) for any time.
QDateTime windowStart(ListWindow window, const QDateTime &now);
// The window chosen in a box setWindowChoices() filled.
ListWindow chosenWindow(const QComboBox &box);
// Fills `box` with `choices`, each in the view's words, keeping the one chosen (the second at
// first); the view calls it again when the language changes.
void setWindowChoices(QComboBox &box, const QList<std::pair<ListWindow, QString>> &choices);

} // namespace frontline::ui
