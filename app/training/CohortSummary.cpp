#include "app/training/CohortSummary.h"

#include "protocol/CsvRow.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace frontline::app {

CohortSummary CohortSummary::of(const QList<QJsonObject> &exams)
{
    CohortSummary summary;
    QHash<QString, double> lowest; // a band's lowest total seen, to order the bands
    double sum = 0;
    for (const QJsonObject &exam : exams) {
        const QJsonObject result = exam.value(u"result").toObject();
        if (exam.value(u"mode").toString() != u"exam" ||
            exam.value(u"state").toString() != u"closed" || !result.contains(u"total"))
            continue;
        Trainee trainee{exam.value(u"operator_name").toString(),
                        exam.value(u"operator_id").toString(),
                        exam.value(u"id").toString(),
                        result.value(u"total").toDouble(),
                        result.value(u"band").toString(),
                        result.value(u"passed").toBool(),
                        exam.value(u"closed_at").toString()};
        ++summary.taken;
        summary.passed += trainee.passed ? 1 : 0;
        sum += trainee.total;
        auto band = std::find_if(summary.bands.begin(), summary.bands.end(),
                                 [&](const Band &each) { return each.label == trainee.band; });
        if (band == summary.bands.end())
            summary.bands.append({trainee.band, 1});
        else
            ++band->count;
        lowest[trainee.band] = std::min(lowest.value(trainee.band, 101.0), trainee.total);
        summary.trainees.append(trainee);
    }
    summary.mean = summary.taken > 0 ? std::round(100 * sum / summary.taken) / 100 : 0;
    std::stable_sort(summary.bands.begin(), summary.bands.end(), [&](const Band &a, const Band &b) {
        return lowest.value(a.label) > lowest.value(b.label);
    });
    std::stable_sort(summary.trainees.begin(), summary.trainees.end(),
                     [](const Trainee &a, const Trainee &b) { return a.total > b.total; });
    return summary;
}

QByteArray CohortSummary::toCsv() const
{
    QByteArray csv = protocol::CsvRow({QStringLiteral("trainee"), QStringLiteral("operator_id"),
                                       QStringLiteral("exam_id"), QStringLiteral("total"),
                                       QStringLiteral("band"), QStringLiteral("passed"),
                                       QStringLiteral("closed_at")})
                         .toCsv();
    for (const Trainee &trainee : trainees) {
        csv += protocol::CsvRow()
                   .text(trainee.name)
                   .text(trainee.operatorId)
                   .text(trainee.examId)
                   .number(trainee.total)
                   .text(trainee.band)
                   .text(trainee.passed ? QStringLiteral("yes") : QStringLiteral("no"))
                   .time(QDateTime::fromString(trainee.closedAt, Qt::ISODateWithMs))
                   .toCsv();
    }
    return csv;
}

} // namespace frontline::app
