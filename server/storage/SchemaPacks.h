#pragma once

#include <QStringList>

// The training's scenario packs (issue 19): migration 22.
namespace frontline::server::schema::packs {

QStringList version22();

} // namespace frontline::server::schema::packs
