#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace frontline::ui {

// Asks for the optional note of a help flag ("customer asks for a refund over the limit"):
// type, Enter raises the flag, Escape cancels.
class HelpFlagDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpFlagDialog(qint64 ticketNumber, QWidget *parent = nullptr);

    QString note() const;
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *raiseButton() const { return m_raise; }

private:
    void retranslateUi();

    qint64 m_ticketNumber;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_raise = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace frontline::ui
