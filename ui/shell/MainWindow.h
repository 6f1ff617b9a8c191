#pragma once

#include <QMainWindow>

namespace frontline::app {
class EmbeddedBackOffice;
}

namespace frontline::ui {

class BackOfficeStatusLabel;
class OperatorPerspective;

// The top-level window: the perspective for the signed-in role and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    OperatorPerspective *operatorPerspective() const { return m_operator; }
    BackOfficeStatusLabel *backOfficeStatus() const { return m_backOfficeStatus; }

    // Shows the embedded back office's state in the status bar as it changes.
    void watchBackOffice(const app::EmbeddedBackOffice *backOffice);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowState();

    OperatorPerspective *m_operator;
    BackOfficeStatusLabel *m_backOfficeStatus;
};

} // namespace frontline::ui
