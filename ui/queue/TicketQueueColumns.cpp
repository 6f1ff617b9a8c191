#include "ui/queue/TicketQueueColumns.h"

#include "app/models/TicketQueueModel.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace frontline::ui {

using app::TicketQueueColumn;
using app::TicketQueueModel;

namespace {

constexpr quint8 StateVersion = 2;
// In average characters: what the subject gets before the names grow, and the names' limits.
constexpr int SubjectChars = 20;
constexpr int NameMinChars = 8;
constexpr int NameMaxChars = 18;

QStringList durationSamples()
{
    // The widest text of each of formatDuration()'s three forms.
    return {TicketQueueModel::formatDuration(59 * 60 + 59),
            TicketQueueModel::formatDuration(47 * 3600 + 59 * 60),
            TicketQueueModel::formatDuration(99 * 86400)};
}

QStringList samples(TicketQueueColumn column)
{
    QStringList texts;
    switch (column) {
    case TicketQueueColumn::Number:
        return {QStringLiteral("#00000")}; // longer numbers are measured in the loaded rows
    case TicketQueueColumn::Status:
        for (const char *status : {"new", "open", "pending", "resolved", "closed"})
            texts.append(TicketQueueModel::statusName(QString::fromLatin1(status)));
        return texts;
    case TicketQueueColumn::Priority:
        for (const char *priority : {"low", "normal", "high", "urgent"})
            texts.append(TicketQueueModel::priorityName(QString::fromLatin1(priority)));
        return texts;
    case TicketQueueColumn::Waiting:
        return durationSamples();
    case TicketQueueColumn::Sla:
        for (const QString &duration : durationSamples())
            texts.append(u'\u2212' + duration); // an overdue clock
        return texts;
    default:
        return texts;
    }
}

} // namespace

TicketQueueColumns::TicketQueueColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(TicketQueueColumn::Subject), QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(true);
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // Only a drag is hers: the header also reports its own deferred layout as resizes.
        if (!m_fitting && m_dragging && logical != int(TicketQueueColumn::Subject))
            m_sizedByOperator = true;
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TicketQueueColumns::fit);
    // The header's menu shows and hides columns; her choice then replaces the automatic one.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) { showMenu(at); });
    m_viewport = view->viewport();
    m_headerViewport = header->viewport();
    m_viewport->installEventFilter(this);
    m_headerViewport->installEventFilter(this);
    fit();
}

void TicketQueueColumns::showMenu(const QPoint &at)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(header);
    for (int column = 0; column < header->count(); ++column) {
        if (column == int(TicketQueueColumn::Subject))
            continue; // the one column that always shows
        QAbstractItemModel *model = m_view->model();
        QString name = model->headerData(column, Qt::Horizontal).toString();
        if (name.isEmpty())
            name = model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QAction *action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

void TicketQueueColumns::setColumnShown(int column, bool shown)
{
    m_shownByOperator = true;
    m_autoHidden.clear();
    m_fitting = true; // a hidden section "resizes" to 0: not a width she chose
    m_view->horizontalHeader()->setSectionHidden(column, !shown);
    m_fitting = false;
    fit();
}

int TicketQueueColumns::contentWidth(TicketQueueColumn column) const
{
    const int header = headerWidth(column);
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin =
        m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const int padding = 2 * margin + 2; // the delegate's margins and a pixel each side
    int widest = 0;
    if (column == TicketQueueColumn::Channel)
        widest = 16; // the channel's icon
    else if (column == TicketQueueColumn::Customer || column == TicketQueueColumn::Assignee)
        widest = NameMinChars * m_view->fontMetrics().averageCharWidth();
    for (const QString &text : samples(column))
        widest = std::max(widest, metrics.horizontalAdvance(text));
    if (column == TicketQueueColumn::Number) {
        const QAbstractItemModel *model = m_view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            widest = std::max(widest, metrics.horizontalAdvance(
                                          model->index(row, int(column)).data().toString()));
    }
    return std::max(header, widest + padding);
}

int TicketQueueColumns::headerWidth(TicketQueueColumn column) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    // Only the sorted column draws the arrow that Qt's size hint makes room for in every one.
    if (header->sortIndicatorSection() == int(column))
        return header->sectionSizeHint(int(column));
    const QString text = m_view->model()->headerData(int(column), Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return header->fontMetrics().horizontalAdvance(text) + 2 * margin + 4;
}

void TicketQueueColumns::resize(TicketQueueColumn column, int width)
{
    m_view->horizontalHeader()->resizeSection(int(column), width);
}

void TicketQueueColumns::fit()
{
    if (m_sizedByOperator)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int character = m_view->fontMetrics().averageCharWidth();
    // What every shown column needs at least, the subject SubjectChars characters.
    const auto needed = [&] {
        int sum = SubjectChars * character;
        for (int column = 0; column < header->count(); ++column) {
            const auto which = TicketQueueColumn(column);
            if (which == TicketQueueColumn::Subject || header->isSectionHidden(column))
                continue;
            const bool name =
                which == TicketQueueColumn::Customer || which == TicketQueueColumn::Assignee;
            sum += name ? NameMinChars * character : contentWidth(which);
        }
        return sum;
    };
    const int room = m_view->viewport()->width();
    if (!m_shownByOperator) {
        // A narrow queue drops what other columns and the filters also tell, and takes it back
        // once there is room: the priority (the SLA clock follows it), the assignee (the scope
        // filter), the waiting time (the SLA counts down from it).
        for (const int column : std::as_const(m_autoHidden))
            header->showSection(column);
        m_autoHidden.clear();
        for (const auto column : {TicketQueueColumn::Priority, TicketQueueColumn::Assignee,
                                  TicketQueueColumn::Waiting}) {
            if (needed() <= room)
                break;
            header->hideSection(int(column));
            m_autoHidden.append(int(column));
        }
    }
    int fixed = 0;
    for (const auto column :
         {TicketQueueColumn::Number, TicketQueueColumn::Channel, TicketQueueColumn::Status,
          TicketQueueColumn::Priority, TicketQueueColumn::Waiting, TicketQueueColumn::Sla}) {
        if (header->isSectionHidden(int(column)))
            continue;
        const int width = contentWidth(column);
        resize(column, width);
        fixed += width;
    }
    // The names share what the subject does not need, within their limits.
    const bool assignee = !header->isSectionHidden(int(TicketQueueColumn::Assignee));
    const int share = (room - fixed - SubjectChars * character) / (assignee ? 2 : 1);
    for (const auto column : {TicketQueueColumn::Customer, TicketQueueColumn::Assignee}) {
        // Names may be cut (the full one is a click away); the subject keeps the room.
        const int least = NameMinChars * character;
        resize(column, std::clamp(share, least, std::max(least, NameMaxChars * character)));
    }
    m_fitting = false;
}

QByteArray TicketQueueColumns::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    QHeaderView *header = m_view->horizontalHeader();
    // Columns hidden for want of room are kept as shown: the next window may have the room.
    m_fitting = true;
    for (const int column : m_autoHidden)
        header->showSection(column);
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column)
        widths.append(header->sectionSize(column));
    stream << StateVersion << m_sizedByOperator << m_shownByOperator << header->saveState()
           << widths;
    for (const int column : m_autoHidden)
        header->hideSection(column);
    m_fitting = false;
    return state;
}

bool TicketQueueColumns::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint8 version = 0;
    bool sizedByOperator = false;
    bool shownByOperator = false;
    QByteArray header;
    QList<int> widths;
    stream >> version >> sizedByOperator >> shownByOperator >> header >> widths;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return false;
    QHeaderView *view = m_view->horizontalHeader();
    m_fitting = true;
    bool restored = view->restoreState(header);
    if (restored) {
        // The header remembers the sort; the model re-sorts (a reset that sets the sections
        // back), then the sections are restored again, so rows, arrow and widths agree.
        m_view->model()->sort(view->sortIndicatorSection(), view->sortIndicatorOrder());
        restored = view->restoreState(header);
    }
    // QHeaderView gives back order and sort, but the fitted widths, not the operator's.
    for (int column = 0; restored && column < widths.size() && column < view->count(); ++column)
        if (column != int(TicketQueueColumn::Subject))
            view->resizeSection(column, widths.at(column));
    if (restored && !shownByOperator) // hidden for a narrower window; fit() decides anew
        for (int column = 0; column < view->count(); ++column)
            view->showSection(column);
    m_fitting = false;
    if (!restored)
        return false;
    m_sizedByOperator = sizedByOperator;
    m_shownByOperator = shownByOperator;
    m_autoHidden.clear();
    fit();
    return true;
}

bool TicketQueueColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        fit();
    } else if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress ||
            event->type() == QEvent::MouseButtonDblClick)
            m_dragging = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_dragging = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace frontline::ui
