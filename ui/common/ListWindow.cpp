#include "ui/common/ListWindow.h"

#include <QComboBox>

namespace frontline::ui {

QDateTime windowStart(ListWindow window, const QDateTime &now)
{
    switch (window) {
    case ListWindow::Today:
        return now.date().startOfDay();
    case ListWindow::Last7Days:
        return now.addDays(-7);
    case ListWindow::Last30Days:
        return now.addDays(-30);
    case ListWindow::Last90Days:
        return now.addDays(-90);
    case ListWindow::AnyTime:
        break;
    }
    return {};
}

ListWindow chosenWindow(const QComboBox &box)
{
    return ListWindow(box.currentData().toInt());
}

void setWindowChoices(QComboBox &box, const QList<std::pair<ListWindow, QString>> &choices)
{
    const int chosen = box.currentIndex() < 0 ? 1 : box.currentIndex();
    box.clear();
    for (const auto &[window, text] : choices)
        box.addItem(text, int(window));
    box.setCurrentIndex(chosen);
}

} // namespace frontline::ui
