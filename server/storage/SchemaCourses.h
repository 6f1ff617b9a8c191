#pragma once

#include <QStringList>

// The schema's step for the courses trainers assign operators from their production figures
// (issue 19, item 10); Schema.cpp lists it with the others.
namespace frontline::server::schema::courses {

QStringList version23();

} // namespace frontline::server::schema::courses
