#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QWidget;

namespace frontline::ui {

// Opens the links customers write, never blindly: only web and mail links, and a site the
// operator has not opened a customer's link to before is shown first, by its real address (the
// host in its ASCII form, so a look-alike such as "shоp.example" with a Cyrillic "о" shows as
// xn--…), and opened only when she says so. Sites she opened are remembered (UiSettings).
class LinkGuard : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<void(const QUrl &)>;

    explicit LinkGuard(QWidget *parent);

    // What the operator is shown of a link before it opens: the whole address, host in ASCII.
    static QString realTarget(const QUrl &url);
    // "https://shop.example:443": what "opened before" remembers.
    static QString site(const QUrl &url);

    // Opens `url` at once when its site was opened before, else asks first (window-modal, so the
    // conversation keeps updating behind the question).
    void open(const QUrl &url);
    // Tests open nothing: they see what would have been opened.
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    QMessageBox *question() const { return m_question; }

private:
    void ask(const QUrl &url);

    QWidget *m_parent;
    Opener m_opener;
    QPointer<QMessageBox> m_question;
};

} // namespace frontline::ui
