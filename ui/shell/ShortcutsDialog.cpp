#include "ui/shell/ShortcutsDialog.h"

#include "ui/common/ShortcutTable.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace frontline::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setRowCount(int(ShortcutTable::entries().size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    retranslateUi();
    resize(720, 560);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleName(tr("Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    // In the table's order: the window first, then each pane as the focus moves through them.
    const QList<ShortcutEntry> &entries = ShortcutTable::entries();
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &entry = entries.at(row);
        const QStringList cells{ShortcutTable::keysText(entry.id),
                                ShortcutTable::actionText(entry.id),
                                ShortcutTable::areaName(entry.area)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QStringList ShortcutsDialog::shortcutTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_table->rowCount(); ++row)
        texts << m_table->item(row, 0)->text();
    return texts;
}

} // namespace frontline::ui
