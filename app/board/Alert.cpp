#include "app/board/Alert.h"

#include <QCoreApplication>

namespace frontline::app {
namespace {

// The words of alerts, for lupdate's context.
struct AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)
};

// 125 seconds as "2:05", an hour and more as "1:02:05".
QString duration(double seconds)
{
    const qint64 total = qint64(seconds);
    const qint64 hours = total / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(hours > 0 ? (total / 60) % 60 : total / 60,
                                            hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(total % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + u':' + minutesSeconds : minutesSeconds;
}

QString number(double value)
{
    return QString::number(value, 'f', value == qint64(value) ? 0 : 1);
}

} // namespace

QString alertText(const Alert &alert)
{
    using protocol::AlertKind;
    switch (alert.kind) {
    case AlertKind::QueueWaiting:
        return AlertText::tr("Queue %1: %2 waiting (over %3)")
            .arg(alert.subjectName, number(alert.value), number(alert.threshold));
    case AlertKind::OldestWait:
        return AlertText::tr("Queue %1: the oldest has waited %2 (over %3)")
            .arg(alert.subjectName, duration(alert.value), duration(alert.threshold));
    case AlertKind::ServiceLevel:
        return AlertText::tr("Queue %1: service level %2 % (under %3 %)")
            .arg(alert.subjectName, number(alert.value), number(alert.threshold));
    case AlertKind::SlaBreach:
        return (alert.detail == u"resolution"
                    ? AlertText::tr("Ticket #%1 missed its resolution time (queue %2)")
                    : AlertText::tr("Ticket #%1 missed its first-response time (queue %2)"))
            .arg(alert.subjectName, alert.queueId);
    case AlertKind::OperatorIdle:
        return AlertText::tr("%1 has been online without a chat for %2 min (over %3)")
            .arg(alert.subjectName, QString::number(qint64(alert.value)), number(alert.threshold));
    case AlertKind::OperatorCsat:
        return AlertText::tr("%1: CSAT %2 (under %3)")
            .arg(alert.subjectName, number(alert.value), number(alert.threshold));
    case AlertKind::HelpFlag:
        return alert.detail.isEmpty() ? AlertText::tr("%1 asks for help on ticket #%2")
                                            .arg(alert.byName, alert.subjectName)
                                      : AlertText::tr("%1 asks for help on ticket #%2: %3")
                                            .arg(alert.byName, alert.subjectName, alert.detail);
    }
    return {};
}

} // namespace frontline::app
