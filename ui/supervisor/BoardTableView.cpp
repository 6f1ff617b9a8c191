#include "ui/supervisor/BoardTableView.h"

#include "app/board/BoardTableModel.h"
#include "ui/supervisor/BoardDelegate.h"

#include <QHeaderView>

namespace frontline::ui {

BoardTableView::BoardTableView(app::BoardTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new BoardDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    // Fixed row heights: measuring 450 rows on every update would cost a frame.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultSectionSize(96);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    // QAbstractItemView says activated() for Enter and for a double-click.
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(app::BoardTableModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT rowActivated(id);
    });
}

QString BoardTableView::currentId() const
{
    return currentIndex().data(app::BoardTableModel::IdRole).toString();
}

void BoardTableView::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    setCurrentIndex(m_model->index(row, 0));
    scrollTo(currentIndex());
}

QByteArray BoardTableView::saveColumns() const
{
    return horizontalHeader()->saveState();
}

void BoardTableView::restoreColumns(const QByteArray &state)
{
    if (!state.isEmpty() && horizontalHeader()->restoreState(state))
        m_fitted = true;
}

void BoardTableView::fitColumnsOnce()
{
    if (m_fitted || m_model->rowCount() == 0)
        return;
    m_fitted = true;
    resizeColumnsToContents();
}

} // namespace frontline::ui
