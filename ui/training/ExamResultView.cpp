#include "ui/training/ExamResultView.h"

#include "protocol/ExamScoring.h"
#include "ui/training/ExamReplay.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace frontline::ui {
namespace {

QString points(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString timeText(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                        : QString();
}

QTreeWidget *newTree(const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ExamResultView::ExamResultView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_scores(newTree(QStringLiteral("examScores"), this))
    , m_questions(newTree(QStringLiteral("examQuestionScores"), this))
    , m_timeline(newTree(QStringLiteral("examTimeline"), this))
    , m_replay(new ExamReplay(this))
{
    setObjectName(QStringLiteral("examResult"));
    m_summary->setObjectName(QStringLiteral("examSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_tabs->addTab(m_scores, QString());
    m_tabs->addTab(m_questions, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_replay, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

QString ExamResultView::criterionText(const QString &criterion)
{
    if (criterion == u"resolution")
        return tr("Resolution");
    if (criterion == u"article")
        return tr("Article found");
    if (criterion == u"article_time")
        return tr("Time to the article");
    if (criterion == u"escalation")
        return tr("Escalation");
    if (criterion == u"first_response")
        return tr("First response");
    if (criterion == u"handle_time")
        return tr("Handle time");
    return criterion;
}

QString ExamResultView::summaryText(const QJsonObject &exam)
{
    const QJsonObject result = exam.value(u"result").toObject();
    const QString who = exam.value(u"operator_name").toString();
    if (result.isEmpty())
        return tr("%1: no result yet").arg(who);
    return tr("%1: %2 of 100, %3, %4")
        .arg(who, points(result.value(u"total").toDouble()), result.value(u"band").toString(),
             result.value(u"passed").toBool() ? tr("passed") : tr("not passed"));
}

void ExamResultView::showExam(const QJsonObject &exam)
{
    m_exam = exam;
    const QJsonObject result = exam.value(u"result").toObject();
    m_summary->setText(summaryText(exam));
    fillScores(result);
    fillQuestions(result);
    fillTimeline(result);
    m_replay->setTranscripts(result.value(u"transcripts").toArray());
}

void ExamResultView::fillScores(const QJsonObject &result)
{
    m_scores->clear();
    auto parsed = protocol::ExamResult::fromJson(result);
    if (!parsed)
        return;
    QHash<QString, QString> titles; // scenario id -> title
    for (const QJsonValue &conversation : m_exam.value(u"conversations").toArray())
        titles.insert(conversation[u"scenario_id"].toString(), conversation[u"title"].toString());
    for (const protocol::ExamScenarioScore &scenario : parsed.value().scenarios) {
        auto *row = new QTreeWidgetItem(m_scores);
        row->setText(0, titles.value(scenario.scenarioId, scenario.scenarioId));
        row->setText(1, points(scenario.score));
        row->setText(2, QStringLiteral("100"));
        row->setText(3, scenario.answered ? QString() : tr("Never answered before the close"));
        for (const protocol::ExamCriterionScore &criterion : scenario.criteria) {
            auto *line = new QTreeWidgetItem(row);
            line->setText(0, criterionText(protocol::toString(criterion.criterion)));
            line->setText(1, criterion.applicable ? points(criterion.points) : tr("N/A"));
            line->setText(2, points(criterion.max));
            QStringList what;
            if (!criterion.subject.isEmpty())
                what.append(criterion.subject);
            if (criterion.seconds)
                what.append(tr("after %n s", nullptr, int(*criterion.seconds)));
            line->setText(3, what.join(QStringLiteral(", ")));
            line->setToolTip(3, criterion.explanation);
        }
        row->setExpanded(true);
    }
    m_scores->resizeColumnToContents(0);
}

void ExamResultView::fillQuestions(const QJsonObject &result)
{
    m_questions->clear();
    QHash<QString, QString> texts;
    for (const QJsonValue &question : m_exam.value(u"questions").toArray())
        texts.insert(question[u"id"].toString(), question[u"text"].toString());
    for (const QJsonValue &each : result.value(u"questions").toArray()) {
        const QJsonObject score = each.toObject();
        const QString id = score.value(u"question_id").toString();
        auto *row = new QTreeWidgetItem(m_questions);
        row->setText(0, texts.value(id, id));
        row->setText(1, points(score.value(u"score").toDouble()));
        const QJsonValue seconds = score.value(u"seconds");
        row->setText(2, seconds.isDouble() ? tr("%n s", nullptr, seconds.toInt())
                                           : tr("not answered"));
        QStringList notes;
        if (score.value(u"late").toBool())
            notes.append(tr("after the time limit"));
        QStringList articles;
        for (const QJsonValue &slug : score.value(u"articles_opened").toArray())
            articles.append(slug.toString());
        if (!articles.isEmpty())
            notes.append(tr("articles opened: %1").arg(articles.join(QStringLiteral(", "))));
        row->setText(3, notes.join(QStringLiteral("; ")));
        row->setToolTip(3, score.value(u"explanation").toString());
    }
    m_questions->resizeColumnToContents(0);
}

QString ExamResultView::kindText(const QString &kind) const
{
    if (kind == u"message")
        return tr("Message");
    if (kind == u"search")
        return tr("Search");
    if (kind == u"article_opened")
        return tr("Article opened");
    if (kind == u"article_inserted")
        return tr("Article inserted");
    if (kind == u"escalation")
        return tr("Escalation");
    if (kind == u"resolution")
        return tr("Resolution");
    if (kind == u"answer")
        return tr("Answer");
    if (kind == u"hint")
        return tr("Hint");
    return kind;
}

void ExamResultView::fillTimeline(const QJsonObject &result)
{
    m_timeline->clear();
    for (const QJsonValue &each : result.value(u"timeline").toArray()) {
        const QJsonObject entry = each.toObject();
        auto *row = new QTreeWidgetItem(m_timeline);
        row->setText(0, timeText(entry.value(u"at")));
        const QString ticket = entry.value(u"ticket_id").toString();
        row->setText(1, ticket.isEmpty()
                            ? tr("Question %1").arg(entry.value(u"question_id").toString())
                            : tr("Ticket %1").arg(ticket));
        row->setText(2, kindText(entry.value(u"kind").toString()));
        row->setText(3, entry.value(u"text").toString());
    }
    for (int column = 0; column < 3; ++column)
        m_timeline->resizeColumnToContents(column);
}

void ExamResultView::retranslateUi()
{
    m_tabs->setTabText(0, tr("Conversations"));
    m_tabs->setTabText(1, tr("Questions"));
    m_tabs->setTabText(2, tr("Timeline"));
    m_tabs->setTabText(3, tr("Replay"));
    m_scores->setHeaderLabels({tr("Scenario / criterion"), tr("Points"), tr("Of"), tr("Detail")});
    m_questions->setHeaderLabels({tr("Question"), tr("Points"), tr("Time"), tr("Detail")});
    m_timeline->setHeaderLabels({tr("Time"), tr("Where"), tr("What"), tr("Text")});
    m_scores->setAccessibleName(tr("Scores per conversation"));
    m_questions->setAccessibleName(tr("Scores per question"));
    m_timeline->setAccessibleName(tr("Timeline of the exam"));
    if (!m_exam.isEmpty())
        showExam(m_exam);
}

void ExamResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
