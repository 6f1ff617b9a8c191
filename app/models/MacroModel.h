#pragma once

#include "app/store/StoreChangeSet.h"

#include <QAbstractListModel>

namespace frontline::app {

class LocalStore;

// Canned responses from the local cache, filtered in SQL by what the operator types after `/`
// (title, shortcut or body). An exact shortcut comes first ("refund" or "/refund" finds /refund
// before every response that merely mentions refunds), then shortcuts that start with the text,
// then titles, then bodies. Each row says its response's language. With a ticket open, only the
// responses of its store (its queue's project) and those for every store are offered, as the KB
// search does; the store's own come before a shared one that matches as well.
class MacroModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        MacroIdRole = Qt::UserRole + 1,
        TitleRole,
        ShortcutRole,
        BodyRole,
        LocaleRole, // "en", "ru"
        SlugRole,   // the name a reply made from it records
    };

    // The language a response is written in, as the picker shows it ("EN").
    static QString languageTag(const QString &locale);

    explicit MacroModel(LocalStore &store, QObject *parent = nullptr);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Among equally good matches, responses in `locale` (the customer's language) come first.
    void setPreferredLocale(const QString &locale);
    // The ticket the reply is for (empty: none, every response).
    void setTicket(const QString &ticketId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        QString title;
        QString shortcut;
        QString body;
        QString locale;
        QString slug;
    };
    void reload();

    LocalStore &m_store;
    QString m_filter;
    QString m_preferredLocale;
    QString m_ticketId;
    QList<Row> m_rows;
};

} // namespace frontline::app
