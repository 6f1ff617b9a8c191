#include "ui/training/PackGeneralForm.h"

#include "ui/training/TrainingPageParts.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace frontline::ui {
namespace {

QSpinBox *spinBox(int least, int most, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(least, most);
    return box;
}

} // namespace

PackGeneralForm::PackGeneralForm(QWidget *parent)
    : QWidget(parent)
    , m_id(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_duration(spinBox(1, 600, this))
    , m_simultaneous(spinBox(1, 20, this))
    , m_scenarios(spinBox(1, 200, this))
    , m_hintAfter(spinBox(1, 7200, this))
    , m_scoring(new QPlainTextEdit(this))
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("packGeneralForm"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_id->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский (ru)"), QStringLiteral("ru"));
    m_scoring->setTabChangesFocus(true);
    m_scoring->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont fixed = m_scoring->font();
    fixed.setFamily(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::Monospace);
    m_scoring->setFont(fixed);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_id, m_title, m_language, m_duration, m_simultaneous,
                                          m_scenarios, m_hintAfter, m_scoring})
        m_form->addRow(new QLabel(this), field);
    m_fields.add(QStringLiteral("id"), m_id);
    m_fields.add(QStringLiteral("title"), m_title);
    m_fields.add(QStringLiteral("language"), m_language);
    m_fields.add(QStringLiteral("exam"), m_scenarios);
    m_fields.add(QStringLiteral("exam.duration_minutes"), m_duration);
    m_fields.add(QStringLiteral("exam.simultaneous"), m_simultaneous);
    m_fields.add(QStringLiteral("exam.scenarios"), m_scenarios);
    m_fields.add(QStringLiteral("practice"), m_hintAfter);
    m_fields.add(QStringLiteral("scoring"), m_scoring);
    const auto edited = [this] {
        if (!m_loading)
            Q_EMIT this->edited();
    };
    connect(m_title, &QLineEdit::textEdited, this, edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, edited);
    for (QSpinBox *box : {m_duration, m_simultaneous, m_scenarios, m_hintAfter})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(m_scoring, &QPlainTextEdit::textChanged, this, edited);
    retranslateUi();
}

void PackGeneralForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackGeneralForm::retranslateUi()
{
    const QList<std::pair<QWidget *, QString>> labels{
        {m_id, tr("Pack id:")},
        {m_title, tr("&Title:")},
        {m_language, tr("&Language:")},
        {m_duration, tr("Exam &duration, minutes:")},
        {m_simultaneous, tr("Customers at &once in the exam:")},
        {m_scenarios, tr("Sce&narios drawn for the exam:")},
        {m_hintAfter, tr("Practice &hint after, seconds:")},
        {m_scoring, tr("&Scoring (JSON; empty: the defaults):")}};
    training::labelRows(m_form, labels);
}

void PackGeneralForm::load(const protocol::ScenarioPack &pack)
{
    m_loading = true;
    m_id->setText(tr("%1, version %2").arg(pack.id).arg(pack.version));
    m_title->setText(pack.title);
    const int language = m_language->findData(pack.language);
    if (language < 0)
        m_language->addItem(pack.language, pack.language);
    m_language->setCurrentIndex(m_language->findData(pack.language));
    m_duration->setValue(pack.exam.durationMinutes);
    m_simultaneous->setValue(pack.exam.simultaneous);
    m_scenarios->setValue(pack.exam.scenarios);
    m_hintAfter->setValue(pack.hintAfterSeconds);
    m_scoring->setPlainText(pack.scoringJson.isEmpty()
                                ? QString()
                                : QString::fromUtf8(QJsonDocument(pack.scoringJson).toJson()));
    m_loading = false;
}

void PackGeneralForm::store(protocol::ScenarioPack &pack,
                            QList<protocol::PackProblem> *problems) const
{
    pack.title = m_title->text();
    pack.language = m_language->currentData().toString();
    pack.exam.durationMinutes = m_duration->value();
    pack.exam.simultaneous = m_simultaneous->value();
    pack.exam.scenarios = m_scenarios->value();
    pack.hintAfterSeconds = m_hintAfter->value();
    const QString scoring = m_scoring->toPlainText().trimmed();
    if (scoring.isEmpty()) {
        pack.scoringJson = {};
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(scoring.toUtf8(), &error);
    if (!document.isObject()) {
        problems->append({QStringLiteral("scoring"), tr("not a JSON object: %1 at character %2")
                                                         .arg(error.errorString())
                                                         .arg(error.offset)});
        return;
    }
    pack.scoringJson = document.object();
}

QWidget *PackGeneralForm::fieldWidget(const QString &path) const
{
    return m_fields.find(path);
}

} // namespace frontline::ui
