#include "ui/chat/MessageDelegate.h"

#include "app/models/ConversationModel.h"
#include "ui/chat/LinkGuard.h"
#include "ui/common/DateText.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>
#include <QToolTip>

namespace frontline::ui {

using app::ConversationModel;

namespace {

constexpr int Margin = 6;
constexpr int Padding = 8;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A whisper's violet is used by nothing else in a conversation, so it cannot pass for a reply.
const QColor WhisperColor(0x7a, 0x3f, 0xc8);

// Who wrote a message and when, a little smaller than its text; bold for what the customer never
// sees (notes, whispers).
QFont headerFont(const QFont &base, const QString &style)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    font.setBold(style == u"note" || style == u"whisper");
    return font;
}

// Bubble colours derived from the palette, so the system's dark palette is respected.
QColor bubbleColor(const QString &style, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (style == u"operator")
        return mix(base, palette.color(QPalette::Highlight), 0.18);
    if (style == u"bot")
        return mix(base, QColor(0x3f, 0x8f, 0x5f), 0.15);
    if (style == u"note")
        return mix(base, QColor(0xe0, 0xa8, 0x00), 0.28);
    if (style == u"whisper")
        return mix(base, WhisperColor, 0.22);
    if (style == u"system")
        return base;
    return palette.color(QPalette::AlternateBase);
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QList<MessageDelegate::Link> MessageDelegate::links(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?:https?://|mailto:)[^\s<>"']+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<Link> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString candidate = match.captured();
        // A sentence's full stop or closing bracket is not part of the link.
        while (!candidate.isEmpty() && QStringLiteral(".,;:!?)]").contains(candidate.back()))
            candidate.chop(1);
        const QUrl url(candidate, QUrl::StrictMode);
        if (isSafeToOpen(url))
            found.append(Link{int(match.capturedStart()), int(candidate.size()), url});
    }
    return found;
}

bool MessageDelegate::isSafeToOpen(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    return (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

QString MessageDelegate::headerText(const QModelIndex &index) const
{
    const QString style = index.data(ConversationModel::StyleRole).toString();
    QString who = index.data(ConversationModel::AuthorNameRole).toString();
    if (who.isEmpty()) {
        if (style == u"customer")
            who = tr("Customer");
        else if (style == u"bot")
            who = tr("Bot");
        else if (style == u"system")
            who = tr("System");
        else
            who = tr("Operator");
    }
    if (style == u"note")
        who = tr("Internal note · %1").arg(who);
    else if (style == u"whisper")
        who = tr("Whisper from %1 — the customer does not see this").arg(who);
    const QDateTime at = QDateTime::fromString(
        index.data(ConversationModel::CreatedAtRole).toString(), Qt::ISODateWithMs);
    QString header = at.isValid() ? QStringLiteral("%1 · %2").arg(who, dateTimeText(at)) : who;
    const QString state = index.data(ConversationModel::StateRole).toString();
    if (state == u"pending")
        header += tr(" · sending…");
    else if (state == u"failed")
        header += tr(" · not sent — double-click to retry");
    return header;
}

qreal MessageDelegate::layoutText(QTextLayout &layout, const QString &text, const QFont &font,
                                  int width) const
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    for (const Link &link : links(text)) {
        QTextCharFormat format;
        format.setFontUnderline(true);
        format.setForeground(QPalette().color(QPalette::Link));
        formats.append({link.start, link.length, format});
    }
    layout.setFormats(formats);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(10, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

const MessageDelegate::Geometry &MessageDelegate::geometry(const QStyleOptionViewItem &option,
                                                           const QModelIndex &index) const
{
    if (option.font != m_font || m_geometries.size() > 2000) {
        m_geometries.clear();
        m_font = option.font;
    }
    // A message's text never changes; its delivery state and time do (local echo, then sent).
    const GeometryKey key{index.data(ConversationModel::MessageIdRole).toString(),
                          option.rect.width()};
    const QString state = index.data(ConversationModel::StateRole).toString();
    const QString createdAt = index.data(ConversationModel::CreatedAtRole).toString();
    auto found = m_geometries.find(key);
    if (found != m_geometries.end() && found->state == state && found->createdAt == createdAt)
        return found.value();

    const QString style = index.data(ConversationModel::StyleRole).toString();
    const int full = std::max(120, option.rect.width() - 2 * Margin);
    const bool wide = style == u"system" || style == u"note" || style == u"whisper";
    const int maxWidth = wide ? full : full * 4 / 5;
    Geometry g;
    g.state = state;
    g.createdAt = createdAt;
    g.headerText = headerText(index);
    g.layout = std::make_shared<QTextLayout>();
    g.layout->setCacheEnabled(true); // keep the shaped glyphs for painting
    QFont body = option.font;
    body.setItalic(style == u"system");
    const qreal height = layoutText(*g.layout, index.data(ConversationModel::BodyRole).toString(),
                                    body, maxWidth - 2 * Padding);
    const QFontMetrics metrics(option.font);
    // The header as painted (smaller, bold for notes and whispers), wrapped when it does not fit:
    // a whisper's "the customer does not see this" must never be cut off.
    const QRect headerBounds = QFontMetrics(headerFont(option.font, style))
                                   .boundingRect(QRect(0, 0, maxWidth - 2 * Padding, 10000),
                                                 Qt::TextWordWrap, g.headerText);
    const int textWidth = std::max({int(std::ceil(g.layout->boundingRect().width())),
                                    metrics.horizontalAdvance(g.headerText), headerBounds.width()});
    const int width = std::min(maxWidth, textWidth + 2 * Padding);
    const int headerHeight = std::max(metrics.height(), headerBounds.height());
    const int bubbleHeight = int(std::ceil(height)) + headerHeight + 2 * Padding;
    int left = Margin;
    if (style == u"operator")
        left = option.rect.width() - 1 - Margin - width;
    else if (style == u"system")
        left = (option.rect.width() - width) / 2;
    g.bubble = QRect(left, Margin / 2, width, bubbleHeight);
    g.header = QRect(left + Padding, g.bubble.top() + Padding, width - 2 * Padding, headerHeight);
    g.text =
        QRect(left + Padding, g.header.bottom() + 1, width - 2 * Padding, int(std::ceil(height)));
    return m_geometries.insert(key, g).value();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry &g = geometry(option, index);
    return QSize(option.rect.width(), g.bubble.height() + Margin);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QString style = index.data(ConversationModel::StyleRole).toString();
    const Geometry &g = geometry(option, index);
    const QPoint at = option.rect.topLeft();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    QPainterPath path;
    path.addRoundedRect(g.bubble.translated(at), 8, 8);
    painter->fillPath(path, bubbleColor(style, palette));
    if (option.state & QStyle::State_HasFocus || option.state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->drawPath(path);
    } else if (style == u"note") {
        painter->setPen(QPen(QColor(0xc0, 0x80, 0x00), 1, Qt::DashLine));
        painter->drawPath(path);
    } else if (style == u"whisper") {
        painter->setPen(QPen(WhisperColor, 2));
        painter->drawPath(path);
    }
    painter->setFont(headerFont(option.font, style));
    const bool failed = index.data(ConversationModel::StateRole).toString() == u"failed";
    painter->setPen(failed ? QColor(0xc0, 0x30, 0x30) : palette.color(QPalette::PlaceholderText));
    painter->drawText(g.header.translated(at), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                      g.headerText);
    painter->setPen(palette.color(QPalette::Text));
    g.layout->draw(painter, g.text.translated(at).topLeft());
    painter->restore();
}

std::optional<QUrl> MessageDelegate::linkAt(const QPoint &position,
                                            const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    const Geometry &g = geometry(option, index);
    const QPoint local = position - g.text.translated(option.rect.topLeft()).topLeft();
    const QTextLayout &layout = *g.layout;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        const int at = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        for (const Link &link : links(layout.text())) {
            if (at >= link.start && at < link.start + link.length)
                return link.url;
        }
    }
    return std::nullopt;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const auto url = linkAt(mouse->position().toPoint(), option, index);
    if (!url)
        return false;
    Q_EMIT linkActivated(*url);
    return true;
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const auto url = linkAt(event->pos(), option, index);
    if (!url)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The real target, whatever the text around it pretends: hover before you click.
    QToolTip::showText(event->globalPos(), linkToolTip(*url), view);
    return true;
}

QString MessageDelegate::linkToolTip(const QUrl &url)
{
    return tr("Opens %1").arg(LinkGuard::realTarget(url));
}

} // namespace frontline::ui
