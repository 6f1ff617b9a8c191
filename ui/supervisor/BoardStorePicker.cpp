#include "ui/supervisor/BoardStorePicker.h"

#include "app/board/StoreDirectory.h"

#include <QEvent>

namespace frontline::ui {

BoardStorePicker::BoardStorePicker(app::StoreDirectory *stores, QWidget *parent)
    : QComboBox(parent)
    , m_stores(stores)
{
    setObjectName(QStringLiteral("boardStoreChoice"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(QString(), QString());
    retranslateUi();
    hide();
    connect(stores, &app::StoreDirectory::loaded, this, &BoardStorePicker::fill);
    // Keys move the choice too: activated() says both.
    connect(this, &QComboBox::activated, this, &BoardStorePicker::choose);
}

QString BoardStorePicker::projectId() const
{
    return currentData().toString();
}

QString BoardStorePicker::storeName() const
{
    const protocol::Project *store = m_stores->store(projectId());
    return store ? store->name : QString();
}

QString BoardStorePicker::storeSlug() const
{
    const protocol::Project *store = m_stores->store(projectId());
    return store ? store->slug : QString();
}

void BoardStorePicker::setProjectId(const QString &projectId)
{
    m_wanted = projectId;
    if (m_stores->isLoaded())
        fill();
}

void BoardStorePicker::fill()
{
    const QString wanted = m_wanted.value_or(projectId());
    m_wanted.reset();
    while (count() > 1)
        removeItem(1);
    for (const protocol::Project &store : m_stores->stores())
        addItem(store.name, store.id);
    setCurrentIndex(std::max(0, findData(wanted)));
    setVisible(count() > 1);
    choose();
}

void BoardStorePicker::choose()
{
    if (projectId() == m_chosen)
        return;
    m_chosen = projectId();
    Q_EMIT storeChosen(m_chosen);
}

void BoardStorePicker::retranslateUi()
{
    setItemText(0, tr("Whole center"));
    setAccessibleName(tr("Board store"));
    setToolTip(tr("The whole center's board or one store's"));
}

void BoardStorePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

} // namespace frontline::ui
