#pragma once

#include "protocol/Result.h"

namespace frontline::server {

class BackOfficeService;
struct BackOfficeOptions;

// `frontline-backoffice user add ...` and the other administrative commands: they work on the
// database directly, without serving HTTP. Returns the text to print on success.
Result<QString> runAdminCommand(const BackOfficeOptions &options, BackOfficeService &service);

} // namespace frontline::server
