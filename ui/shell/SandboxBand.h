#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace frontline::app {
class TrainingActions;
}

namespace frontline::ui {

// The band across the top of the window while the user works in a training sandbox (issue 19,
// item 3): a colour no production screen has, "Training — no real customers" and the sandbox's
// title, so nobody mistakes practice for the floor or the floor for practice.
class SandboxBand : public QFrame
{
    Q_OBJECT
public:
    explicit SandboxBand(const QString &workspace, QWidget *parent = nullptr);

    // Asks the back office for the sandbox's title (`GET /me/workspaces`); the name stands in
    // until it answers.
    void fetchTitle(app::TrainingActions &actions);
    void setTitle(const QString &title);
    QString text() const;
    // A part shown at the band's end (the exam's countdown, issue 19); the band owns it.
    void addPart(QWidget *part);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_workspace;
    QString m_title;
    QLabel *m_label;
    QHBoxLayout *m_layout;
};

} // namespace frontline::ui
