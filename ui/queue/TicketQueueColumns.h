#pragma once

#include "app/models/TicketQueueQuery.h"

#include <QList>
#include <QObject>

class QPoint;
class QTableView;

namespace frontline::ui {

// The queue table's columns: the short ones as wide as their header and widest value (in the UI
// language, in bold as unread rows are), the customer and the assignee narrowing before the
// subject does, the subject taking the rest, so every column shows at the default window size.
// A queue too narrow for all drops the priority, the assignee, the waiting time, until wider. The
// operator can resize, reorder, show and hide them (the header's menu); once she has resized
// one, her widths stay, and once she has shown or hidden one, her columns do. The shell keeps
// the layout (order, widths, shown columns, sort) across restarts (saveState/restoreState).
class TicketQueueColumns : public QObject
{
    Q_OBJECT
public:
    explicit TicketQueueColumns(QTableView *view);

    // Sizes the columns for the view's width, fonts and language, unless the operator sized them.
    void fit();
    bool sizedByOperator() const { return m_sizedByOperator; }
    // Shows or hides a column as the header's menu does.
    void setColumnShown(int column, bool shown);
    // The narrowest width that shows a column's header and every value it can hold; for the
    // customer and the assignee, the narrowest they are squeezed to.
    int contentWidth(app::TicketQueueColumn column) const;

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int headerWidth(app::TicketQueueColumn column) const;
    void resize(app::TicketQueueColumn column, int width);
    void showMenu(const QPoint &at);

    QTableView *m_view;
    // Kept from the start: while the view is being destroyed its viewports still send events,
    // and asking the half-destroyed view for them is undefined.
    QObject *m_viewport = nullptr;
    QObject *m_headerViewport = nullptr;
    bool m_sizedByOperator = false;
    bool m_shownByOperator = false;
    QList<int> m_autoHidden;        // columns fit() hid for want of room
    bool m_dragging = false;        // a mouse button is down on the header
    mutable bool m_fitting = false; // our own resizes are not the operator's
};

} // namespace frontline::ui
