#include "ui/chat/LinkGuard.h"

#include "ui/chat/MessageDelegate.h"
#include "ui/common/UiSettings.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace frontline::ui {

LinkGuard::LinkGuard(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{}

QString LinkGuard::realTarget(const QUrl &url)
{
    // FullyEncoded spells the host in punycode and percent-encodes what could pass for something
    // else (spaces, right-to-left marks), so what the operator reads is where the browser goes.
    return url.toString(QUrl::FullyEncoded);
}

QString LinkGuard::site(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto")
        return scheme + u':' + url.path(QUrl::FullyEncoded).section(u'@', -1).toLower();
    const int defaultPort = scheme == u"https" ? 443 : 80;
    return QStringLiteral("%1://%2:%3")
        .arg(scheme, url.host(QUrl::FullyEncoded).toLower())
        .arg(url.port(defaultPort));
}

void LinkGuard::open(const QUrl &url)
{
    if (!MessageDelegate::isSafeToOpen(url))
        return;
    if (UiSettings::openedLinkSites().contains(site(url))) {
        m_opener(url);
        return;
    }
    ask(url);
}

void LinkGuard::ask(const QUrl &url)
{
    if (m_question)
        m_question->close();
    auto *question = new QMessageBox(m_parent);
    question->setObjectName(QStringLiteral("linkQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setIcon(QMessageBox::Question);
    question->setWindowTitle(tr("Open a customer's link"));
    question->setTextFormat(Qt::PlainText);
    question->setText(tr("This link from the customer leads to:\n\n%1").arg(realTarget(url)));
    question->setInformativeText(
        tr("You have not opened an address on %1 before. Open it in your browser?")
            .arg(url.host(QUrl::FullyEncoded)));
    question->setStandardButtons(QMessageBox::Open | QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel); // Enter never opens an unknown site
    question->button(QMessageBox::Open)->setObjectName(QStringLiteral("openLinkButton"));
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::finished, this, [this, url, question] {
        if (question->clickedButton() != question->button(QMessageBox::Open))
            return;
        UiSettings::addOpenedLinkSite(site(url));
        m_opener(url);
    });
    m_question = question;
    question->open();
}

} // namespace frontline::ui
