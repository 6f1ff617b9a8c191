#pragma once

#include "protocol/Presence.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QWidget>

class QAreaSeries;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;

namespace frontline::app {
class BackOfficeClient;
class PresenceTimelineModel;
class RefreshPacer;
} // namespace frontline::app

namespace frontline::ui {

// Presence over the day for one operator, as a chart beside the supervisor's other charts: a
// lane per state (online, on break, offline) filled where she was in it, from local midnight to
// midnight, read from GET /operators/{id}/presence-intervals. The operator comes from the
// board's list, the day from today back to PresenceTimeline::MaxWindowDays days ago; both by
// keyboard. Saves itself as a PNG from its context menu (the Menu key), like the others.
class PresenceDayChart : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceDayChart(app::BackOfficeClient &client, QWidget *parent = nullptr);

    // The operators to choose from, (id, name), as the board lists them; the choice stays when
    // she is still there, else the first is chosen.
    void setOperators(const QList<QPair<QString, QString>> &operators);
    QString operatorId() const;
    // Clamped to the days the chart can show.
    void setDay(const QDate &day);
    QDate day() const;
    static QDate today() { return QDate::currentDate(); }

    app::PresenceTimelineModel *timeline() const { return m_timeline; }
    QComboBox *operatorField() const { return m_operator; }
    QDateEdit *dayField() const { return m_day; }
    QChartView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    app::RefreshPacer *pacer() const { return m_pacer; }

    // What the chart shows of a state: its bands and their seconds.
    int bandCount(protocol::PresenceStatus status) const;
    qint64 seconds(protocol::PresenceStatus status) const;
    QImage image() const;
    bool saveImage(const QString &path) const;

public Q_SLOTS:
    // Asks the back office for the chosen operator's chosen day.
    void refresh();
    // The board moved: today's chart asks again, at most once per pacer interval (presence
    // changes minutes apart; a fetch per poke would cost the back office for nothing).
    void followBoard();

Q_SIGNALS:
    void shown();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();
    void askToSave();
    void retranslateUi();
    void describe();

    app::PresenceTimelineModel *m_timeline;
    app::RefreshPacer *m_pacer;
    QLabel *m_operatorLabel;
    QComboBox *m_operator;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    QLabel *m_status;
    QChartView *m_view;
    QList<QAreaSeries *> m_lanes; // online, break, offline
};

} // namespace frontline::ui
