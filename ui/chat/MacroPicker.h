#pragma once

#include <QFrame>

class QLineEdit;
class QListView;

namespace frontline::app {
class MacroModel;
}

namespace frontline::ui {

// The canned-response picker the composer's `/` opens: type to search the cached macros (an exact
// shortcut first; beside a ticket, only its store's and the shared ones), each shown with its
// language; Enter inserts the chosen one, Escape closes.
class MacroPicker : public QFrame
{
    Q_OBJECT
public:
    MacroPicker(app::MacroModel &model, QWidget *parent = nullptr);

    // Opens empty at `globalBottomLeft` for a reply on `ticketId` (its store's responses and the
    // shared ones), responses in `customerLocale` first among equals.
    void popUp(const QPoint &globalBottomLeft, const QString &ticketId,
               const QString &customerLocale = {});
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    // `locale` is the response's language, for the words its placeholders are filled with.
    void chosen(const QString &body, const QString &locale, const QString &slug);
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose();

    app::MacroModel &m_model;
    QLineEdit *m_search;
    QListView *m_list;
};

} // namespace frontline::ui
