#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTableWidget;

namespace frontline::ui {

// Every keyboard shortcut of the app, read from the one table they are registered from
// (ShortcutTable): the keys, what they do and where. Follows a language switch while open.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QStringList shortcutTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTableWidget *m_table;
};

} // namespace frontline::ui
