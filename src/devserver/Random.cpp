#include "devserver/Random.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace astro::devserver::Random {

QString urlSafeToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &byte : raw)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString prefixedId(QLatin1StringView prefix)
{
    static constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id(prefix);
    // 10 characters of millisecond timestamp, 16 random ones: sorts by time like a real ULID.
    quint64 time = quint64(QDateTime::currentMSecsSinceEpoch());
    QString timePart(10, u'0');
    for (int i = 9; i >= 0; --i, time >>= 5)
        timePart[i] = QLatin1Char(crockford[time & 31]);
    id += timePart;
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(crockford[QRandomGenerator::system()->bounded(32)]);
    return id;
}

QString userCode()
{
    static constexpr char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(20)]);
    }
    return code;
}

} // namespace astro::devserver::Random
