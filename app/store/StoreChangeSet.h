#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace frontline::app {

// What one committed transaction changed in the LocalStore, by entity and id, so item models can
// update the affected rows instead of resetting.
struct StoreChangeSet
{
    QSet<QString> tickets;
    QMap<QString, QStringList> messagesAdded; // ticket id -> message ids, in insertion order
    QList<QPair<QString, QString>> messageIdsReplaced; // local echo id -> server id
    QSet<QString> messagesChanged; // a local echo's state changed (pending -> failed)
    QSet<QString> escalations;
    QSet<QString> helpFlags;
    QSet<QString> slaBreaches;
    QSet<QString> customers;
    QSet<QString> kbArticles;
    QSet<QString> macros;
    QSet<QString> presence;
    QSet<QString> operators;
    // QA reviews as the feed brought them (qa_review): not cached, only announced to the
    // reviewed operator; the reviews themselves are read online.
    QList<QJsonObject> qaReviews;
    // Courses a trainer assigned (issue 19): their ids, and those the feed brought for the first
    // time, as it brought them (the status bar tells her of a new one).
    QSet<QString> trainingCourses;
    QList<QJsonObject> coursesAssigned;
    QSet<QString> exams; // the trainee's exams (issue 19), by id
    bool outbox = false;
    bool conflicts = false;
    bool cursor = false;

    bool isEmpty() const
    {
        return tickets.isEmpty() && messagesAdded.isEmpty() && messageIdsReplaced.isEmpty() &&
               messagesChanged.isEmpty() && escalations.isEmpty() && helpFlags.isEmpty() &&
               slaBreaches.isEmpty() && customers.isEmpty() && kbArticles.isEmpty() &&
               macros.isEmpty() && presence.isEmpty() && operators.isEmpty() &&
               qaReviews.isEmpty() && trainingCourses.isEmpty() && exams.isEmpty() && !outbox &&
               !conflicts && !cursor;
    }
};

} // namespace frontline::app

Q_DECLARE_METATYPE(frontline::app::StoreChangeSet)
