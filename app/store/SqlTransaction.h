#pragma once

#include "protocol/Result.h"

namespace frontline::app {

class LocalStore;

// RAII transaction on a LocalStore: begins on construction, rolls back on destruction unless
// commit() succeeded. Nested guards join the outer transaction; only the outermost commits, and a
// nested guard that is dropped uncommitted dooms the whole transaction.
class SqlTransaction
{
public:
    explicit SqlTransaction(LocalStore &store);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // Whether BEGIN worked; check before writing.
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    LocalStore &m_store;
    Result<void> m_begun;
    bool m_done = false;
};

} // namespace frontline::app
