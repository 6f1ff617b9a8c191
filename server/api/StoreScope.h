#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::server {

struct ApiRequest;

// A project (store) id as the query and the body carry it ("7"): 0 for none given,
// invalid_field (project_id) unless a positive number.
Result<qint64> projectIdField(const QString &text);
// The store a search of articles or canned responses keeps to (`?project_id=`): 0 for none;
// not_found (404) for a store the workspace does not serve, as the figures' scope answers.
Result<qint64> searchedStore(const ApiRequest &request);

} // namespace frontline::server
