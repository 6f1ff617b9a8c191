#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace frontline::test {

// What the back office writes to its log, as the embedded launcher forwards it.
class BackOfficeLog
{
public:
    BackOfficeLog()
    {
        s_log = this;
        QLoggingCategory::setFilterRules(QStringLiteral("frontline.embedded.debug=true"));
        m_previous = qInstallMessageHandler(&BackOfficeLog::handle);
    }
    ~BackOfficeLog()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_log = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (s_log && qstrcmp(context.category, "frontline.embedded") == 0) {
            QMutexLocker lock(&s_log->m_mutex);
            s_log->m_lines << message;
        }
    }

    static inline BackOfficeLog *s_log = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace frontline::test
