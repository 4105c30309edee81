#include "tray/QmlWindows.h"

#include "tray/QrImageProvider.h"
#include "tray/ThemePalette.h"

#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ast::tray {

Q_LOGGING_CATEGORY(lcWindows, "astro.tray.windows", QtWarningMsg)

namespace {
// The QML heap and the scene graph go with the engine; hand their pages back to the system
// so that a tray that showed a window once is small again when idle (bench/README.md: under 60 MB).
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
} // namespace

QmlWindows::QmlWindows(QObject *parent)
    : QObject(parent)
    , m_theme(new ThemePalette(this))
{
}

QmlWindows::~QmlWindows()
{
    // ~QWindow of a window still shown emits visibleChanged(false) when it is no longer a
    // QQuickWindow: onVisibleChanged must not hear it.
    for (QQuickWindow *window : {m_signIn.data(), m_account.data()}) {
        if (window) {
            disconnect(window, nullptr, this, nullptr);
            delete window;
        }
    }
    delete m_engine;
}

QString QmlWindows::qmlUrl(Kind kind)
{
    // Qt 6.4 has no loadFromModule(); qt_add_qml_module puts the files under /<URI path>.
    return kind == Kind::SignIn ? QStringLiteral("qrc:/Astro/SignIn/SignInWindow.qml")
                                : QStringLiteral("qrc:/Astro/SignIn/AccountWindow.qml");
}

QQmlEngine *QmlWindows::engine()
{
    if (!m_engine) {
        m_engine = new QQmlEngine(this);
        m_engine->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
        // Read by qml/Theme.qml. It outlives the engine: one palette for the whole run.
        m_engine->rootContext()->setContextProperty(QStringLiteral("astroTheme"), m_theme);
    }
    return m_engine;
}

QQuickWindow *QmlWindows::window(Kind kind) const
{
    return kind == Kind::SignIn ? m_signIn.data() : m_account.data();
}

QQuickWindow *QmlWindows::show(Kind kind, const QVariantMap &properties)
{
    QPointer<QQuickWindow> &slot = kind == Kind::SignIn ? m_signIn : m_account;
    qCDebug(lcWindows) << "showing" << qmlUrl(kind);
    if (!slot) {
        QQmlComponent component(engine(), QUrl(qmlUrl(kind)));
        QObject *object = component.createWithInitialProperties(properties);
        slot = qobject_cast<QQuickWindow *>(object);
        if (!slot) {
            qCWarning(lcWindows).noquote()
                << "cannot create" << qmlUrl(kind) << component.errorString();
            delete object;
            return nullptr;
        }
        connect(slot, &QQuickWindow::visibleChanged, this,
                [this, kind](bool visible) { onVisibleChanged(kind, visible); });
    }
    slot->show();
    slot->raise();
    slot->requestActivate();
    return slot;
}

void QmlWindows::onVisibleChanged(Kind kind, bool visible)
{
    if (visible)
        return;
    QPointer<QQuickWindow> &slot = kind == Kind::SignIn ? m_signIn : m_account;
    if (slot) {
        slot->deleteLater();
        slot = nullptr;
    }
    if (!m_signIn && !m_account && m_engine) {
        m_engine->deleteLater();
        m_engine = nullptr;
        // Once, after the deferred deletions have run: not a recurring wake-up.
        QTimer::singleShot(1000, this, &releaseFreedMemory);
    }
    Q_EMIT windowClosed(kind);
}

} // namespace ast::tray
