// Issue 16, item 8: every string and list a request may carry has a maximum in
// docs/api/openapi.yaml, and the running back office refuses one character (or item) more with
// 422 too_long naming the field, while the maximum itself passes the length check.
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

#include <map>

using namespace frontline::test;

namespace {

// The OpenAPI document as JSON (python3-yaml reads it; Qt has no YAML reader).
QJsonObject openApi()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, yaml; "
                                 "json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)"),
                  QStringLiteral(FRONTLINE_SOURCE_DIR "/docs/api/openapi.yaml")});
    if (!python.waitForFinished(30000))
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// One string or list of one request: where it goes and how long it may be.
struct Field
{
    QString method;
    QString path; // as in openapi.yaml, below /api/v1
    QString role; // the first role of x-roles, "public" for none
    QString name; // "customer.email", "tags", "tags[]", "bot_transcript[].text"
    bool query = false;
    bool list = false;
    bool enumerated = false; // an enum: its values bound it
    qint64 most = -1;        // maxLength / maxItems, -1 when missing
};

class Spec
{
public:
    explicit Spec(QJsonObject document)
        : m_document(std::move(document))
    {}

    QList<Field> requestFields() const
    {
        QList<Field> fields;
        const QJsonObject paths = m_document.value(u"paths").toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path->toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op) {
                if (op.key() == u"parameters")
                    continue;
                const QJsonObject operation = op->toObject();
                Field base;
                base.method = op.key().toUpper();
                base.path = path.key();
                base.role = operation.value(u"x-roles").toArray().first().toString();
                for (const QJsonValue &parameter : operation.value(u"parameters").toArray()) {
                    const QJsonObject p = resolve(parameter.toObject());
                    if (p.value(u"in").toString() != u"query")
                        continue;
                    Field field = base;
                    field.query = true;
                    walk(field, p.value(u"name").toString(), p.value(u"schema").toObject(), fields);
                }
                const QJsonObject schema = operation.value(u"requestBody")
                                               .toObject()
                                               .value(u"content")
                                               .toObject()
                                               .value(u"application/json")
                                               .toObject()
                                               .value(u"schema")
                                               .toObject();
                if (!schema.isEmpty())
                    walk(base, QString(), schema, fields);
            }
        }
        return fields;
    }

private:
    QJsonObject resolve(QJsonObject node) const
    {
        while (node.contains(u"$ref")) {
            const QStringList parts = node.value(u"$ref").toString().split(u'/');
            node = m_document.value(u"components")
                       .toObject()
                       .value(parts.value(2))
                       .toObject()
                       .value(parts.value(3))
                       .toObject();
        }
        return node;
    }

    void walk(const Field &base, const QString &name, QJsonObject schema, QList<Field> &out) const
    {
        schema = resolve(schema);
        for (const QJsonValue &part : schema.value(u"allOf").toArray())
            walk(base, name, part.toObject(), out);
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            walk(base, name.isEmpty() ? it.key() : name + u'.' + it.key(), it->toObject(), out);
        const QString type = schema.value(u"type").toString();
        if (type != u"string" && type != u"array")
            return;
        Field field = base;
        field.name = name;
        field.list = type == u"array";
        field.enumerated = schema.contains(u"enum");
        field.most = schema.value(field.list ? u"maxItems" : u"maxLength").toInteger(-1);
        out.append(field);
        if (field.list && !field.query)
            walk(base, name + u"[]", schema.value(u"items").toObject(), out);
    }

    QJsonObject m_document;
};

// `value` placed at `name` in a body: "customer.email" → {"customer": {"email": value}},
// "bot_transcript[].text" → {"bot_transcript": [{"text": value}]}.
QJsonValue placed(const QStringList &steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    QString step = steps.first();
    const bool item = step.endsWith(u"[]");
    if (item)
        step.chop(2);
    QJsonValue inner = placed(steps.mid(1), value);
    if (item)
        inner = QJsonArray{inner};
    return QJsonObject{{step, inner}};
}

HttpReply sendWith(HttpClient &client, const Field &field, qint64 size)
{
    const QString text(field.list ? 1 : size, u'x');
    QJsonValue value = text;
    if (field.list) {
        QJsonArray items;
        for (qint64 i = 0; i < size; ++i)
            items.append(QStringLiteral("x%1").arg(i));
        value = items;
    }
    QString path = u"/api/v1" + field.path;
    path.replace(QStringLiteral("{id}"), QStringLiteral("1"));
    if (field.query) {
        const QString listed =
            field.list ? QStringList(size, QStringLiteral("open")).join(u',') : text;
        return client.get(path + u'?' + field.name + u'=' +
                          QString::fromLatin1(QUrl::toPercentEncoding(listed)));
    }
    const QJsonObject body = placed(field.name.split(u'.'), value).toObject();
    return client.send(field.method.toLatin1(), path,
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", "limits"}});
}

QJsonObject errorOf(const HttpReply &reply)
{
    return reply.json().value(u"error").toObject();
}

} // namespace

TEST(FieldLimitsContract, EveryRequestStringAndListHasAMaximum)
{
    const QList<Field> fields = Spec(openApi()).requestFields();
    ASSERT_GT(fields.size(), 40) << "openapi.yaml could not be read with python3-yaml";
    for (const Field &field : fields) {
        if (field.enumerated)
            continue;
        EXPECT_GT(field.most, 0) << field.method.toStdString() << ' ' << field.path.toStdString()
                                 << ' ' << (field.query ? "query " : "body ")
                                 << field.name.toStdString() << " has no "
                                 << (field.list ? "maxItems" : "maxLength");
    }
}

TEST(FieldLimitsContract, OneOverTheMaximumIsRefusedNamingTheFieldAndTheMaximumPasses)
{
    BackOfficeProcess backOffice;
    for (const char *role : {"operator", "supervisor", "trainer", "admin"})
        ASSERT_TRUE(backOffice.addUser(QString::fromLatin1(role), QString::fromLatin1(role),
                                       {QStringLiteral("orders")}));
    const QByteArray integration = backOffice.createIntegrationToken(QStringLiteral("limits"));
    ASSERT_TRUE(backOffice.start());
    std::map<QString, std::unique_ptr<HttpClient>> clients;
    const auto clientFor = [&](const QString &role) -> HttpClient & {
        auto &client = clients[role];
        if (client)
            return *client;
        if (role == u"integration") {
            client = std::make_unique<HttpClient>(backOffice.baseUrl());
            client->setBearerToken(integration);
        } else if (role == u"public") {
            client = std::make_unique<HttpClient>(backOffice.baseUrl());
        } else {
            client = signedInClient(backOffice.baseUrl(), role);
        }
        return *client;
    };

    int walked = 0;
    for (const Field &field : Spec(openApi()).requestFields()) {
        if (field.enumerated || field.most <= 0 || field.path.endsWith(u"/logout"))
            continue;
        const std::string what =
            QString(field.method + u' ' + field.path + u' ' + field.name).toStdString();
        HttpClient &client = clientFor(field.role);
        const HttpReply over = sendWith(client, field, field.most + 1);
        EXPECT_EQ(over.status, 422) << what << ": " << over.body.toStdString();
        EXPECT_EQ(errorOf(over).value(u"code").toString(), u"too_long") << what;
        const QString named = errorOf(over).value(u"field").toString();
        EXPECT_TRUE(named == field.name || named == field.name + u"[]")
            << what << " named " << named.toStdString();
        EXPECT_TRUE(
            errorOf(over).value(u"message").toString().contains(QString::number(field.most)))
            << what << ": " << over.body.toStdString();

        const HttpReply atMost = sendWith(client, field, field.most);
        EXPECT_NE(errorOf(atMost).value(u"code").toString(), u"too_long")
            << what << ": " << atMost.body.toStdString();
        ++walked;
    }
    EXPECT_GT(walked, 40);
}
