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
class QLineSeries;
class QStackedWidget;

namespace frontline::app {
class BackOfficeClient;
class CenterPresenceModel;
class PresenceTimelineModel;
class RefreshPacer;
} // namespace frontline::app

namespace frontline::ui {

// Presence over the day for one operator, as a chart beside the supervisor's other charts: a
// lane per state (online, on break, offline) filled where she was in it, from local midnight to
// midnight, read from GET /operators/{id}/presence-intervals. The operator comes from the
// board's list, the day from today back to PresenceTimeline::MaxWindowDays days ago; both by
// keyboard. Saves itself as a PNG from its context menu (the Menu key), like the others.
// First in the list, "Whole center" shows instead how many operators were online through the day,
// a stepped line from every listed operator's intervals (one request each, so only on demand).
class PresenceDayChart : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceDayChart(app::BackOfficeClient &client, QWidget *parent = nullptr);

    // The operators to choose from, (id, name), as the board lists them; the choice stays when
    // she is still there, else the first operator is chosen.
    void setOperators(const QList<QPair<QString, QString>> &operators);
    // The operator chosen, or WholeCenter.
    QString operatorId() const;
    static constexpr QLatin1StringView WholeCenter{"*"};
    bool showsWholeCenter() const { return operatorId() == WholeCenter; }
    // Clamped to the days the chart can show.
    void setDay(const QDate &day);
    QDate day() const;
    static QDate today() { return QDate::currentDate(); }

    app::PresenceTimelineModel *timeline() const { return m_timeline; }
    app::CenterPresenceModel *center() const { return m_center; }
    QComboBox *operatorField() const { return m_operator; }
    QDateEdit *dayField() const { return m_day; }
    // The lanes of one operator's day, and the whole center's line; one shows at a time.
    QChartView *view() const { return m_view; }
    QChartView *centerView() const { return m_centerView; }
    // The points of the whole center's stepped line.
    qsizetype centerPointCount() const;
    QLabel *statusLabel() const { return m_status; }
    app::RefreshPacer *pacer() const { return m_pacer; }

    // What the chart shows of a state: its bands and their seconds.
    int bandCount(protocol::PresenceStatus status) const;
    qint64 seconds(protocol::PresenceStatus status) const;
    // The chart showing now.
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
    void drawCenter();
    void setUpCenterView();
    void askToSave();
    void retranslateUi();
    void describe();

    app::PresenceTimelineModel *m_timeline;
    app::CenterPresenceModel *m_center;
    app::RefreshPacer *m_pacer;
    QLabel *m_operatorLabel;
    QComboBox *m_operator;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    QLabel *m_status;
    QStackedWidget *m_views;
    QChartView *m_view;
    QChartView *m_centerView;
    QLineSeries *m_centerLine;
    QList<QAreaSeries *> m_lanes; // online, break, offline
};

} // namespace frontline::ui
