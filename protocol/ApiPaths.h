#pragma once

#include <QStringView>

// Paths of the back-office contract (see docs/api/openapi.yaml). Both sides build URLs from
// these so a renamed route fails to compile rather than to connect.
namespace frontline::protocol::paths {

inline constexpr QStringView ApiPrefix = u"/api/v1";
inline constexpr QStringView Health = u"/healthz";
inline constexpr QStringView Metrics = u"/metrics";
inline constexpr QStringView Events = u"/api/v1/events";

} // namespace frontline::protocol::paths
