#include "ui/shell/SettingsDialog.h"

#include "ui/common/UiSettings.h"
#include "ui/common/UiSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace frontline::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_sound(new QCheckBox(tr("Play a sound with notifications"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    // Each language in its own words, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiSettings::language())));

    m_sound->setObjectName(QStringLiteral("soundBox"));
    m_sound->setAccessibleName(tr("Notification sound"));
    m_sound->setChecked(UiSettings::soundEnabled());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(QString(), m_sound);
    layout->addRow(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool changed = language != UiSettings::language();
    UiSettings::setLanguage(language);
    UiSettings::setSoundEnabled(m_sound->isChecked());
    QDialog::accept();
    // At once, in every window: each widget retranslates on the LanguageChange that follows.
    if (changed)
        installTranslations(*QCoreApplication::instance(), UiSettings::uiLocale());
}

} // namespace frontline::ui
