#pragma once

#include <QListView>

class QTimer;

namespace frontline::app {
class OpenConversationsModel;
}

namespace frontline::ui {

// The operator's open chats, one row each with its unread count and how long the customer has
// waited; choosing a row opens that conversation.
class OpenConversationsList : public QListView
{
    Q_OBJECT
public:
    explicit OpenConversationsList(app::OpenConversationsModel &model, QWidget *parent = nullptr);

    // The chat `step` rows away from `ticketId`, wrapping around; empty when none is open.
    QString ticketBeside(const QString &ticketId, int step) const;
    void retranslateUi();

Q_SIGNALS:
    void ticketChosen(const QString &ticketId);

private:
    app::OpenConversationsModel &m_model;
    QTimer *m_clock;
};

} // namespace frontline::ui
