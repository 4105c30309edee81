#include "cli/Spinner.h"

#include "cli/Terminal.h"

namespace ast::cli {

namespace {
const QString Frames = QStringLiteral("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏");
}

Spinner::Spinner(const Terminal &terminal, QObject *parent)
    : QObject(parent)
    , m_terminal(terminal)
{
    m_timer.setInterval(120);
    connect(&m_timer, &QTimer::timeout, this, &Spinner::draw);
}

void Spinner::start(const QString &text)
{
    m_text = text;
    draw();
    m_timer.start();
}

void Spinner::draw()
{
    m_frame = (m_frame + 1) % Frames.size();
    m_terminal.raw(QStringLiteral("\r\x1b[2K") + Frames.at(m_frame) + u' ' + m_text);
}

void Spinner::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_terminal.raw(QStringLiteral("\r\x1b[2K"));
}

} // namespace ast::cli
