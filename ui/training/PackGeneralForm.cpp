#include "ui/training/PackGeneralForm.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace frontline::ui {

PackGeneralForm::PackGeneralForm(QWidget *parent)
    : PackForm(parent)
    , m_id(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_duration(spinBox(1, 600, this))
    , m_simultaneous(spinBox(1, 20, this))
    , m_scenarios(spinBox(1, 200, this))
    , m_hintAfter(spinBox(1, 7200, this))
    , m_scoring(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("packGeneralForm"));
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
    addRow(QStringLiteral("id"), m_id);
    addRow(QStringLiteral("title"), m_title);
    addRow(QStringLiteral("language"), m_language);
    addRow(QStringLiteral("exam.duration_minutes"), m_duration);
    addRow(QStringLiteral("exam.simultaneous"), m_simultaneous);
    addRow(QStringLiteral("exam.scenarios"), m_scenarios);
    addRow(QStringLiteral("practice"), m_hintAfter);
    addRow(QStringLiteral("scoring"), m_scoring);
    addPath(QStringLiteral("exam"), m_scenarios);
    watchEdits(m_title, &QLineEdit::textEdited);
    watchEdits(m_language, &QComboBox::currentIndexChanged);
    for (QSpinBox *box : {m_duration, m_simultaneous, m_scenarios, m_hintAfter})
        watchEdits(box, &QSpinBox::valueChanged);
    watchEdits(m_scoring, &QPlainTextEdit::textChanged);
    retranslateUi();
}

void PackGeneralForm::retranslateUi()
{
    labelRows({{m_id, tr("Pack id:")},
               {m_title, tr("&Title:")},
               {m_language, tr("&Language:")},
               {m_duration, tr("Exam &duration, minutes:")},
               {m_simultaneous, tr("Customers at &once in the exam:")},
               {m_scenarios, tr("Sce&narios drawn for the exam:")},
               {m_hintAfter, tr("Practice &hint after, seconds:")},
               {m_scoring, tr("&Scoring (JSON; empty: the defaults):")}});
}

void PackGeneralForm::load(const protocol::ScenarioPack &pack)
{
    setLoading(true);
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
    setLoading(false);
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

} // namespace frontline::ui
