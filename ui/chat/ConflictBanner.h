#pragma once

#include "ui/chat/Banner.h"

class QPushButton;

namespace frontline::app {
struct Conflict;
}

namespace frontline::ui {

// Someone else changed the open ticket while the operator's change waited: shows both sides and
// lets the operator keep theirs or take the other. Nothing is overwritten until they choose.
class ConflictBanner : public Banner
{
    Q_OBJECT
public:
    explicit ConflictBanner(QWidget *parent = nullptr);

    // Shows `conflict`, or hides the banner for none.
    void showConflict(const app::Conflict *conflict);
    void retranslateUi();

    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

Q_SIGNALS:
    void keepMineClicked();
    void takeTheirsClicked();

private:
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};

} // namespace frontline::ui
