#pragma once

#include <QTableView>

namespace frontline::app {
class BoardTableModel;
}

namespace frontline::ui {

// A board's table: sortable by a click or a key on a header, whole rows selected, Enter or a
// double-click on a row (not the totals) says rowActivated() with the row's id.
class BoardTableView : public QTableView
{
    Q_OBJECT
public:
    explicit BoardTableView(app::BoardTableModel *model, QWidget *parent = nullptr);

    app::BoardTableModel *boardModel() const { return m_model; }
    // The id of the current row; empty on the totals row or none.
    QString currentId() const;
    void selectId(const QString &id);
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);
    // Once, at the first board, unless the supervisor's own widths were restored: each column as
    // wide as its figures ("84 % (target 85 %)"), measured then and never on every update.
    void fitColumnsOnce();

Q_SIGNALS:
    void rowActivated(const QString &id);

private:
    app::BoardTableModel *m_model;
    bool m_fitted = false;
};

} // namespace frontline::ui
