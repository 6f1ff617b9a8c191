#pragma once

#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "ui/common/UiSetup.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// A demo back office on the test clock with tanya, the trainer, signed in over HTTP: the exam's
// desktop tests (ExamFlowTest, TrainingWalkTest) move its time and read exams as she does.
class ExamDeskTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ui::initResources(); }

    void SetUp() override
    {
        backOffice = DemoDesk::startBackOffice({QStringLiteral("--test-clock")});
        ASSERT_TRUE(backOffice);
        tanyaHttp = std::make_unique<HttpClient>(backOffice->baseUrl());
        ASSERT_EQ(tanyaHttp->signIn(QStringLiteral("tanya"), QStringLiteral("demo")).status, 200);
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    // Moves the back office's clock ahead by `ms`.
    void advanceClock(qint64 ms)
    {
        const HttpReply moved = tanyaHttp->send("POST", QStringLiteral("/api/v1/test/clock"),
                                                json({{QStringLiteral("advance_ms"), ms}}));
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    }

    // The exam as the trainer reads it.
    QJsonObject examAsTrainer(const QString &id)
    {
        return tanyaHttp->get(u"/api/v1/training/exams/" + id).json();
    }

    std::unique_ptr<BackOfficeProcess> backOffice;
    std::unique_ptr<HttpClient> tanyaHttp;
};

} // namespace frontline::test
