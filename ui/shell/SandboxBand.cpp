#include "ui/shell/SandboxBand.h"

#include "app/training/TrainingActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace frontline::ui {

SandboxBand::SandboxBand(const QString &workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_title(workspace)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("sandboxBand"));
    m_label->setObjectName(QStringLiteral("sandboxBandText"));
    // The title is the trainer's text: never rich text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    // Deep amber with white text: unlike any production screen, readable in light and dark.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0x9a, 0x4a, 0x00));
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    // In the window's tool bar, children take the button roles unless told otherwise.
    setBackgroundRole(QPalette::Window);
    setForegroundRole(QPalette::WindowText);
    m_label->setForegroundRole(QPalette::WindowText);
    setAutoFillBackground(true);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    retranslateUi();
}

void SandboxBand::fetchTitle(app::TrainingActions &actions)
{
    actions.workspaces(this, [this](const Result<QList<protocol::WorkspaceChoice>> &choices) {
        for (const protocol::WorkspaceChoice &each :
             choices ? choices.value() : QList<protocol::WorkspaceChoice>()) {
            if (each.name == m_workspace && !each.title.isEmpty())
                setTitle(each.title);
        }
    });
}

void SandboxBand::setTitle(const QString &title)
{
    m_title = title;
    retranslateUi();
}

void SandboxBand::addPart(QWidget *part)
{
    part->setParent(this);
    m_layout->addWidget(part);
}

QString SandboxBand::text() const
{
    return m_label->text();
}

void SandboxBand::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SandboxBand::retranslateUi()
{
    m_label->setText(tr("Training — no real customers · %1").arg(m_title));
    setAccessibleName(tr("Training sandbox %1: no real customers").arg(m_title));
    m_label->setAccessibleName(accessibleName());
}

} // namespace frontline::ui
