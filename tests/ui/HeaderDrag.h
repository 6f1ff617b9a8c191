#pragma once

#include <QCoreApplication>
#include <QHeaderView>
#include <QMouseEvent>

namespace frontline::test {

// Drags a column's right edge by `by` pixels with the mouse, as the operator resizes it.
inline void dragSectionEdge(QHeaderView &header, int column, int by)
{
    QWidget *target = header.viewport();
    const QPointF edge(header.sectionViewportPosition(column) + header.sectionSize(column) - 1,
                       header.height() / 2);
    const auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, target->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(target, &event);
    };
    send(QEvent::MouseButtonPress, edge, Qt::LeftButton);
    send(QEvent::MouseMove, edge + QPointF(by, 0), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, edge + QPointF(by, 0), Qt::NoButton);
}

} // namespace frontline::test
