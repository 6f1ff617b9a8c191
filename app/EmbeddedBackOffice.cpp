#include "app/EmbeddedBackOffice.h"

#include "protocol/ApiPaths.h"
#include "protocol/Health.h"
#include "protocol/Json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEmbedded, "frontline.embedded")

namespace frontline::app {
namespace {

constexpr QByteArrayView ListeningMarker = "frontline-backoffice listening on ";
constexpr int HealthRetryMs = 100;

} // namespace

EmbeddedBackOffice::EmbeddedBackOffice(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_program(defaultProgram())
{}

EmbeddedBackOffice::~EmbeddedBackOffice()
{
    stop();
}

QString EmbeddedBackOffice::defaultProgram()
{
    const QString name = QStringLiteral("frontline-backoffice");
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? name : onPath;
}

qint64 EmbeddedBackOffice::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void EmbeddedBackOffice::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (!QDir().mkpath(m_dataDirectory)) {
        fail(tr("Cannot create the data folder %1").arg(m_dataDirectory));
        return;
    }
    m_stopping = false;
    m_baseUrl.clear();
    m_stdoutBuffer.clear();

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    const QString database =
        m_databaseUrl.isEmpty()
            ? u"sqlite:" + QDir(m_dataDirectory).filePath(QStringLiteral("backoffice.sqlite"))
            : m_databaseUrl;
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--database"), database} +
                            m_extraArguments);
    m_process->setWorkingDirectory(m_dataDirectory);
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: the kernel sends SIGTERM when we die, and a parent
    // that died before this line is caught by comparing pids.
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &EmbeddedBackOffice::readStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &EmbeddedBackOffice::readStandardError);
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot start %1: %2").arg(m_program, m_process->errorString()));
    });

    m_startTimer = new QTimer(this);
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            fail(tr("The back office did not become healthy within %1 s")
                     .arg(m_startTimeoutMs / 1000));
    });

    setState(State::Starting);
    qCInfo(lcEmbedded) << "starting" << m_program << m_process->arguments();
    m_startTimer->start(m_startTimeoutMs);
    m_process->start();
}

void EmbeddedBackOffice::stop(int graceMs)
{
    if (m_startTimer)
        m_startTimer->stop();
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(graceMs)) {
            qCWarning(lcEmbedded) << "back office ignored SIGTERM; killing it";
            m_process->kill();
            m_process->waitForFinished(graceMs);
        }
    }
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    setState(State::Stopped);
}

void EmbeddedBackOffice::setState(State state, const QString &error)
{
    m_errorString = error;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EmbeddedBackOffice::fail(const QString &error)
{
    qCWarning(lcEmbedded).noquote() << error;
    if (m_startTimer)
        m_startTimer->stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process->kill();
    }
    setState(State::Failed, error);
}

void EmbeddedBackOffice::readStandardOutput()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (line.startsWith(ListeningMarker) && m_baseUrl.isEmpty()) {
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(ListeningMarker.size())));
            probeHealth();
        }
    }
}

void EmbeddedBackOffice::readStandardError()
{
    const QList<QByteArray> lines = m_process->readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            qCDebug(lcEmbedded).noquote() << "backoffice:" << QString::fromUtf8(line);
    }
}

void EmbeddedBackOffice::probeHealth()
{
    if (m_state != State::Starting)
        return;
    QUrl url = m_baseUrl;
    url.setPath(protocol::paths::Health.toString());
    QNetworkRequest request(url);
    request.setTransferTimeout(2000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_state != State::Starting)
            return;
        const auto body = protocol::json::parseObject(reply->readAll());
        const auto health = body ? protocol::Health::fromJson(body.value())
                                 : Result<protocol::Health>(body.error());
        if (reply->error() == QNetworkReply::NoError && health && health->status == u"ok") {
            m_startTimer->stop();
            qCInfo(lcEmbedded) << "back office healthy at" << m_baseUrl << "version"
                               << health->version;
            setState(State::Running);
            return;
        }
        QTimer::singleShot(HealthRetryMs, this, &EmbeddedBackOffice::probeHealth);
    });
}

void EmbeddedBackOffice::onFinished(int exitCode, int exitStatus)
{
    if (m_stopping)
        return;
    const QString why = exitStatus == QProcess::CrashExit
                            ? tr("The back office crashed")
                            : tr("The back office exited with code %1").arg(exitCode);
    fail(why);
}

} // namespace frontline::app
