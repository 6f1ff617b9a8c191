#pragma once

#include <QString>

namespace frontline::protocol {

// The project version, e.g. "0.1.0"; the same for every executable of one build.
QString version();

// The contract version both sides speak, the "v1" in /api/v1.
inline constexpr int ApiVersion = 1;

} // namespace frontline::protocol
