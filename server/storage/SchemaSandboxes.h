#pragma once

#include <QStringList>

// The schema's step for trainers' sandboxes (issue 19), kept apart like SchemaSupervision's;
// Schema.cpp lists it with the others.
namespace frontline::server::schema::sandboxes {

QStringList version21();

} // namespace frontline::server::schema::sandboxes
