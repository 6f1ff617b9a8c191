#pragma once

#include <QString>

#include <chrono>
#include <functional>

namespace frontline::test {

// The temporary folder this test process uses as HOME; removed when the process ends.
QString temporaryRoot();

// Runs the event loop until `condition` holds or `timeout` passes; returns the last value.
bool waitUntil(const std::function<bool()> &condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));

// Path of the frontline-backoffice built with these tests.
QString backOfficeProgram();

} // namespace frontline::test
