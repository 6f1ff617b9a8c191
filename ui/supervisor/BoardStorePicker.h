#pragma once

#include <QComboBox>

#include <optional>

namespace frontline::app {
class StoreDirectory;
}

namespace frontline::ui {

// Whose board the supervisor reads: "Whole center" or one store the center serves (GET
// /projects). Hidden while the center serves no store. Says storeChosen() when she picks one; a
// remembered choice waits for the stores to be read and falls back to the whole center when its
// store is gone.
class BoardStorePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit BoardStorePicker(app::StoreDirectory *stores, QWidget *parent = nullptr);

    // Empty for the whole center.
    QString projectId() const;
    QString storeName() const;
    QString storeSlug() const;
    // Picks the store of `projectId` (empty: the whole center), now or once the stores are read,
    // and says storeChosen() when that changes the choice.
    void setProjectId(const QString &projectId);

Q_SIGNALS:
    void storeChosen(const QString &projectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void choose();
    void retranslateUi();

    app::StoreDirectory *m_stores;
    std::optional<QString> m_wanted; // the choice to make once the stores are read
    QString m_chosen;                // the store storeChosen() last said
};

} // namespace frontline::ui
