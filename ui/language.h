#pragma once

#include <QString>

class QCoreApplication;

namespace revalign::ui {

// Installs Qt's and RevAlign's translators for `language` ("th", "en"; empty = the saved setting, else
// the system locale) and makes QLocale's default follow it, so numbers and dates match the language.
// Returns the language actually used.
QString installLanguage(QCoreApplication& app, const QString& language);

} // namespace revalign::ui
