#pragma once

#include "app/models/TicketQueueQuery.h"

#include <QObject>

class QTableView;

namespace frontline::ui {

// The queue table's columns: the short ones as wide as their header and widest value (in the UI
// language, in bold as unread rows are), the customer and the assignee narrowing before the
// subject does, the subject taking the rest, so every column shows at the default window size.
// The operator can resize and reorder them; once she has resized one, her widths stay. The shell
// keeps the layout (order, widths, sort) across restarts through saveState()/restoreState().
class TicketQueueColumns : public QObject
{
    Q_OBJECT
public:
    explicit TicketQueueColumns(QTableView *view);

    // Sizes the columns for the view's width, fonts and language, unless the operator sized them.
    void fit();
    bool sizedByOperator() const { return m_sizedByOperator; }
    // The narrowest width that shows a column's header and every value it can hold; for the
    // customer and the assignee, the narrowest they are squeezed to.
    int contentWidth(app::TicketQueueColumn column) const;

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void resize(app::TicketQueueColumn column, int width);

    QTableView *m_view;
    bool m_sizedByOperator = false;
    bool m_fitting = false; // our own resizes are not the operator's
};

} // namespace frontline::ui
