#pragma once

#include <QIcon>

namespace ast::tray {

// The tray's icons. SVG is the source (resources/icons); PNG renditions are bundled too, so
// the icons show even where Qt's SVG plugin is not installed.
namespace Icons {
enum class Tray { SignedOut, SignedIn, Attention };

QIcon tray(Tray state);
QIcon application();
} // namespace Icons

} // namespace ast::tray
