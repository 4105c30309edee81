#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <utility>

namespace ast {

// Wraps `done` so that it runs only while `context` lives, as QTimer::singleShot does with its
// context object. The work itself still finishes (a rotated refresh token is saved even when
// the window that asked for it has closed); only the delivery is dropped.
template<typename... Args>
std::function<void(Args...)> deliverTo(QObject *context, std::function<void(Args...)> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](Args... args) {
        if (guard)
            done(std::forward<Args>(args)...);
    };
}

} // namespace ast
