#pragma once

#include "app/training/TrainingActions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace frontline::ui {

// "New sandbox…" on the Sandboxes page (issue 19): its name (what trainees never see), its title
// (what their band shows) and the pack it is filled from. The back office's refusal is shown
// here, beside the field it names, and nothing typed is lost.
class NewSandboxDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the packs to offer at once; "none" stands until they come.
    explicit NewSandboxDialog(app::TrainingActions &actions, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *packBox() const { return m_pack; }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void created(const protocol::Sandbox &sandbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void create();
    void offerPacks(const QList<app::PackListing> &packs);

    app::TrainingActions &m_actions;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_pack;
    QLabel *m_nameLabel;
    QLabel *m_titleLabel;
    QLabel *m_packLabel;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_cancel;
};

} // namespace frontline::ui
