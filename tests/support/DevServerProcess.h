#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

namespace astro::test {

// Runs $ASTRO_BIN_DIR/astro-devserver on a free port for one test and drives its /_dev
// controls synchronously. The process is terminated when the object goes away.
class DevServerProcess
{
public:
    DevServerProcess();
    ~DevServerProcess();
    DevServerProcess(const DevServerProcess &) = delete;
    DevServerProcess &operator=(const DevServerProcess &) = delete;

    // Starts `astro-devserver --port 0 --quiet <extraArguments>` and waits up to 10 s for it
    // to announce its port. On failure errorString() says why.
    bool start(const QStringList &extraArguments = {});
    QString errorString() const { return m_error; }

    static QString program();
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    // baseUrl() with `path` (and an optional query) appended.
    QUrl url(const QString &path) const;

    QJsonObject stats();
    bool approve(const QString &userCode);
    bool deny(const QString &userCode);
    bool revoke();
    bool expireAccess();
    bool configure(const QJsonObject &settings);
    bool resetStats();

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    Response get(const QString &path);
    Response post(const QString &path, const QByteArray &contentType, const QByteArray &body);
    Response wait(QNetworkReply *reply);

    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace astro::test
