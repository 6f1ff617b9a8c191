#include "ui/chat/MacroPicker.h"

#include "app/models/MacroModel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace frontline::ui {

MacroPicker::MacroPicker(app::MacroModel &model, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
    , m_search(new QLineEdit)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("macroPicker"));
    setFrameShape(QFrame::StyledPanel);
    m_search->setObjectName(QStringLiteral("macroSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("macroList"));
    retranslateUi();
    m_list->setModel(&m_model);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(420, 280);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model.setFilter(text);
        m_list->setCurrentIndex(m_model.index(0));
    });
    connect(m_list, &QListView::activated, this, &MacroPicker::choose);
    m_search->installEventFilter(this);
}

void MacroPicker::retranslateUi()
{
    setAccessibleName(tr("Canned responses"));
    m_search->setAccessibleName(tr("Search canned responses"));
    m_search->setPlaceholderText(tr("Search canned responses…"));
    m_list->setAccessibleName(tr("Canned responses"));
}

void MacroPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MacroPicker::popUp(const QPoint &globalBottomLeft, const QString &ticketId,
                        const QString &customerLocale)
{
    m_model.setTicket(ticketId); // its store's responses and the shared ones
    m_model.setPreferredLocale(customerLocale);
    m_search->clear();
    m_model.setFilter({});
    m_list->setCurrentIndex(m_model.index(0));
    move(globalBottomLeft - QPoint(0, height()));
    show();
    m_search->setFocus();
}

bool MacroPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            Q_EMIT dismissed();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void MacroPicker::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString body = current.data(app::MacroModel::BodyRole).toString();
    const QString locale = current.data(app::MacroModel::LocaleRole).toString();
    const QString slug = current.data(app::MacroModel::SlugRole).toString();
    hide();
    Q_EMIT chosen(body, locale, slug);
}

} // namespace frontline::ui
