#pragma once

#include "protocol/Result.h"

#include <QList>
#include <QString>

namespace frontline::app {

class LocalStore;

// A colleague on the line, as the trainer's cache knows her: her production id and name.
struct Colleague
{
    QString id;
    QString name;

    friend bool operator==(const Colleague &, const Colleague &) = default;
};

// The operators the cache knows, by name: whom a trainer reads figures of, assigns a course or
// adds to a sandbox's cohort.
Result<QList<Colleague>> operatorsOnTheLine(const LocalStore &store);

} // namespace frontline::app
