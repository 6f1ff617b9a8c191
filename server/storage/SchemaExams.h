#pragma once

#include <QStringList>

// The schema's step for exams and practice (issue 19, items 7-10); Schema.cpp lists it with the
// others. Like every step it runs on every store: a sandbox keeps its live exams, production its
// training records.
namespace frontline::server::schema::exams {

QStringList version24();
// A reply names the canned response it was made from (`messages.macro`, a macro's slug): a
// scenario's customer branches on it, and QA can tell a macro's reply from a written one.
QStringList version25();

} // namespace frontline::server::schema::exams
