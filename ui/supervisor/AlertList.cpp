#include "ui/supervisor/AlertList.h"

#include "app/board/AlertEvaluator.h"
#include "app/board/AlertListModel.h"
#include "ui/common/ShortcutTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

AlertList::AlertList(app::AlertEvaluator &evaluator, QWidget *parent)
    : QWidget(parent)
    , m_model(new app::AlertListModel(evaluator, this))
{
    setObjectName(QStringLiteral("alertList"));
    m_title = new QLabel;
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("alertView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(app::AlertListModel::WhatColumn,
                                                     QHeaderView::Stretch);
    m_view->installEventFilter(this);
    m_title->setBuddy(m_view);
    m_acknowledge = new QPushButton;
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_rules = new QPushButton;
    m_rules->setObjectName(QStringLiteral("alertRulesButton"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertList::acknowledgeSelected);
    connect(m_rules, &QPushButton::clicked, this, &AlertList::rulesRequested);
    connect(m_view, &QTableView::doubleClicked, this, &AlertList::openSelected);
    ShortcutTable::install(Shortcut::AlertRules, this, Qt::WidgetWithChildrenShortcut,
                           [this] { Q_EMIT rulesRequested(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_rules);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(&evaluator, &app::AlertEvaluator::fired, this, [this](const app::Alert &alert) {
        Q_EMIT notificationWanted(alert.subject == app::AlertSubject::Ticket ? alert.subjectId
                                                                             : QString(),
                                  app::alertText(alert));
    });
    connect(m_model, &app::AlertListModel::unacknowledgedCountChanged, this,
            &AlertList::retranslateUi);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertList::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertList::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertList::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AlertList::updateButtons);
    retranslateUi();
    updateButtons();
}

int AlertList::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return current.row();
    return m_model->rowCount() > 0 ? 0 : -1; // the newest, when nothing is chosen yet
}

void AlertList::acknowledgeSelected()
{
    m_model->acknowledge(currentRow());
}

void AlertList::openSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const app::Alert alert = m_model->alertAt(row);
    switch (alert.subject) {
    case app::AlertSubject::Ticket:
        Q_EMIT ticketRequested(alert.subjectId);
        return;
    case app::AlertSubject::Operator:
        Q_EMIT operatorRequested(alert.subjectId);
        return;
    case app::AlertSubject::Queue:
        Q_EMIT queueRequested(alert.subjectId);
        return;
    }
}

bool AlertList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (ShortcutTable::matches(Shortcut::AlertOpenSubject, key)) {
            openSelected();
            return true;
        }
        if (ShortcutTable::matches(Shortcut::AlertAcknowledge, key)) {
            acknowledgeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AlertList::updateButtons()
{
    const int row = currentRow();
    m_acknowledge->setEnabled(row >= 0 && !m_model->isAcknowledged(row));
}

void AlertList::retranslateUi()
{
    const int fresh = m_model->unacknowledgedCount();
    m_title->setText(fresh > 0 ? tr("&Alerts (%n new)", nullptr, fresh) : tr("&Alerts"));
    m_view->setAccessibleName(tr("Alert list"));
    m_view->setAccessibleDescription(
        tr("Enter opens what the alert is about; Space acknowledges it"));
    m_acknowledge->setText(tr("Ac&knowledge"));
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alert"));
    m_rules->setText(tr("R&ules…"));
    m_rules->setAccessibleName(tr("Edit the alert rules"));
    setAccessibleName(tr("Alerts"));
}

void AlertList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
