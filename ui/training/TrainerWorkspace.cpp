#include "ui/training/TrainerWorkspace.h"

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
