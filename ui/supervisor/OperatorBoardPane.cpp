#include "ui/supervisor/OperatorBoardPane.h"

#include "app/board/OperatorBoardModel.h"
#include "ui/supervisor/BoardTableView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace frontline::ui {

OperatorBoardPane::OperatorBoardPane(app::OperatorBoardModel *model, QWidget *parent)
    : Pane(parent)
    , m_model(model)
    , m_team(new QComboBox(this))
    , m_line(new QComboBox(this))
    , m_queue(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_teamLabel(new QLabel(this))
    , m_lineLabel(new QLabel(this))
    , m_queueLabel(new QLabel(this))
    , m_findLabel(new QLabel(this))
    , m_view(new BoardTableView(model, this))
{
    setObjectName(QStringLiteral("operatorBoardPane"));
    m_team->setObjectName(QStringLiteral("boardTeamFilter"));
    m_line->setObjectName(QStringLiteral("boardLineFilter"));
    m_queue->setObjectName(QStringLiteral("boardQueueFilter"));
    m_find->setObjectName(QStringLiteral("boardFindField"));
    m_view->setObjectName(QStringLiteral("operatorBoard"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaxLength(100);
    for (auto [label, buddy] : {std::pair<QLabel *, QWidget *>{m_teamLabel, m_team},
                                {m_lineLabel, m_line},
                                {m_queueLabel, m_queue},
                                {m_findLabel, m_find}})
        label->setBuddy(buddy);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_findLabel);
    filters->addWidget(m_find, 2);
    filters->addWidget(m_teamLabel);
    filters->addWidget(m_team, 1);
    filters->addWidget(m_lineLabel);
    filters->addWidget(m_line);
    filters->addWidget(m_queueLabel);
    filters->addWidget(m_queue, 1);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);
    retranslateUi();
    updateChoices({});

    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, m_model, &app::OperatorBoardModel::setFindText);
    connect(m_team, &QComboBox::activated, this,
            [this] { m_model->setTeamFilter(m_team->currentData().toString()); });
    connect(m_line, &QComboBox::activated, this,
            [this] { m_model->setLineFilter(m_line->currentData().toInt()); });
    connect(m_queue, &QComboBox::activated, this, [this] {
        const QString queue = m_queue->currentData().toString();
        m_model->setQueueFilter(queue);
        Q_EMIT queueFilterChanged(queue);
    });
    connect(m_view, &BoardTableView::rowActivated, this, &OperatorBoardPane::operatorActivated);
}

void OperatorBoardPane::fill(QComboBox *combo, const QList<QPair<QString, QVariant>> &choices)
{
    // Most boards bring the same teams and queues: leave the list (and the open popup) alone.
    bool same = combo->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i)
        same =
            combo->itemText(i) == choices.at(i).first && combo->itemData(i) == choices.at(i).second;
    if (same)
        return;
    const QVariant chosen = combo->currentData();
    const QSignalBlocker quiet(combo);
    combo->clear();
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    const int again = combo->findData(chosen);
    combo->setCurrentIndex(again < 0 ? 0 : again);
}

void OperatorBoardPane::updateChoices(const QList<QPair<QString, QString>> &queues)
{
    m_queues = queues;
    QList<QPair<QString, QVariant>> teams{{tr("All teams"), QString()}};
    for (const QString &team : m_model->teams())
        teams.append({team, team});
    fill(m_team, teams);
    QList<QPair<QString, QVariant>> lines{{tr("All lines"), 0}};
    for (int line : m_model->lines())
        lines.append({tr("Line %1").arg(line), line});
    fill(m_line, lines);
    QList<QPair<QString, QVariant>> queueChoices{{tr("All queues"), QString()}};
    for (const auto &[id, name] : queues)
        queueChoices.append({name, id});
    fill(m_queue, queueChoices);
}

void OperatorBoardPane::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool OperatorBoardPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_find->text().isEmpty()) {
            m_find->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            m_view->setFocus(Qt::ShortcutFocusReason);
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return Pane::eventFilter(watched, event);
}

void OperatorBoardPane::retranslateUi()
{
    setTitle(tr("Operators"));
    m_view->setAccessibleName(tr("Operators board"));
    m_view->setAccessibleDescription(
        tr("Each operator's status and figures over the board's window; the last row is the "
           "totals. Enter opens the operator's details."));
    m_find->setAccessibleName(tr("Find an operator"));
    m_find->setPlaceholderText(tr("Find an operator by name"));
    m_team->setAccessibleName(tr("Team filter"));
    m_line->setAccessibleName(tr("Line filter"));
    m_queue->setAccessibleName(tr("Queue filter"));
    m_findLabel->setText(tr("Fin&d"));
    m_teamLabel->setText(tr("T&eam"));
    m_lineLabel->setText(tr("&Line"));
    m_queueLabel->setText(tr("&Queue"));
    m_model->retranslate();
    updateChoices(m_queues);
}

} // namespace frontline::ui
