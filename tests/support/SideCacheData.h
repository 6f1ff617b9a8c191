#pragma once

#include <QString>

namespace frontline::app {
class LocalStore;
}

namespace frontline::test {

// A small contact center written into a LocalStore through its own feed applier: customer c1
// (whose name is HTML) with orders o1 (four status steps) and o2 (two), tickets t1 (the current
// one), t2 and t3 of c1 and t4 of c2; KB articles a1 (ru, "заказа"), a2 (en), a3 (en, with
// <img src="file:///etc/passwd"> and <b> in its body) and a4 (ru).
namespace side {
inline const QString HtmlName = QStringLiteral("<b>Анна</b> <img src=\"file:///etc/passwd\">");
inline const QString UnsafeBody =
    QStringLiteral("Before <img src=\"file:///etc/passwd\"> and <b>bold</b> after.\n\nSecond "
                   "paragraph.");
} // namespace side

// Applies the data as one feed page; false (with a message on stderr) if the store refused it.
bool fillSideCache(app::LocalStore &store);
// One more ticket of c1 (t5, number 120) and c1 renamed to `newName`, as a second feed page.
bool addSideTicketAndRename(app::LocalStore &store, const QString &newName);
// One of fillSideCache()'s tickets t1-t4 with a new status and `version` (above 1), as a feed page.
bool setSideTicketStatus(app::LocalStore &store, const QString &ticketId, const QString &status,
                         int version);

} // namespace frontline::test
