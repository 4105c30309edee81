#include "DevServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace astro::test {

namespace {
constexpr int timeoutMs = 10000;
constexpr auto listeningPrefix = "astro-devserver listening on "_L1;
} // namespace

DevServerProcess::DevServerProcess()
{
    // The server is on loopback; a proxy from the environment must not get in between.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

DevServerProcess::~DevServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DevServerProcess::program()
{
    const QString binDir = qEnvironmentVariable("ASTRO_BIN_DIR");
    return QDir(binDir.isEmpty() ? QDir::currentPath() : binDir).filePath(u"astro-devserver"_s);
}

bool DevServerProcess::start(const QStringList &extraArguments)
{
    m_process.setProgram(program());
    m_process.setArguments(QStringList {u"--port"_s, u"0"_s, u"--quiet"_s} + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(program(), m_process.errorString());
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(listeningPrefix)) {
                    m_baseUrl = QUrl(line.mid(listeningPrefix.size()));
                    return m_baseUrl.isValid();
                }
                output += line.toUtf8() + '\n';
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_error = u"astro-devserver did not announce its port (exit code %1): %2 %3"_s.arg(
        QString::number(m_process.exitCode()), QString::fromUtf8(output),
        QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

QUrl DevServerProcess::url(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(path));
}

QJsonObject DevServerProcess::stats()
{
    return QJsonDocument::fromJson(get(u"/_dev/stats"_s).body).object();
}

bool DevServerProcess::approve(const QString &userCode)
{
    QUrlQuery form;
    form.addQueryItem(u"user_code"_s, userCode);
    return post(u"/_dev/approve"_s, "application/x-www-form-urlencoded"_ba,
                form.toString(QUrl::FullyEncoded).toUtf8())
               .status
        == 200;
}

bool DevServerProcess::deny(const QString &userCode)
{
    QUrlQuery form;
    form.addQueryItem(u"user_code"_s, userCode);
    return post(u"/_dev/deny"_s, "application/x-www-form-urlencoded"_ba,
                form.toString(QUrl::FullyEncoded).toUtf8())
               .status
        == 200;
}

bool DevServerProcess::revoke()
{
    return post(u"/_dev/revoke"_s, {}, {}).status == 200;
}

bool DevServerProcess::expireAccess()
{
    return post(u"/_dev/expire-access"_s, {}, {}).status == 200;
}

bool DevServerProcess::configure(const QJsonObject &settings)
{
    return post(u"/_dev/config"_s, "application/json"_ba,
                QJsonDocument(settings).toJson(QJsonDocument::Compact))
               .status
        == 200;
}

bool DevServerProcess::resetStats()
{
    return post(u"/_dev/reset-stats"_s, {}, {}).status == 200;
}

DevServerProcess::Response DevServerProcess::get(const QString &path)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(timeoutMs);
    return wait(m_network.get(request));
}

DevServerProcess::Response
DevServerProcess::post(const QString &path, const QByteArray &contentType, const QByteArray &body)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_network.post(request, body));
}

DevServerProcess::Response DevServerProcess::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // backstop for a hung server
    if (!reply->isFinished())
        loop.exec();
    Response response;
    if (reply->isFinished()) {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
    }
    reply->abort();
    reply->deleteLater();
    return response;
}

} // namespace astro::test
