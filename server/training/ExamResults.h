#pragma once

#include "protocol/Result.h"
#include "protocol/ScenarioPack.h"
#include "server/training/ExamRecords.h"

#include <QJsonObject>

namespace frontline::server {

class Store;

// An exam's result once it closed (issue 19, items 8-9a): each conversation's record from its
// ticket and the reported events (examRecordOf), scored against its scenario (scoreScenario),
// each question's answer (scoreQuestion), the total (scoreExam); with the timeline of everything
// that happened and each conversation's transcript, for the results screen.
Result<QJsonObject> examResultOf(Store &sandbox, const ExamRow &exam,
                                 const protocol::ScenarioPack &pack);

} // namespace frontline::server
