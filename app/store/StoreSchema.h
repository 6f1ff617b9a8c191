#pragma once

#include <QList>
#include <QStringList>

namespace frontline::app {

// The cache's migrations: entry i holds the statements that take user_version from i to i + 1.
// Append only; never edit a migration that has shipped.
const QList<QStringList> &storeMigrations();

} // namespace frontline::app
