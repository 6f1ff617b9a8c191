#pragma once

#include <QStringList>

#include <memory>

namespace frontline::cli {

// frontline-cli's commands over the client core: the same LocalStore, SyncEngine and Session the
// desktop app uses. run() returns the process's exit code; output is JSON on stdout, errors one
// line on stderr.
class CliCommands
{
public:
    CliCommands();
    ~CliCommands();

    int run(const QStringList &arguments);

private:
    // One function a command; each returns the exit code.
    int login();
    int logout();
    int sync();
    int status();
    int send();
    int tickets();
    int kbSearch();
    int report();

    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace frontline::cli
