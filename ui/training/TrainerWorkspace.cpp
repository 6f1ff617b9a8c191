#include "ui/training/TrainerWorkspace.h"

#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace frontline::ui {

TrainerWorkspace::TrainerWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("trainerWorkspace"));
    m_tabs->setObjectName(QStringLiteral("trainerPages"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
    // Ctrl+PgDown and Ctrl+PgUp move between the pages from anywhere in them: a table with the
    // focus would otherwise take them as its own page keys.
    const auto step = [this](int by) {
        const int count = m_tabs->count();
        if (count > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + count) % count);
    };
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [step] { step(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [step] { step(-1); });
}

int TrainerWorkspace::addPage(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

void TrainerWorkspace::setPageTitle(QWidget *page, const QString &title)
{
    const int index = m_tabs->indexOf(page);
    if (index >= 0)
        m_tabs->setTabText(index, title);
}

void TrainerWorkspace::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
}

QWidget *TrainerWorkspace::currentPage() const
{
    return m_tabs->currentWidget();
}

} // namespace frontline::ui
