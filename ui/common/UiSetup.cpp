#include "ui/common/UiSetup.h"

#include "protocol/Version.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initFrontlineQrc()
{
    Q_INIT_RESOURCE(frontline);
}

namespace frontline::ui {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("frontline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationVersion(protocol::version());
}

void initResources()
{
    initFrontlineQrc();
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // The catalogues of an earlier call go first (removing one sends LanguageChange too).
    for (QTranslator *old :
         app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (old->objectName() == u"qtTranslator" || old->objectName() == u"frontlineTranslator") {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(QStringLiteral("qtTranslator"));
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    translator->setObjectName(QStringLiteral("frontlineTranslator"));
    if (!translator->load(locale, QStringLiteral("frontline"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

static void retranslateRows(QAbstractItemModel &model, const QModelIndex &parent)
{
    const int rows = model.rowCount(parent);
    const int columns = model.columnCount(parent);
    if (rows == 0 || columns == 0)
        return;
    Q_EMIT model.dataChanged(model.index(0, 0, parent), model.index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (model.hasChildren(child))
            retranslateRows(model, child);
    }
}

void retranslateModel(QAbstractItemModel &model)
{
    if (const int columns = model.columnCount(); columns > 0)
        Q_EMIT model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    retranslateRows(model, {});
}

} // namespace frontline::ui
