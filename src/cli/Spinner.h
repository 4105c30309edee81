#pragma once

#include <QObject>
#include <QTimer>

namespace ast::cli {

class Terminal;

// An animated status line on stderr while `login` waits. Only on a TTY: in a pipe or a log
// the caller prints one plain line instead, so no control characters end up in files.
class Spinner : public QObject
{
    Q_OBJECT
public:
    Spinner(const Terminal &terminal, QObject *parent = nullptr);

    void start(const QString &text);
    void setText(const QString &text) { m_text = text; }
    // Clears the line, so the next message starts on a clean row.
    void stop();

private:
    void draw();

    const Terminal &m_terminal;
    QTimer m_timer;
    QString m_text;
    int m_frame = 0;
};

} // namespace ast::cli
