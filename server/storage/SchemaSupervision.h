#pragma once

#include <QStringList>

// The schema's steps from issue 18 on (live monitoring, the audit log, quality assurance), kept
// apart from Schema.cpp's first sixteen so each file stays readable; Schema.cpp lists them all.
namespace frontline::server::schema::supervision {

QStringList version17();
QStringList version18();
QStringList version19();
QStringList version20();

} // namespace frontline::server::schema::supervision
