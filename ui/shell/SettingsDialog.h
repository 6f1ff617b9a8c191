#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace frontline::ui {

// The operator's preferences: the UI language (applies at the next start) and the sound.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *soundBox() const { return m_sound; }

    void accept() override;

private:
    QComboBox *m_language;
    QCheckBox *m_sound;
};

} // namespace frontline::ui
