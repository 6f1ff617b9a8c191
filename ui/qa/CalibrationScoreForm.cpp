#include "ui/qa/CalibrationScoreForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace frontline::ui {
namespace {

// The item data of a choice: the value, or -1 for N/A; an invalid QVariant for "not chosen".
constexpr int NotApplicable = -1;

} // namespace

CalibrationScoreForm::CalibrationScoreForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_score(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_score);
    m_score->setTextFormat(Qt::PlainText);
    m_score->setObjectName(QStringLiteral("calibrationScore"));
    retranslateUi();
}

void CalibrationScoreForm::setScorecard(const protocol::Scorecard &card)
{
    m_card = card;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_choices.clear();
    for (const protocol::ScorecardCriterion &criterion : card.criteria()) {
        auto *box = new QComboBox(this);
        box->setObjectName(u"criterion-" + criterion.id);
        box->setProperty("criterionId", criterion.id);
        fillChoices(box, criterion);
        // Plain text: a card's titles are typed by people, never markup.
        auto *label = new QLabel(criterion.title, this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(box);
        box->setAccessibleName(criterion.title);
        m_form->addRow(label, box);
        m_choices.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            showScore();
            Q_EMIT answersChanged();
        });
    }
    showScore();
}

void CalibrationScoreForm::fillChoices(QComboBox *box,
                                       const protocol::ScorecardCriterion &criterion)
{
    const int chosen = box->currentIndex();
    box->clear();
    box->addItem(tr("Choose…"));
    if (criterion.scale == protocol::QaScale::YesNo) {
        box->addItem(tr("Yes"), 1);
        box->addItem(tr("No"), 0);
    } else {
        const auto [least, most] = protocol::qaScaleRange(criterion.scale);
        for (int value = least; value <= most; ++value)
            box->addItem(QLocale().toString(value), value);
    }
    if (criterion.naAllowed)
        box->addItem(tr("N/A"), NotApplicable);
    if (criterion.critical)
        box->setToolTip(tr("Critical: missing it makes the score 0"));
    box->setCurrentIndex(std::max(0, chosen));
}

void CalibrationScoreForm::setAnswers(const QList<protocol::QaAnswer> &answers)
{
    for (QComboBox *box : std::as_const(m_choices)) {
        const QString id = box->property("criterionId").toString();
        for (const protocol::QaAnswer &answer : answers) {
            if (answer.criterionId == id)
                box->setCurrentIndex(
                    std::max(0, box->findData(answer.value.value_or(NotApplicable))));
        }
    }
    showScore();
}

QList<protocol::QaAnswer> CalibrationScoreForm::answers() const
{
    QList<protocol::QaAnswer> list;
    for (QComboBox *box : m_choices) {
        const QVariant value = box->currentData();
        if (!value.isValid())
            return {};
        protocol::QaAnswer answer{box->property("criterionId").toString(), std::nullopt, {}};
        if (value.toInt() != NotApplicable)
            answer.value = value.toInt();
        list.append(answer);
    }
    return list;
}

Result<protocol::QaScore> CalibrationScoreForm::score() const
{
    const QList<protocol::QaAnswer> given = answers();
    if (given.isEmpty())
        return Error{QStringLiteral("incomplete"), tr("Answer every criterion to see the score")};
    return protocol::scoreReview(m_card, given);
}

QComboBox *CalibrationScoreForm::choiceFor(const QString &criterionId) const
{
    for (QComboBox *box : m_choices) {
        if (box->property("criterionId").toString() == criterionId)
            return box;
    }
    return nullptr;
}

void CalibrationScoreForm::showScore()
{
    const Result<protocol::QaScore> computed = score();
    if (!computed) {
        m_score->setText(computed.error().message);
    } else if (computed->criticalMissed) {
        m_score->setText(tr("Score: 0 (a critical criterion was missed)"));
    } else {
        m_score->setText(tr("Score: %1").arg(QLocale().toString(computed->percent, 'f', 1)));
    }
    m_score->setAccessibleName(m_score->text());
}

void CalibrationScoreForm::retranslateUi()
{
    const QList<protocol::ScorecardCriterion> criteria = m_card.criteria();
    for (qsizetype i = 0; i < m_choices.size() && i < criteria.size(); ++i)
        fillChoices(m_choices.at(i), criteria.at(i));
    showScore();
}

void CalibrationScoreForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
