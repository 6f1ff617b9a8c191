#include "protocol/Version.h"

namespace frontline::protocol {

QString version()
{
    return QStringLiteral(FRONTLINE_VERSION);
}

} // namespace frontline::protocol
