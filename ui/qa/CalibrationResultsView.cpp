#include "ui/qa/CalibrationResultsView.h"

#include "app/qa/CalibrationResultsModel.h"
#include "app/qa/CalibrationSessions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {
namespace {

// Marks the criterion where the reviewers part most: amber and bold, whatever the style.
class WidestSpreadDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(app::CalibrationResultsModel::WidestRole).toBool())
            return;
        option->backgroundBrush = QBrush(QColor(255, 224, 178));
        option->font.setBold(true);
    }
};

} // namespace

CalibrationResultsView::CalibrationResultsView(app::CalibrationSessions &sessions, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_model(new app::CalibrationResultsModel(this))
    , m_conversationLabel(new QLabel(this))
    , m_conversation(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_reference(new QLabel(this))
    , m_agreedLabel(new QLabel(this))
    , m_agreed(new QDoubleSpinBox(this))
    , m_agree(new QPushButton(this))
    , m_median(new QPushButton(this))
{
    m_conversation->setObjectName(QStringLiteral("calibrationResultsConversation"));
    m_conversationLabel->setBuddy(m_conversation);
    m_table->setObjectName(QStringLiteral("calibrationResultsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new WidestSpreadDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The criterion's title takes the room; the figures their width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_reference->setTextFormat(Qt::PlainText);
    m_agreed->setRange(0, 100);
    m_agreed->setDecimals(1);
    m_agreedLabel->setBuddy(m_agreed);

    auto *picker = new QHBoxLayout;
    picker->addWidget(m_conversationLabel);
    picker->addWidget(m_conversation, 1);
    auto *agreement = new QHBoxLayout;
    agreement->addWidget(m_agreedLabel);
    agreement->addWidget(m_agreed);
    agreement->addWidget(m_agree);
    agreement->addWidget(m_median);
    agreement->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reference);
    layout->addLayout(agreement);

    connect(m_conversation, &QComboBox::currentIndexChanged, this,
            &CalibrationResultsView::showConversation);
    connect(m_agree, &QPushButton::clicked, this, [this] { agree(false); });
    connect(m_median, &QPushButton::clicked, this, [this] { agree(true); });
    connect(&m_sessions, &app::CalibrationSessions::resultsLoaded, this,
            &CalibrationResultsView::showResults);
    retranslateUi();
}

void CalibrationResultsView::setSession(const protocol::CalibrationSession &session, bool isLead)
{
    m_sessionId = session.id;
    m_isLead = isLead;
    const bool closed = session.status == protocol::CalibrationStatus::Closed;
    for (QWidget *control : {static_cast<QWidget *>(m_agreed), static_cast<QWidget *>(m_agree),
                             static_cast<QWidget *>(m_median)})
        control->setEnabled(isLead && closed);
}

void CalibrationResultsView::showResults(const protocol::CalibrationResults &results)
{
    if (results.sessionId != m_sessionId)
        return; // another session's answer, come late
    const int chosen = std::max(0, m_conversation->currentIndex());
    m_model->setResults(results);
    const QSignalBlocker quiet(m_conversation);
    m_conversation->clear();
    for (const protocol::CalibrationConversationResult &conversation : results.conversations)
        m_conversation->addItem(tr("Ticket #%1").arg(conversation.ticketNumber),
                                conversation.ticketId);
    m_conversation->setCurrentIndex(std::min(chosen, int(m_conversation->count()) - 1));
    showConversation(m_conversation->currentIndex());
}

void CalibrationResultsView::showConversation(int index)
{
    m_model->setConversation(index);
    if (m_model->columnCount() > 0) // a reset forgets the sections' own modes
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const protocol::CalibrationConversationResult *current = m_model->currentConversation();
    if (!current) {
        m_reference->clear();
        return;
    }
    const auto text = [](const std::optional<double> &value) {
        return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("—");
    };
    m_reference->setText(current->agreed
                             ? tr("Agreed score: %1 (median of the reviewers: %2)")
                                   .arg(text(current->agreed), text(current->median))
                             : tr("No agreed score yet: deviations are from the median, %1")
                                   .arg(text(current->median)));
    m_reference->setAccessibleName(m_reference->text());
    m_agreed->setValue(current->reference.value_or(0));
}

void CalibrationResultsView::agree(bool useMedian)
{
    const protocol::CalibrationConversationResult *current = m_model->currentConversation();
    if (!current || !m_isLead)
        return;
    m_sessions.setAgreed(m_sessionId, current->ticketId,
                         useMedian ? std::nullopt : std::optional<double>(m_agreed->value()));
}

void CalibrationResultsView::retranslateUi()
{
    m_conversationLabel->setText(tr("&Conversation:"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_table->setAccessibleName(tr("Reviewers' scores side by side"));
    m_agreedLabel->setText(tr("A&greed score:"));
    m_agreed->setAccessibleName(tr("Agreed score"));
    m_agree->setText(tr("&Set agreed score"));
    m_agree->setAccessibleName(tr("Set agreed score"));
    m_median->setText(tr("Use the &median"));
    m_median->setAccessibleName(tr("Use the median"));
    for (int i = 0; i < m_conversation->count(); ++i)
        m_conversation->setItemText(
            i, tr("Ticket #%1").arg(m_model->results().conversations.at(i).ticketNumber));
    showConversation(m_conversation->currentIndex());
}

void CalibrationResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
