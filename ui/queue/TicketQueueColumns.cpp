#include "ui/queue/TicketQueueColumns.h"

#include "app/models/TicketQueueModel.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace frontline::ui {

using app::TicketQueueColumn;
using app::TicketQueueModel;

namespace {

constexpr quint8 StateVersion = 1;
// In average characters: what the subject gets before the names grow, and the names' limits.
constexpr int SubjectChars = 24;
constexpr int NameMinChars = 9;
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
        return {QStringLiteral("#000000")};
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
        if (!m_fitting && logical != int(TicketQueueColumn::Subject))
            m_sizedByOperator = true;
    });
    view->viewport()->installEventFilter(this);
    fit();
}

int TicketQueueColumns::contentWidth(TicketQueueColumn column) const
{
    const int header = m_view->horizontalHeader()->sectionSizeHint(int(column));
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin =
        m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const int padding = 2 * margin + metrics.averageCharWidth();
    int widest = 0;
    if (column == TicketQueueColumn::Channel)
        widest = 16; // the channel's icon
    else if (column == TicketQueueColumn::Customer || column == TicketQueueColumn::Assignee)
        widest = NameMinChars * m_view->fontMetrics().averageCharWidth();
    if (column == TicketQueueColumn::Assignee) // the word shown for nobody
        widest = std::max(widest, metrics.horizontalAdvance(TicketQueueModel::tr("Unassigned")));
    for (const QString &text : samples(column))
        widest = std::max(widest, metrics.horizontalAdvance(text));
    return std::max(header, widest + padding);
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
    const QHeaderView *header = m_view->horizontalHeader();
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
    const int character = m_view->fontMetrics().averageCharWidth();
    const int share = (m_view->viewport()->width() - fixed - SubjectChars * character) / 2;
    for (const auto column : {TicketQueueColumn::Customer, TicketQueueColumn::Assignee}) {
        const int least = contentWidth(column);
        resize(column, std::clamp(share, least, std::max(least, NameMaxChars * character)));
    }
    m_fitting = false;
}

QByteArray TicketQueueColumns::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_sizedByOperator << m_view->horizontalHeader()->saveState();
    return state;
}

bool TicketQueueColumns::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint8 version = 0;
    bool sizedByOperator = false;
    QByteArray header;
    stream >> version >> sizedByOperator >> header;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return false;
    QHeaderView *view = m_view->horizontalHeader();
    m_fitting = true;
    const bool restored = view->restoreState(header);
    m_fitting = false;
    if (!restored)
        return false;
    // The header remembers the sort; the model is told, so rows and arrow agree.
    m_view->sortByColumn(view->sortIndicatorSection(), view->sortIndicatorOrder());
    m_sizedByOperator = sizedByOperator;
    fit();
    return true;
}

bool TicketQueueColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace frontline::ui
