#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::server {

struct Caller;

// Training is managed from production (sandboxes, exams, courses, operators' figures): a
// sandbox's token gets forbidden (403) saying so; `what` names it ("Courses are assigned").
Result<void> productionOnly(const Caller &caller, const QString &what);

} // namespace frontline::server
