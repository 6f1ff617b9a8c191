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
class QLineSeries;

namespace frontline::ui {

// The supervisor's charts over a window, for one queue or all: contacts arrived and handled, AHT,
// service level and CSAT, a point per hour (per day for windows over a week). Each chart has an
// accessible name and a summary, takes the keyboard focus, and saves itself as a PNG from its
// context menu (the Menu key). Fed by the back office through the fetcher, or by setSeries().
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

Q_SIGNALS:
    void seriesShown();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    static qsizetype index(Chart chart) { return qsizetype(chart); }
    QChartView *addChart(int row, int column);
    void askToSave(Chart chart);
    void retranslateUi();
    void describe();

    app::ReportFetcher *m_fetcher;
    app::ReportWindow m_window;
    protocol::KpiSeries m_series;
    quint64 m_asked = 0; // answers to older requests are dropped
    QComboBox *m_queue;
    QLabel *m_queueLabel;
    QLabel *m_status;
    QList<QChartView *> m_views;
    QList<QList<QLineSeries *>> m_lines; // per chart
};

} // namespace frontline::ui
