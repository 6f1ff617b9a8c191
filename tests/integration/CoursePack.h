#pragma once

#include "tests/support/HttpClient.h"

#include <QJsonDocument>

namespace frontline::test {

// A pack named as the demo's English one ("demo-en", with scenarios "late-delivery" and
// "cancel-order") on a knowledge base of its own, so a course can name it on a bare test back
// office: courses are checked against the packs imported (issue 19, decision 5c).
inline HttpReply importCoursePack(HttpClient &trainer)
{
    const QByteArray pack = R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "demo-en", "version": 1,
      "title": "Courses", "language": "en",
      "knowledge_base": {"articles": [{"slug": "late", "title": "Late", "body": "Sorry."}]},
      "customers": [{"id": "ann", "name": "Ann Green"}],
      "exam": {"scenarios": 1, "simultaneous": 1},
      "scenarios": [
        {"id": "late-delivery", "title": "Late", "persona": {"name": "Ann"}, "channel": "chat",
         "customer": "ann", "opening": "Where is it?",
         "turns": [{"id": "t", "branches": [{"when": {"kind": "otherwise"}, "then": "end"}]}],
         "expected": {"articles": ["late"], "escalation": null, "resolution": "answered"}},
        {"id": "cancel-order", "title": "Cancel", "persona": {"name": "Ann"}, "channel": "chat",
         "customer": "ann", "opening": "Cancel it.",
         "turns": [{"id": "t", "branches": [{"when": {"kind": "otherwise"}, "then": "end"}]}],
         "expected": {"articles": [], "escalation": null, "resolution": "cancelled"}}]
    })";
    return trainer.send("POST", QStringLiteral("/api/v1/training/packs"),
                        QJsonDocument::fromJson(pack).toJson(QJsonDocument::Compact));
}

} // namespace frontline::test
