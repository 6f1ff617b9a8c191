#include "ui/training/PackFieldMap.h"

namespace frontline::ui {

QWidget *PackFieldMap::find(const QString &path) const
{
    QWidget *found = nullptr;
    qsizetype longest = -1;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &field = it.key();
        const bool within =
            path == field || path.startsWith(field + u'.') || path.startsWith(field + u'[');
        if (within && field.size() > longest) {
            found = it.value();
            longest = field.size();
        }
    }
    return found;
}

} // namespace frontline::ui
