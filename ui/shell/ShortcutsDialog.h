#pragma once

#include <QDialog>

class QTableWidget;

namespace frontline::ui {

// Every keyboard shortcut of the window: its actions' shortcuts, read from the actions themselves,
// and the keys that act on a focused list (Enter, Space, F6).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QStringList shortcutTexts() const;

private:
    QTableWidget *m_table;
};

} // namespace frontline::ui
