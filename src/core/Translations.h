#pragma once

namespace ast {

// Installs, on the running QCoreApplication, the catalog of the user's language
// (:/i18n/astro_<lang>.qm, embedded in ast and astro-tray) and then Qt's own catalog of that
// language, if the system has one. Call it right after creating the application object.
// Does nothing, and costs nothing, when the messages locale is C/POSIX or English.
// Returns whether a catalog of ours was installed.
bool installTranslations();

} // namespace ast
