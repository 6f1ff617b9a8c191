#include "ui/chat/ConflictBanner.h"

#include "app/commands/OperatorCommands.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

namespace frontline::ui {

namespace {

QString readable(const QJsonObject &changes)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == u"base" || it.value().isObject() || it.value().isArray())
            continue;
        parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConflictBanner::ConflictBanner(QWidget *parent)
    : Banner(QStringLiteral("conflictBanner"), QStringLiteral("rgba(220, 140, 0, 70)"), parent)
    , m_keepMine(new QPushButton)
    , m_takeTheirs(new QPushButton)
{
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    row()->addWidget(m_keepMine);
    row()->addWidget(m_takeTheirs);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictBanner::keepMineClicked);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictBanner::takeTheirsClicked);
}

void ConflictBanner::retranslateUi()
{
    setAccessibleName(tr("Conflicting change"));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setAccessibleName(tr("Keep my change"));
    m_takeTheirs->setText(tr("Take theirs"));
    m_takeTheirs->setAccessibleName(tr("Take the other change"));
}

void ConflictBanner::showConflict(const app::Conflict *conflict)
{
    if (!conflict) {
        hide();
        return;
    }
    // Only the fields the operator changed matter; the rest of the server's version is noise.
    QJsonObject theirs;
    for (auto it = conflict->mine.begin(); it != conflict->mine.end(); ++it) {
        if (conflict->theirs.contains(it.key()))
            theirs.insert(it.key(), conflict->theirs.value(it.key()));
    }
    textLabel()->setText(tr("Someone else changed this ticket. Yours: %1. Now: %2.")
                             .arg(readable(conflict->mine), readable(theirs)));
    show();
}

} // namespace frontline::ui
