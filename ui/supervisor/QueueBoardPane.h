#pragma once

#include "ui/common/Pane.h"

namespace frontline::app {
class QueueBoardModel;
}

namespace frontline::ui {

class BoardTableView;

// The queues board: what waits in each queue and how the window went. Enter or a double-click on
// a queue says queueActivated().
class QueueBoardPane : public Pane
{
    Q_OBJECT
public:
    explicit QueueBoardPane(app::QueueBoardModel *model, QWidget *parent = nullptr);

    app::QueueBoardModel *model() const { return m_model; }
    BoardTableView *view() const { return m_view; }

Q_SIGNALS:
    void queueActivated(const QString &queueId);

protected:
    void retranslateUi() override;

private:
    app::QueueBoardModel *m_model;
    BoardTableView *m_view;
};

} // namespace frontline::ui
