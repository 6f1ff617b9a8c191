#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace frontline::app {

// A cohort's exams in figures (issue 19, item 10): of a sandbox's closed exams (practice left
// out), how many passed, the mean total, how many fell in each band (best band first), and each
// trainee's total; with the same rows as CSV (protocol/CsvRow: the one writer of every export).
struct CohortSummary
{
    struct Band
    {
        QString label;
        int count = 0;
    };
    struct Trainee
    {
        QString name;
        QString operatorId;
        QString examId;
        double total = 0;
        QString band;
        bool passed = false;
        QString closedAt;
    };

    int taken = 0; // closed exams with a result
    int passed = 0;
    double mean = 0;
    QList<Band> bands;
    QList<Trainee> trainees; // by total, best first

    double passRate() const { return taken > 0 ? 100.0 * passed / taken : 0; }

    static CohortSummary of(const QList<QJsonObject> &exams);
    // One row per trainee: trainee, operator_id, exam_id, total, band, passed, closed_at.
    QByteArray toCsv() const;
};

} // namespace frontline::app
