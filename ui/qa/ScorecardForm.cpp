#include "ui/qa/ScorecardForm.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace frontline::ui {
namespace {

// The N/A button's id in a criterion's group: no scale reaches it (and -1 would let
// QButtonGroup choose an id of its own).
constexpr int NotApplicable = 100;

} // namespace

ScorecardForm::ScorecardForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scorecardForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_body = new QWidget(this);
    new QVBoxLayout(m_body);
    m_body->layout()->setContentsMargins(0, 0, 0, 0);
    m_overallLabel = new QLabel(this);
    m_overall = new QPlainTextEdit(this);
    m_overall->setObjectName(QStringLiteral("reviewOverallComment"));
    m_overall->setTabChangesFocus(true);
    m_overall->setMaximumHeight(90);
    m_overallLabel->setBuddy(m_overall);
    layout->addWidget(m_body);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_overall);
    connect(m_overall, &QPlainTextEdit::textChanged, this, [this] {
        m_draft.setOverallComment(m_overall->toPlainText());
        Q_EMIT changed();
    });
    retranslateUi();
}

QString ScorecardForm::valueText(protocol::QaScale scale, std::optional<int> value)
{
    if (!value)
        return tr("N/A");
    if (scale == protocol::QaScale::YesNo)
        return *value == 1 ? tr("Yes") : tr("No");
    return QString::number(*value);
}

void ScorecardForm::clear()
{
    const QList<QWidget *> old = m_body->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *widget : old)
        delete widget;
    qDeleteAll(m_choices);
    m_choices.clear();
    m_comments.clear();
    m_groups.clear();
}

void ScorecardForm::setScorecard(const protocol::Scorecard &card)
{
    clear();
    m_draft = app::QaReviewDraft(card);
    auto *layout = static_cast<QVBoxLayout *>(m_body->layout());
    for (const protocol::ScorecardSection &section : card.sections) {
        auto *box = new QGroupBox(section.title, m_body);
        box->setAccessibleName(section.title);
        auto *criteria = new QVBoxLayout(box);
        for (const protocol::ScorecardCriterion &criterion : section.criteria)
            addCriterion(criteria, criterion);
        layout->addWidget(box);
    }
    m_overall->blockSignals(true);
    m_overall->clear();
    m_overall->blockSignals(false);
    setReadOnly(false);
    Q_EMIT changed();
}

void ScorecardForm::addCriterion(QVBoxLayout *section,
                                 const protocol::ScorecardCriterion &criterion)
{
    auto *group = new QWidget(section->parentWidget());
    group->setObjectName(u"criterion-" + criterion.id);
    // The criterion names its buttons' group for a screen reader (issue 18: accessible names).
    group->setAccessibleName(criterion.title);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(group);
    title->setObjectName(QStringLiteral("criterionTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    row->addWidget(title, 1);
    auto *buttons = new QButtonGroup(this);
    buttons->setExclusive(true);
    const auto [least, most] = protocol::qaScaleRange(criterion.scale);
    QList<std::optional<int>> values;
    if (criterion.scale == protocol::QaScale::YesNo)
        values = {1, 0};
    else
        for (int value = least; value <= most; ++value)
            values.append(value);
    if (criterion.naAllowed)
        values.append(std::nullopt);
    for (const std::optional<int> &value : values) {
        auto *button = new QRadioButton(group);
        buttons->addButton(button, value.value_or(NotApplicable));
        row->addWidget(button);
    }
    auto *comment = new QLineEdit(group);
    comment->setObjectName(u"comment-" + criterion.id);
    comment->setMaxLength(2000);
    row->addWidget(comment, 1);
    section->addWidget(group);
    const QString id = criterion.id;
    connect(buttons, &QButtonGroup::idClicked, this, [this, id](int value) {
        m_draft.answer(id, value == NotApplicable ? std::nullopt : std::optional<int>(value));
        Q_EMIT changed();
    });
    connect(comment, &QLineEdit::textChanged, this, [this, id](const QString &text) {
        m_draft.setComment(id, text);
        Q_EMIT changed();
    });
    m_choices.insert(id, buttons);
    m_comments.insert(id, comment);
    m_groups.insert(id, group);
    retranslateCriterion(criterion);
}

void ScorecardForm::retranslateCriterion(const protocol::ScorecardCriterion &criterion)
{
    QWidget *group = m_groups.value(criterion.id);
    if (!group)
        return;
    if (auto *title = group->findChild<QLabel *>(QStringLiteral("criterionTitle")))
        title->setText(
            criterion.critical
                ? tr("%1 (critical, weight %2)").arg(criterion.title).arg(criterion.weight)
                : tr("%1 (weight %2)").arg(criterion.title).arg(criterion.weight));
    for (QAbstractButton *button : m_choices.value(criterion.id)->buttons()) {
        const int id = m_choices.value(criterion.id)->id(button);
        const QString text =
            valueText(criterion.scale, id == NotApplicable ? std::nullopt : std::optional(id));
        button->setText(text);
        button->setAccessibleName(tr("%1: %2").arg(criterion.title, text));
    }
    QLineEdit *comment = m_comments.value(criterion.id);
    comment->setAccessibleName(tr("Comment on %1").arg(criterion.title));
    comment->setPlaceholderText(tr("Comment"));
}

QAbstractButton *ScorecardForm::choice(const QString &criterionId, std::optional<int> value) const
{
    QButtonGroup *buttons = m_choices.value(criterionId);
    return buttons ? buttons->button(value.value_or(NotApplicable)) : nullptr;
}

void ScorecardForm::showAnswers(const QList<protocol::QaAnswer> &answers, const QString &comment)
{
    for (const protocol::QaAnswer &answer : answers) {
        m_draft.answer(answer.criterionId, answer.value);
        m_draft.setComment(answer.criterionId, answer.comment);
        if (QAbstractButton *button = choice(answer.criterionId, answer.value))
            button->setChecked(true);
        if (QLineEdit *field = commentField(answer.criterionId)) {
            const QSignalBlocker quiet(field);
            field->setText(answer.comment);
        }
    }
    {
        const QSignalBlocker quiet(m_overall);
        m_overall->setPlainText(comment);
    }
    m_draft.setOverallComment(comment);
    setReadOnly(true);
    Q_EMIT changed();
}

void ScorecardForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QButtonGroup *buttons : std::as_const(m_choices)) {
        for (QAbstractButton *button : buttons->buttons())
            button->setEnabled(!readOnly || button->isChecked());
    }
    for (QLineEdit *field : std::as_const(m_comments)) {
        field->setReadOnly(readOnly);
        // A submitted review without a comment shows no empty box to type in.
        field->setVisible(!readOnly || !field->text().isEmpty());
    }
    m_overall->setReadOnly(readOnly);
    const bool overall = !readOnly || !m_overall->toPlainText().isEmpty();
    m_overall->setVisible(overall);
    m_overallLabel->setVisible(overall);
}

void ScorecardForm::retranslateUi()
{
    m_overallLabel->setText(tr("O&verall comment:"));
    m_overall->setAccessibleName(tr("Overall comment"));
    for (const protocol::ScorecardCriterion &criterion : m_draft.scorecard().criteria())
        retranslateCriterion(criterion);
}

void ScorecardForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
