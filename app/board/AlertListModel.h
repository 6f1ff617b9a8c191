#pragma once

#include "app/board/Alert.h"

#include <QAbstractTableModel>

namespace frontline::app {

class AlertEvaluator;

// The supervisor's alert list: the alerts firing now, newest first, with when each fired, what it
// is, and whether she acknowledged it. Acknowledging keeps an alert listed (marked) until its
// condition ends; then it leaves the list by itself.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        WhatColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role
    {
        AlertKeyRole = Qt::UserRole + 1,
        SubjectRole,   // int(AlertSubject)
        SubjectIdRole, // queue, operator or ticket id
        KindRole,      // the rule's kind, as on the wire ("queue_waiting")
        AcknowledgedRole,
        FiredAtRole, // QDateTime, UTC
    };

    explicit AlertListModel(AlertEvaluator &evaluator, QObject *parent = nullptr);

    Alert alertAt(int row) const;
    int rowOf(const QString &key) const;
    bool isAcknowledged(int row) const;
    int unacknowledgedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void acknowledge(int row);
    void acknowledgeAll();

Q_SIGNALS:
    void unacknowledgedCountChanged(int count);

private:
    struct Row
    {
        Alert alert;
        bool acknowledged = false;
    };
    void add(const Alert &alert);
    void update(const Alert &alert);
    void remove(const Alert &alert);

    QList<Row> m_rows; // newest first
};

} // namespace frontline::app
