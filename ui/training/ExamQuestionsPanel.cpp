#include "ui/training/ExamQuestionsPanel.h"

#include "app/training/ExamActivity.h"
#include "app/training/ExamSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace frontline::ui {

ExamQuestionsPanel::ExamQuestionsPanel(app::ExamSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_optionsBox(new QWidget(this))
    , m_options(new QVBoxLayout(m_optionsBox))
    , m_group(new QButtonGroup(this))
    , m_free(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("examQuestions"));
    setModal(false);
    m_heading->setObjectName(QStringLiteral("examQuestionHeading"));
    m_text->setObjectName(QStringLiteral("examQuestionText"));
    m_text->setTextFormat(Qt::PlainText); // the pack's text: never rich text
    m_text->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("examQuestionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_free->setObjectName(QStringLiteral("examFreeAnswer"));
    m_free->setMaxLength(500);
    m_submit->setObjectName(QStringLiteral("examSubmit"));
    m_submit->setDefault(true);
    m_previous->setObjectName(QStringLiteral("examPrevious"));
    m_next->setObjectName(QStringLiteral("examNext"));
    m_options->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_optionsBox);
    layout->addWidget(m_free);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &ExamQuestionsPanel::submit);
    connect(m_previous, &QPushButton::clicked, this, [this] { showQuestion(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showQuestion(m_index + 1); });
    connect(&m_session, &app::ExamSession::changed, this, &ExamQuestionsPanel::refresh);
    retranslateUi();
    resize(520, 360);
}

QString ExamQuestionsPanel::currentQuestionId() const
{
    return m_session.questions().at(m_index)[u"id"].toString();
}

QList<QAbstractButton *> ExamQuestionsPanel::optionButtons() const
{
    return m_group->buttons();
}

void ExamQuestionsPanel::showQuestion(int index)
{
    const int count = int(m_session.questions().size());
    if (count == 0)
        return;
    m_index = std::clamp(index, 0, count - 1);
    refresh();
    noteShown();
}

void ExamQuestionsPanel::noteShown()
{
    if (!isVisible() || m_session.questions().isEmpty())
        return;
    const QString id = currentQuestionId();
    m_session.activity().setQuestionOnScreen(id);
    if (auto noted = m_session.questionShown(id); !noted)
        m_status->setText(noted.error().message);
}

void ExamQuestionsPanel::buildOptions()
{
    const QJsonObject question = m_session.questions().at(m_index).toObject();
    const QString id = question.value(u"id").toString();
    if (id == m_builtFor)
        return;
    m_builtFor = id;
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    const bool multiple = question.value(u"kind").toString() == u"multiple";
    m_group->setExclusive(!multiple);
    const QJsonArray options = question.value(u"options").toArray();
    for (int i = 0; i < options.size(); ++i) {
        QAbstractButton *button = multiple ? static_cast<QAbstractButton *>(new QCheckBox)
                                           : static_cast<QAbstractButton *>(new QRadioButton);
        button->setObjectName(QStringLiteral("examOption%1").arg(i));
        button->setText(options.at(i).toString()); // buttons show text as plain text
        m_group->addButton(button, i);
        m_options->addWidget(button);
    }
    m_free->clear();
}

void ExamQuestionsPanel::refresh()
{
    const QJsonArray questions = m_session.questions();
    const bool running = m_session.phase() == app::ExamSession::Phase::Running;
    if (questions.isEmpty()) {
        m_heading->setText(tr("This exam has no questions."));
        m_text->clear();
        m_optionsBox->hide();
        m_free->hide();
        m_submit->setEnabled(false);
        return;
    }
    m_index = std::clamp(m_index, 0, int(questions.size()) - 1);
    const QJsonObject question = questions.at(m_index).toObject();
    buildOptions();
    const bool free = question.value(u"kind").toString() == u"free";
    const bool answered = m_session.exam().isAnswered(question.value(u"id").toString());
    m_heading->setText(tr("Question %1 of %2").arg(m_index + 1).arg(questions.size()));
    m_text->setText(question.value(u"text").toString());
    m_optionsBox->setVisible(!free);
    m_free->setVisible(free);
    for (QAbstractButton *button : m_group->buttons())
        button->setEnabled(running && !answered);
    m_free->setEnabled(running && !answered);
    m_submit->setEnabled(running && !answered);
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < questions.size());
    if (!running)
        m_status->setText(tr("The exam is over: no more answers are taken."));
    else if (answered)
        m_status->setText(tr("Answered."));
    else
        m_status->setText(tr("Answer within %n minute(s) of first seeing the question.", nullptr,
                             std::max(1, question.value(u"time_limit_seconds").toInt(120) / 60)));
}

void ExamQuestionsPanel::submit()
{
    if (m_session.questions().isEmpty())
        return;
    const QJsonObject question = m_session.questions().at(m_index).toObject();
    QList<int> chosen;
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->isChecked())
            chosen.append(m_group->id(button));
    }
    const QString text = m_free->text().trimmed();
    const bool free = question.value(u"kind").toString() == u"free";
    if ((free && text.isEmpty()) || (!free && chosen.isEmpty())) {
        m_status->setText(free ? tr("Write your answer first.") : tr("Choose an answer first."));
        return;
    }
    auto answered =
        m_session.answer(question.value(u"id").toString(), chosen, free ? text : QString());
    if (!answered) {
        m_status->setText(answered.error().message);
        return;
    }
    // On to the next unanswered question, if any.
    const QJsonArray questions = m_session.questions();
    for (int step = 1; step < questions.size(); ++step) {
        const int next = (m_index + step) % int(questions.size());
        if (!m_session.exam().isAnswered(questions.at(next)[u"id"].toString()))
            return showQuestion(next);
    }
    refresh();
}

void ExamQuestionsPanel::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
    noteShown();
}

void ExamQuestionsPanel::hideEvent(QHideEvent *event)
{
    // Closed: her searches count for the conversation on screen again.
    m_session.activity().setQuestionOnScreen({});
    QDialog::hideEvent(event);
}

void ExamQuestionsPanel::retranslateUi()
{
    setWindowTitle(tr("Exam questions"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_submit->setText(tr("Submit answer"));
    m_free->setPlaceholderText(tr("Your answer"));
    m_free->setAccessibleName(tr("Your answer"));
    m_text->setAccessibleName(tr("Question"));
    refresh();
}

void ExamQuestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace frontline::ui
