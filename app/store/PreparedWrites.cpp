#include "app/store/PreparedWrites.h"

#include <QLoggingCategory>
#include <QStringEncoder>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace frontline::app {
namespace {

// A value that is neither text nor a number, bound as its text (SQLite copies it).
int bindOther(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    const QByteArray text = value.toString().toUtf8();
    return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                             SQLITE_TRANSIENT);
}

} // namespace

void PreparedWrites::clear()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

Error PreparedWrites::failure(const QString &sql) const
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    qCWarning(lcStore) << sql << text;
    return Error{QStringLiteral("database_error"), sql + u": " + text};
}

Result<sqlite3_stmt *> PreparedWrites::prepared(const QString &sql)
{
    // The feed writes the same few statements thousands of times: prepare each once.
    if (auto cached = m_statements.constFind(sql); cached != m_statements.cend())
        return cached.value();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        const Error error = failure(sql);
        sqlite3_finalize(statement);
        return error;
    }
    m_statements.insert(sql, statement);
    return statement;
}

int PreparedWrites::bind(sqlite3_stmt *statement, const QVariantList &values)
{
    // Strings go in as UTF-8, converted into one reused buffer (handing SQLite UTF-16 makes it
    // allocate and convert each value itself), bound without a copy.
    static thread_local QByteArray buffer;
    static thread_local QStringEncoder utf8(QStringConverter::Utf8,
                                            QStringConverter::Flag::Stateless);
    qsizetype space = 0;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            space += utf8.requiredSpace(static_cast<const QString *>(value.constData())->size());
    }
    if (buffer.size() < space)
        buffer.resize(space);
    char *out = buffer.data();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int bound = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(value.constData());
            if (text.isNull()) {
                bound = sqlite3_bind_null(statement, index);
                break;
            }
            char *start = out;
            out = utf8.appendToBuffer(out, text);
            bound = sqlite3_bind_text(statement, index, start, int(out - start), SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            // UTF-8 text, such as JSON kept as the back office sent it.
            const QByteArray &text = *static_cast<const QByteArray *>(value.constData());
            bound = text.isNull() ? sqlite3_bind_null(statement, index)
                                  : sqlite3_bind_text(statement, index, text.constData(),
                                                      int(text.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            bound = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            bound = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            bound = sqlite3_bind_null(statement, index);
            break;
        default:
            bound = bindOther(statement, index, value);
        }
        if (bound != SQLITE_OK)
            return bound;
    }
    return SQLITE_OK;
}

Result<SqlWrite> PreparedWrites::run(const QString &sql, const QVariantList &values)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    bind(statement.value(), values);
    const int stepped = sqlite3_step(statement.value());
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
        const Error error = failure(sql);
        sqlite3_reset(statement.value());
        sqlite3_clear_bindings(statement.value());
        return error;
    }
    SqlWrite done{QVariant(qint64(sqlite3_last_insert_rowid(m_handle))),
                  int(sqlite3_changes(m_handle))};
    sqlite3_reset(statement.value());
    sqlite3_clear_bindings(statement.value());
    return done;
}

} // namespace frontline::app
