#pragma once

#include <QHash>
#include <QString>

class QWidget;

namespace frontline::ui {

// The pack editor's widgets by the JSON path of the field each edits ("title", "when.kind",
// "expected.escalation"), so a problem's path finds the widget to put the focus on.
class PackFieldMap
{
public:
    void add(const QString &path, QWidget *widget) { m_fields.insert(path, widget); }
    // The widget of the longest field `path` starts with ("scoring.weights" is the scoring's
    // text; "expected.articles[0]" the expected articles'), or null.
    QWidget *find(const QString &path) const;

private:
    QHash<QString, QWidget *> m_fields;
};

} // namespace frontline::ui
