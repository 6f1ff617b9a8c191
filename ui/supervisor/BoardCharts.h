#pragma once

#include "app/reports/ReportFetcher.h"
#include "protocol/Reports.h"

#include <QImage>
#include <QWidget>

#include <array>
#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QGridLayout;
class QLineSeries;
class QScrollArea;

namespace frontline::app {
class RefreshPacer;
}

namespace frontline::ui {

class PresenceDayChart;

// The supervisor's charts over a window, for one queue or all: contacts arrived and handled, AHT,
// service level and CSAT, a point per hour (per day for windows over a week). Each chart has an
// accessible name and a summary, takes the keyboard focus, and saves itself as a PNG from its
// context menu (the Menu key). Fed by the back office through the fetcher, or by setSeries().
// The charts scroll below the queue picker; the presence chart, when given, comes last.
class BoardCharts : public QWidget
{
    Q_OBJECT
public:
    enum class Chart
    {
        Contacts,
        HandleTime,
        ServiceLevel,
        Csat
    };
    static constexpr std::array<Chart, 4> Charts{Chart::Contacts, Chart::HandleTime,
                                                 Chart::ServiceLevel, Chart::Csat};

    // Without a fetcher the charts show only what setSeries() gives them (the PDF report).
    explicit BoardCharts(app::ReportFetcher *fetcher, QWidget *parent = nullptr);

    // The queues to choose from: (id, name) pairs; "All queues" comes first.
    void setQueues(const QList<std::pair<QString, QString>> &queues);
    void setSeries(const protocol::KpiSeries &series);
    const protocol::KpiSeries &series() const { return m_series; }

    QChartView *view(Chart chart) const { return m_views.at(index(chart)); }
    QComboBox *queueField() const { return m_queue; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // Puts the operator's presence over the day below the other charts (it keeps its own
    // operator and day; the window and queue do not apply to it).
    void setPresenceChart(PresenceDayChart *chart);
    PresenceDayChart *presenceChart() const { return m_presence; }
    app::RefreshPacer *pacer() const { return m_pacer; }
    // Series requests sent so far (tests count them).
    int fetchCount() const { return m_fetches; }
    // The points one line of a chart shows (the contacts chart has two: arrived, handled).
    qsizetype pointCount(Chart chart, int line = 0) const;
    // The chart as it is on screen now.
    QImage image(Chart chart) const;
    bool saveImage(Chart chart, const QString &path) const;
    // "hour" for windows up to a week, else "day" (the back office gives at most 1,000 points).
    static QString bucketFor(const app::ReportWindow &window);

public Q_SLOTS:
    // Fetches the window's series for the queue chosen, and shows it when it comes.
    void setWindow(const app::ReportWindow &window);
    void refresh();
    // A new board arrived for a live window (one that ends now, given as of now): the charts
    // follow it, at most once per pacer interval, keeping the queue chosen.
    void followBoard(const app::ReportWindow &window);

Q_SIGNALS:
    void seriesShown();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    static qsizetype index(Chart chart) { return qsizetype(chart); }
    QChartView *addChart(int row, int column);
    void fetch();
    void askToSave(Chart chart);
    void retranslateUi();
    void describe();

    app::ReportFetcher *m_fetcher;
    app::ReportWindow m_window;
    protocol::KpiSeries m_series;
    app::ReportWindow m_followed; // the live window as of the latest board
    quint64 m_asked = 0;          // answers to older requests are dropped
    int m_fetches = 0;
    app::RefreshPacer *m_pacer;
    QComboBox *m_queue;
    QLabel *m_queueLabel;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    PresenceDayChart *m_presence = nullptr;
    QList<QChartView *> m_views;
    QList<QList<QLineSeries *>> m_lines; // per chart
};

} // namespace frontline::ui
