#include "ui/common/PagedListStatus.h"

#include "app/net/PagedListModel.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>

namespace frontline::ui {

PagedListStatus::PagedListStatus(app::PagedListModel &model, QLabel &label, QString fileName,
                                 std::function<Words()> words, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_label(label)
    , m_fileName(std::move(fileName))
    , m_words(std::move(words))
{
    connect(&m_model, &app::PagedListModel::exported, this, &PagedListStatus::write);
    connect(&m_model, &app::PagedListModel::exportFailed, this, [this](const QString &message) {
        m_label.setText(m_words().exportFailed.arg(message));
        Q_EMIT exportDone(m_path, false);
    });
}

void PagedListStatus::show()
{
    const Words words = m_words();
    if (m_model.isLoading())
        m_label.setText(words.loading);
    else if (!m_model.lastError().isEmpty())
        m_label.setText(words.readFailed.arg(m_model.lastError()));
    else
        m_label.setText(words.shown);
}

QString PagedListStatus::chooseFile(QWidget *parent) const
{
    const Words words = m_words();
    return QFileDialog::getSaveFileName(parent, words.exportTitle, m_fileName, words.csvFiles);
}

void PagedListStatus::exportTo(const QString &path)
{
    m_path = path;
    m_label.setText(m_words().exporting);
    m_model.exportCsv();
}

void PagedListStatus::write(const QByteArray &csv)
{
    QFile file(m_path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size();
    const Words words = m_words();
    m_label.setText(ok ? words.exported.arg(m_path)
                       : words.notWritten.arg(m_path, file.errorString()));
    Q_EMIT exportDone(m_path, ok);
}

} // namespace frontline::ui
