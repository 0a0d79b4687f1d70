#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace revalign::ui {

QString installLanguage(QCoreApplication& app, const QString& requested) {
    QString language = requested;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    if (language.isEmpty())
        language =
            QLocale::system().language() == QLocale::Thai ? QStringLiteral("th") : QStringLiteral("en");

    const QLocale locale = language == u"th" ? QLocale(QLocale::Thai, QLocale::Thailand)
                                             : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language == u"th") {
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto* ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/revalign_th.qm")))
            QCoreApplication::installTranslator(ours);
    }
    return language;
}

} // namespace revalign::ui
