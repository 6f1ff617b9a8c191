#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStyledItemDelegate>
#include <QUrl>

#include <memory>
#include <optional>

class QTextLayout;

namespace frontline::ui {

// Paints one message of a conversation as a bubble styled by who wrote it (customer, bot,
// operator, system, internal note), with its delivery state. The text is laid out as plain text
// with QTextLayout: whatever a customer sends, no markup is ever interpreted. Web and mail links
// are underlined and only followed on a click (linkActivated); other schemes (file:, ...) stay
// plain text.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Link
    {
        int start = 0;
        int length = 0;
        QUrl url;
    };

    explicit MessageDelegate(QObject *parent = nullptr);

    // The links in `text` that may be opened: http, https and mailto only.
    static QList<Link> links(const QString &text);
    static bool isSafeToOpen(const QUrl &url);
    // "Anna · 14:05" above a message: who wrote it and when (the date too before today).
    QString headerText(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    // Hovering a link shows where it really goes.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    static QString linkToolTip(const QUrl &url);
    // The link under `position` (in the view's coordinates), if any.
    std::optional<QUrl> linkAt(const QPoint &position, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const;

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    // A message laid out for one width, relative to its item's top left corner. Views ask for
    // every item's size whenever rows arrive, so layouts are kept (QTextLayout shaping is what
    // costs), by message and width, and laid out again when the state, time or font change.
    struct Geometry
    {
        QRect bubble;
        QRect header;
        QRect text;
        QString headerText;
        std::shared_ptr<QTextLayout> layout;
        QString state;
        QString createdAt;
    };
    const Geometry &geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font, int width) const;

    struct GeometryKey
    {
        QString messageId;
        int width = 0;

        bool operator==(const GeometryKey &) const = default;
        friend size_t qHash(const GeometryKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.messageId, key.width);
        }
    };

    mutable QHash<GeometryKey, Geometry> m_geometries;
    mutable QFont m_font;
};

} // namespace frontline::ui
