#include "ui/qa/ScoreBreakdownView.h"

#include "ui/qa/ScorecardForm.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace frontline::ui {

ScoreBreakdownView::ScoreBreakdownView(QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("scoreBreakdown"));
    m_score->setObjectName(QStringLiteral("reviewScore"));
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);
    QFont bigger = m_score->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_score->setFont(bigger);
    m_table->setObjectName(QStringLiteral("reviewBreakdown"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_score);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString ScoreBreakdownView::scoreText() const
{
    return m_score->text();
}

void ScoreBreakdownView::showScore(const protocol::Scorecard &card, const protocol::QaScore &score)
{
    m_shown = std::pair{card, score};
    showAgain();
}

void ScoreBreakdownView::showIncomplete(int unanswered, const QString &problem)
{
    m_shown.reset();
    m_unanswered = unanswered;
    m_problem = problem;
    showAgain();
}

void ScoreBreakdownView::showAgain()
{
    const QLocale locale;
    if (!m_shown) {
        m_table->setRowCount(0);
        m_table->setFixedHeight(m_table->horizontalHeader()->height() + 2 * m_table->frameWidth());
        m_score->setText(m_problem.isEmpty()
                             ? tr("Score: %n criteria to answer", nullptr, m_unanswered)
                             : tr("Score: %1").arg(m_problem));
        m_score->setAccessibleName(m_score->text());
        return;
    }
    const auto &[card, score] = *m_shown;
    m_score->setText(score.criticalMissed
                         ? tr("Critical criterion missed: score 0")
                         : tr("Score: %1 %").arg(locale.toString(score.percent, 'f', 1)));
    m_score->setAccessibleName(m_score->text());
    m_table->setRowCount(int(score.breakdown.size()));
    for (int row = 0; row < score.breakdown.size(); ++row) {
        const protocol::QaCriterionScore &line = score.breakdown.at(row);
        const protocol::ScorecardCriterion *criterion = card.criterion(line.criterionId);
        const QString title = criterion ? criterion->title : line.criterionId;
        const QString answer =
            criterion ? ScorecardForm::valueText(criterion->scale, line.value) : QString();
        const QStringList cells{
            line.criticalMissed ? tr("%1 — critical, missed").arg(title) : title,
            answer,
            QString::number(line.weight),
            line.value ? locale.toString(line.effectiveWeight, 'f', 2) : tr("N/A"),
            line.value ? locale.toString(line.points, 'f', 2) : tr("N/A"),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= WeightColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Every criterion in sight: the review screen scrolls as a whole, not this table inside it.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void ScoreBreakdownView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Answer"), tr("Weight"), tr("Effective weight"), tr("Points")});
    m_table->setAccessibleName(tr("How the score was computed"));
    showAgain();
}

void ScoreBreakdownView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
