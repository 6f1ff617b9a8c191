#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QProcess;
class QTimer;

namespace frontline::app {

// A private `frontline-backoffice` child on a free loopback port: started, watched until
// /healthz answers, stopped cleanly with the app. The child is told by the kernel to exit if this
// process dies first, so a killed app leaves no orphan.
class EmbeddedBackOffice : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Failed
    };
    Q_ENUM(State)

    explicit EmbeddedBackOffice(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~EmbeddedBackOffice() override;

    // The executable to run; defaults to frontline-backoffice beside this program, else on PATH.
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    // Where the child keeps its SQLite file.
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }
    // The child's database URL; defaults to a SQLite file in the data folder.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    // Further arguments for the child, such as --demo.
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setStartTimeout(int milliseconds) { m_startTimeoutMs = milliseconds; }

    void start();
    // Asks the child to finish (SIGTERM) and waits up to `graceMs` before killing it.
    void stop(int graceMs = 5000);

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_errorString; }
    qint64 processId() const;

    static QString defaultProgram();

Q_SIGNALS:
    void stateChanged(frontline::app::EmbeddedBackOffice::State state);

private:
    void setState(State state, const QString &error = {});
    void readStandardOutput();
    void readStandardError();
    void probeHealth();
    void onFinished(int exitCode, int exitStatus);
    void fail(const QString &error);

    QNetworkAccessManager *m_network;
    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    QString m_program;
    QString m_dataDirectory;
    QString m_databaseUrl;
    QStringList m_extraArguments;
    int m_startTimeoutMs = 20000;
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    QString m_errorString;
    QByteArray m_stdoutBuffer;
    bool m_stopping = false;
};

} // namespace frontline::app
