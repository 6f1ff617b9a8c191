#include "ui/kb/KnowledgeBasePane.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/KbArticleListModel.h"
#include "app/store/LocalStore.h"
#include "app/training/ExamActivity.h"
#include "ui/common/ShortcutTable.h"
#include "ui/common/UiSetup.h"
#include "ui/kb/KbArticleViewer.h"
#include "ui/kb/KbResultDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

Q_LOGGING_CATEGORY(lcKbPane, "frontline.ui.kb")

namespace frontline::ui {

namespace {

constexpr int SearchPauseMs = 150;
constexpr int MaxResults = 30;

} // namespace

KnowledgeBasePane::KnowledgeBasePane(app::LocalStore &store, app::OperatorCommands &commands,
                                     QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_commands(commands)
    , m_model(new app::KbArticleListModel(store, this))
    , m_search(new QLineEdit(this))
    , m_locale(new QComboBox(this))
    , m_heading(new QLabel(this))
    , m_results(new QListView(this))
    , m_viewer(new KbArticleViewer(this))
    , m_insertExcerpt(new QAction(this))
    , m_insertLink(new QAction(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("knowledgeBase"));
    m_model->setLimit(MaxResults);

    buildSearchAndResults();
    buildInsertActions();
    layOut();
    connectSearch();
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    m_viewer->installEventFilter(this);

    retranslateUi();
    searchNow(); // the recently used articles
}

void KnowledgeBasePane::buildSearchAndResults()
{
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setClearButtonEnabled(true);

    m_locale->setObjectName(QStringLiteral("kbLocale"));
    for (const QString &locale : {QString(), QStringLiteral("en"), QStringLiteral("ru")})
        m_locale->addItem(QString(), locale);

    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setForegroundRole(QPalette::PlaceholderText);

    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new KbResultDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_viewer->setObjectName(QStringLiteral("kbArticle"));
}

void KnowledgeBasePane::buildInsertActions()
{
    m_insertExcerpt->setObjectName(QStringLiteral("kbInsertExcerpt"));
    m_insertExcerpt->setShortcuts(ShortcutTable::keys(Shortcut::KbInsertExcerpt));
    m_insertLink->setObjectName(QStringLiteral("kbInsertLink"));
    m_insertLink->setShortcuts(ShortcutTable::keys(Shortcut::KbInsertLink));
    for (QAction *action : {m_insertExcerpt, m_insertLink}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_insertExcerpt, &QAction::triggered, this, &KnowledgeBasePane::insertExcerpt);
    connect(m_insertLink, &QAction::triggered, this, &KnowledgeBasePane::insertLink);

    m_excerptButton = new QToolButton(this);
    m_excerptButton->setDefaultAction(m_insertExcerpt);
    m_linkButton = new QToolButton(this);
    m_linkButton->setDefaultAction(m_insertLink);
}

void KnowledgeBasePane::layOut()
{
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_locale);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_excerptButton);
    actionsRow->addWidget(m_linkButton);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    split->addWidget(m_viewer);
    split->setChildrenCollapsible(false);

    contentLayout()->addLayout(searchRow);
    contentLayout()->addWidget(m_heading);
    contentLayout()->addWidget(split, 1);
    contentLayout()->addLayout(actionsRow);
    setFocusProxy(m_search);
}

void KnowledgeBasePane::connectSearch()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &KnowledgeBasePane::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_locale, &QComboBox::currentIndexChanged, this,
            [this] { setLocaleFilter(m_locale->currentData().toString()); });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        openArticle(index.data(app::KbArticleListModel::ArticleIdRole).toString());
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    openArticle(index.data(app::KbArticleListModel::ArticleIdRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHeading();
        if (m_exam)
            m_exam->resultsShown(m_model->showsRecent() ? QString() : m_model->query(), m_ticketId);
        // The list reloads when the cache changes (a usage recorded, an article edited): keep
        // the operator's place on the article being read.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!m_viewer->articleId().isEmpty() &&
                m_model->articleId(row) == m_viewer->articleId()) {
                m_results->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
    });
}

void KnowledgeBasePane::retranslateUi()
{
    setTitle(tr("Knowledge base"));
    m_search->setAccessibleName(tr("Knowledge base search"));
    m_search->setPlaceholderText(tr("Search articles"));
    m_locale->setAccessibleName(tr("Article language"));
    m_locale->setItemText(0, tr("All languages"));
    m_locale->setItemText(1, tr("English"));
    m_locale->setItemText(2, tr("Russian"));
    m_results->setAccessibleName(tr("Knowledge base results"));
    m_viewer->setAccessibleName(tr("Knowledge base article"));
    m_insertExcerpt->setText(tr("Insert excerpt"));
    m_insertExcerpt->setToolTip(
        tr("Insert the selected text, or the paragraph under the cursor, into the reply (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_insertLink->setText(tr("Insert link"));
    m_insertLink->setToolTip(tr("Insert the article's title and link into the reply (%1)")
                                 .arg(m_insertLink->shortcut().toString(QKeySequence::NativeText)));
    m_excerptButton->setAccessibleName(tr("Insert excerpt into the reply"));
    m_linkButton->setAccessibleName(tr("Insert link into the reply"));
    updateHeading();
    retranslateModel(*m_model);
}

QList<QPair<QKeySequence, QString>> KnowledgeBasePane::shortcuts()
{
    return ShortcutTable::pairs(ShortcutArea::KnowledgeBase);
}

void KnowledgeBasePane::searchNow()
{
    m_debounce->stop();
    if (auto searched = m_model->setQuery(m_search->text()); !searched)
        showError(searched.error().message);
}

void KnowledgeBasePane::setLocaleFilter(const QString &locale)
{
    const int index = m_locale->findData(locale);
    if (index >= 0 && index != m_locale->currentIndex()) {
        m_locale->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    if (auto filtered = m_model->setLocale(locale); !filtered)
        showError(filtered.error().message);
}

void KnowledgeBasePane::updateHeading()
{
    if (m_model->showsRecent()) {
        m_heading->setText(m_model->rowCount() > 0 ? tr("Recently used articles")
                                                   : tr("Type to search the knowledge base."));
    } else {
        m_heading->setText(m_model->rowCount() > 0
                               ? tr("%n article(s) found", nullptr, m_model->rowCount())
                               : tr("No articles found."));
    }
}

void KnowledgeBasePane::showError(const QString &message)
{
    qCWarning(lcKbPane) << message;
    m_heading->setText(tr("The knowledge base cannot be searched: %1").arg(message));
}

void KnowledgeBasePane::openArticle(const QString &articleId)
{
    if (articleId.isEmpty() || articleId == m_viewer->articleId())
        return;
    auto article = app::KbArticleListModel::article(m_store, articleId);
    if (!article) {
        showError(article.error().message);
        return;
    }
    if (!article.value()) {
        m_viewer->clearArticle();
        m_insertExcerpt->setEnabled(false);
        m_insertLink->setEnabled(false);
        return;
    }
    const app::KbArticleText &text = *article.value();
    m_viewer->showArticle(text);
    m_articleTitle = text.title;
    m_articleLink = QStringLiteral("kb:%1/%2").arg(text.locale, text.slug);
    m_articleSlug = text.slug;
    if (m_exam)
        m_exam->articleOpened(text.slug, m_ticketId);
    m_insertExcerpt->setEnabled(true);
    m_insertLink->setEnabled(true);
}

void KnowledgeBasePane::setCurrentTicket(const QString &ticketId)
{
    m_ticketId = ticketId;
    // The ticket's store decides which articles it may be offered.
    if (auto scoped = m_model->setTicket(ticketId); !scoped)
        showError(scoped.error().message);
}

void KnowledgeBasePane::insertExcerpt()
{
    if (m_viewer->articleId().isEmpty())
        return;
    // The selection as plain text (U+2029 paragraph separators become line breaks); without one,
    // the paragraph the operator put the cursor in, never a paragraph she did not choose.
    QString text = m_viewer->textCursor().selection().toPlainText().trimmed();
    if (text.isEmpty())
        text = m_viewer->paragraphAtCursor();
    if (text.isEmpty()) {
        m_heading->setText(tr("Click a paragraph of the article or select text, then insert it."));
        return;
    }
    request(text);
}

void KnowledgeBasePane::insertLink()
{
    if (m_viewer->articleId().isEmpty())
        return;
    request(QStringLiteral("%1 <%2>").arg(m_articleTitle, m_articleLink));
}

void KnowledgeBasePane::request(const QString &text)
{
    const QString articleId = m_viewer->articleId();
    Q_EMIT insertRequested(text, articleId);
    if (m_exam)
        m_exam->articleInserted(m_articleSlug, m_ticketId);
    if (m_ticketId.isEmpty())
        return;
    if (auto recorded = m_commands.recordKbUsage(m_ticketId, articleId); !recorded)
        showError(recorded.error().message);
}

bool KnowledgeBasePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return Pane::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->key() == Qt::Key_Down) {
        // A query still inside its typing pause is run now, so Down never lands in stale rows.
        if (m_debounce->isActive())
            searchNow();
        if (m_model->rowCount() == 0)
            return true;
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers() == Qt::NoModifier) {
        if (m_debounce->isActive())
            searchNow();
        if (m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0, 0));
            m_results->setFocus(Qt::TabFocusReason);
        }
        return true;
    }
    if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers() == Qt::NoModifier && m_results->currentIndex().isValid()) {
        openArticle(
            m_results->currentIndex().data(app::KbArticleListModel::ArticleIdRole).toString());
        m_viewer->setFocus(Qt::TabFocusReason);
        return true;
    }
    if ((watched == m_results || watched == m_viewer) && key->key() == Qt::Key_Escape) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        return true;
    }
    return Pane::eventFilter(watched, event);
}

} // namespace frontline::ui
