#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class QQmlEngine;
class QQuickWindow;

namespace ast::tray {

class ThemePalette;

// The QML windows (module Astro.SignIn, in qml/): creates each on demand, raises it when it
// is already open, and drops the QML engine when the last window closes, so an idle tray
// carries no scene graph.
class QmlWindows : public QObject
{
    Q_OBJECT
public:
    enum class Kind { SignIn, Account };

    explicit QmlWindows(QObject *parent = nullptr);
    ~QmlWindows() override;

    // `properties` are set as the window's initial properties on creation.
    QQuickWindow *show(Kind kind, const QVariantMap &properties);
    QQuickWindow *window(Kind kind) const;

    static QString qmlUrl(Kind kind);
    ThemePalette *theme() const { return m_theme; }

Q_SIGNALS:
    void windowClosed(ast::tray::QmlWindows::Kind kind);

private:
    QQmlEngine *engine();
    void onVisibleChanged(Kind kind, bool visible);

    ThemePalette *m_theme;
    QQmlEngine *m_engine = nullptr;
    QPointer<QQuickWindow> m_signIn;
    QPointer<QQuickWindow> m_account;
};

} // namespace ast::tray
