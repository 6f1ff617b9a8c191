#pragma once

#include <QWidget>

class QTabWidget;

namespace frontline::ui {

// The trainer's perspective (issue 19): one page per part of her work, Quality (reviews and
// calibration) first; the training pages (sandboxes, scenario packs, exams) come after it.
// Ctrl+PgDown and Ctrl+PgUp move between the pages, as in any tabbed window.
class TrainerWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit TrainerWorkspace(QWidget *parent = nullptr);

    // Adds `page` under `title` (translated by the caller, who retitles it on a language change
    // through setPageTitle); the workspace owns it.
    int addPage(QWidget *page, const QString &title);
    void setPageTitle(QWidget *page, const QString &title);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
};

} // namespace frontline::ui
