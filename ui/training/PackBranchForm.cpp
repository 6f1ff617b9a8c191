#include "ui/training/PackBranchForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace frontline::ui {
namespace {

using Kind = protocol::ScriptTrigger::Kind;

constexpr Kind Kinds[] = {Kind::Words,     Kind::ArticleOpened, Kind::ArticleInserted,
                          Kind::MacroUsed, Kind::Escalation,    Kind::Resolution,
                          Kind::Silence,   Kind::Otherwise};

} // namespace

PackBranchForm::PackBranchForm(QWidget *parent)
    : PackForm(parent)
    , m_kind(new QComboBox(this))
    , m_words(new QLineEdit(this))
    , m_allWords(new QCheckBox(this))
    , m_slug(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_seconds(spinBox(0, 86400, this))
    , m_delay(spinBox(0, 86400, this))
    , m_say(textBox(this))
    , m_rate(spinBox(0, 5, this))
    , m_then(new QComboBox(this))
{
    setObjectName(QStringLiteral("packBranchForm"));
    for (Kind kind : Kinds)
        m_kind->addItem(protocol::toString(kind), int(kind));
    m_then->setEditable(true);
    const QList<std::pair<QString, QWidget *>> rows{
        {QStringLiteral("when.kind"), m_kind},      {QStringLiteral("when.any"), m_words},
        {QStringLiteral("when.all"), m_allWords},   {QStringLiteral("when.slug"), m_slug},
        {QStringLiteral("when.target"), m_target},  {QStringLiteral("when.reason"), m_reason},
        {QStringLiteral("when.code"), m_code},      {QStringLiteral("when.seconds"), m_seconds},
        {QStringLiteral("delay_seconds"), m_delay}, {QStringLiteral("say"), m_say},
        {QStringLiteral("rate"), m_rate},           {QStringLiteral("then"), m_then}};
    for (const auto &[path, field] : rows)
        addRow(path, field);
    addPath(QStringLiteral("when"), m_kind);
    addPath(QStringLiteral("when.all"), m_words);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKindFields();
        emitEdited();
    });
    for (QLineEdit *line : {m_words, m_slug, m_target, m_reason, m_code})
        watchEdits(line, &QLineEdit::textEdited);
    watchEdits(m_allWords, &QCheckBox::toggled);
    for (QSpinBox *box : {m_seconds, m_delay, m_rate})
        watchEdits(box, &QSpinBox::valueChanged);
    watchEdits(m_say, &QPlainTextEdit::textChanged);
    watchEdits(m_then, &QComboBox::currentTextChanged);
    retranslateUi();
    showKindFields();
}

void PackBranchForm::retranslateUi()
{
    labelRows({{m_kind, tr("&When:")},
               {m_words, tr("Wo&rds (commas):")},
               {m_allWords, tr("All of them:")},
               {m_slug, tr("Article or &macro slug:")},
               {m_target, tr("Escalation &target:")},
               {m_reason, tr("Escalation r&eason:")},
               {m_code, tr("Resolution &code:")},
               {m_seconds, tr("Silence, s&econds:")},
               {m_delay, tr("&Delay before she answers, s:")},
               {m_say, tr("She &says:")},
               {m_rate, tr("She ra&tes (0: no rating):")},
               {m_then, tr("T&hen:")}});
    m_allWords->setText(tr("the reply must hold every word"));
    m_target->setPlaceholderText(tr("any"));
    m_reason->setPlaceholderText(tr("any"));
    m_code->setPlaceholderText(tr("any"));
}

// Only the fields the trigger's kind reads are open.
void PackBranchForm::showKindFields()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    m_words->setEnabled(kind == Kind::Words);
    m_allWords->setEnabled(kind == Kind::Words);
    m_slug->setEnabled(kind == Kind::ArticleOpened || kind == Kind::ArticleInserted ||
                       kind == Kind::MacroUsed);
    m_target->setEnabled(kind == Kind::Escalation);
    m_reason->setEnabled(kind == Kind::Escalation);
    m_code->setEnabled(kind == Kind::Resolution);
    m_seconds->setEnabled(kind == Kind::Silence);
}

void PackBranchForm::load(const protocol::ScriptBranch &branch, const QStringList &turnIds)
{
    setLoading(true);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(branch.when.kind))));
    m_words->setText(branch.when.words.join(QStringLiteral(", ")));
    m_allWords->setChecked(branch.when.allWords);
    m_slug->setText(branch.when.slug);
    m_target->setText(branch.when.target);
    m_reason->setText(branch.when.reason);
    m_code->setText(branch.when.code);
    m_seconds->setValue(branch.when.seconds);
    m_delay->setValue(branch.delaySeconds);
    m_say->setPlainText(branch.say);
    m_rate->setValue(branch.rate);
    m_then->clear();
    m_then->addItems(turnIds + QStringList{protocol::ScriptEnd, protocol::ScriptSilent});
    m_then->setCurrentText(branch.then);
    showKindFields();
    setLoading(false);
}

void PackBranchForm::store(protocol::ScriptBranch &branch) const
{
    protocol::ScriptTrigger when;
    when.kind = Kind(m_kind->currentData().toInt());
    switch (when.kind) {
    case Kind::Words:
        when.words = listOf(m_words->text());
        when.allWords = m_allWords->isChecked();
        break;
    case Kind::ArticleOpened:
    case Kind::ArticleInserted:
    case Kind::MacroUsed:
        when.slug = m_slug->text().trimmed();
        break;
    case Kind::Escalation:
        when.target = m_target->text().trimmed();
        when.reason = m_reason->text().trimmed();
        break;
    case Kind::Resolution:
        when.code = m_code->text().trimmed();
        break;
    case Kind::Silence:
        when.seconds = m_seconds->value();
        break;
    case Kind::Otherwise:
        break;
    }
    branch.when = when;
    branch.delaySeconds = m_delay->value();
    branch.say = m_say->toPlainText();
    branch.rate = m_rate->value();
    branch.then = m_then->currentText().trimmed();
}

QString PackBranchForm::summary(const protocol::ScriptBranch &branch)
{
    const protocol::ScriptTrigger &when = branch.when;
    QString detail;
    switch (when.kind) {
    case Kind::Words:
        detail = when.words.join(QStringLiteral(", "));
        break;
    case Kind::ArticleOpened:
    case Kind::ArticleInserted:
    case Kind::MacroUsed:
        detail = when.slug;
        break;
    case Kind::Escalation:
        detail = QStringList{when.target, when.reason}.join(u' ').trimmed();
        break;
    case Kind::Resolution:
        detail = when.code;
        break;
    case Kind::Silence:
        detail = tr("%n s", nullptr, when.seconds);
        break;
    case Kind::Otherwise:
        break;
    }
    const QString trigger = detail.isEmpty() ? protocol::toString(when.kind)
                                             : protocol::toString(when.kind) + u": " + detail;
    return QStringLiteral("%1 → %2").arg(trigger, branch.then);
}

} // namespace frontline::ui
