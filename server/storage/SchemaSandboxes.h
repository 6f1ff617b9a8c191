#pragma once

#include <QStringList>

// The schema's step for trainers' sandboxes (issue 19), kept apart like SchemaSupervision's;
// Schema.cpp lists it with the others.
namespace frontline::server::schema::sandboxes {

QStringList version21();
// A sandbox being reset or deleted (`sandboxes.state`: ready, resetting, deleting): the other back
// offices on the same database open only a ready one.
QStringList version26();

} // namespace frontline::server::schema::sandboxes
