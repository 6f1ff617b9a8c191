#pragma once

#include "protocol/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace frontline::app {

class LocalStore;

// Applies pages of the back office's change feed to the LocalStore: every change of a page and
// the new cursor in one transaction, so a crash or a fault leaves the cache at a page boundary.
class ChangeFeedApplier
{
public:
    explicit ChangeFeedApplier(LocalStore &store)
        : m_store(store)
    {}

    // `page` is a `GET /changes` body: {"changes": [...], "next": N, "more": bool}; `raw` the
    // same body as received, if the caller has it (tickets then keep the server's own JSON
    // text instead of writing it out again).
    Result<void> applyPage(const QJsonObject &page, QByteArrayView raw = {});
    // Messages in one page from which their full-text indexing waits for the housekeeping
    // thread (LocalStore::deferMessageIndex); live traffic brings a few per page.
    static constexpr int DeferIndexAtMessages = 200;
    // One change, inside the caller's transaction; `rawData` is its `data` as received.
    Result<void> applyChange(const QJsonObject &change, QByteArrayView rawData = {});
    // A message as the back office returned it; replaces the local echo `localId` if given.
    Result<void> storeMessage(const QJsonObject &message, const QString &localId = {});
    Result<void> storeEscalation(const QJsonObject &escalation, const QString &localId = {});
    // A help flag as the back office sent it; replaces the local echo `localId` if given.
    Result<void> storeHelpFlag(const QJsonObject &flag, const QString &localId = {});
    // A course assigned to the operator (or, in a trainer's cache, to anyone).
    Result<void> storeCourse(const QJsonObject &course);

private:
    // A message's change carries the ticket fields it moved (`ticket`): merged into the cached
    // ticket, which the feed no longer sends whole with every message.
    Result<void> applyTicketFields(const QJsonObject &fields);
    Result<void> storeCustomer(const QJsonObject &customer);
    Result<void> storeKbArticle(const QJsonObject &article);
    Result<void> storeMacro(const QString &id, const QJsonObject &macro);
    Result<void> remove(const QString &entity, const QString &id);

    LocalStore &m_store;
    std::optional<QSet<QString>> m_ticketsWithCommands; // for the page being applied
};

} // namespace frontline::app
