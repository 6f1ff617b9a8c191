#pragma once

#include "protocol/Result.h"

namespace frontline::server::password {

// argon2id through libsodium, with its "interactive" limits (about 64 MiB and 0.1 s here), in
// libsodium's self-describing string format with its own random salt.
Result<QString> hash(const QString &password);
// From now on (the whole process) hash() uses argon2id's least cost, which makes a sign-in take
// microseconds: for test suites (`--test-password-cost`), never for accounts people use.
void useTestCost();
bool verify(const QString &storedHash, const QString &password);

} // namespace frontline::server::password
