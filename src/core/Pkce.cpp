#include "core/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ast {

namespace {
constexpr int VerifierBytes = 32; // 43 characters: the RFC 7636 minimum length
constexpr int StateBytes = 16; // 128 bits

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString Pkce::randomToken(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    Q_ASSERT(bytes % int(sizeof(quint32)) == 0);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(buffer.data()),
                                          bytes / int(sizeof(quint32)));
    return base64Url(buffer);
}

QString Pkce::challengeFor(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(VerifierBytes);
    pkce.challenge = challengeFor(pkce.verifier);
    pkce.state = randomToken(StateBytes);
    return pkce;
}

} // namespace ast
