#include "app/store/SqlTransaction.h"

#include "app/store/LocalStore.h"

namespace frontline::app {

SqlTransaction::SqlTransaction(LocalStore &store)
    : m_store(store)
    , m_begun(store.beginTransaction())
{
    m_done = !m_begun.ok();
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        m_store.rollbackTransaction();
}

Result<void> SqlTransaction::commit()
{
    if (!m_begun)
        return m_begun.error();
    if (m_done)
        return Error{QStringLiteral("database_error"), QStringLiteral("transaction already ended")};
    m_done = true;
    return m_store.commitTransaction();
}

} // namespace frontline::app
