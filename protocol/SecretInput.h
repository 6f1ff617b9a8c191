#pragma once

#include "protocol/Result.h"

#include <QString>

// Passwords for the command lines (`frontline-cli login`, `frontline-backoffice user add`, the
// database's): never from the arguments, which every local user reads in the process list. Here
// because both programs link this library and nothing else they share.
namespace frontline::protocol::secrets {

struct Source
{
    QString file;        // a --...-file option's value: the file's first line ("-": stdin)
    QString environment; // a variable that may hold it, such as FRONTLINE_PASSWORD
    QString prompt;      // asked on the terminal, not shown as typed, when stdin is one
};

// The secret from `file` if given, else from `environment` if set, else typed at `prompt` (no
// echo) when standard input is a terminal, else standard input's first line. Never empty.
Result<QString> read(const Source &source);

// The error for a secret given on the command line itself: `option` names it, `instead` says
// where it goes.
Error onCommandLine(const QString &option, const QString &instead);

} // namespace frontline::protocol::secrets
