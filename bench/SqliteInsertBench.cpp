// The floor under the back office's write path: one-row INSERT transactions into a SQLite file
// in WAL mode with synchronous=NORMAL, through Qt Sql as the back office uses it.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!db.open())
            return 1;
        QSqlQuery setup(db);
        setup.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        setup.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        setup.exec(QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, ticket_id "
                                  "INTEGER, body TEXT, created_at INTEGER)"));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO messages (ticket_id, body, created_at) VALUES (?, ?, ?)"));
        const QString body =
            QStringLiteral("Your order HP-12345678 is with the courier and arrives tomorrow.");
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < rows; ++i) {
            db.transaction();
            insert.bindValue(0, 1);
            insert.bindValue(1, body);
            insert.bindValue(2, qint64(i));
            if (!insert.exec())
                return 2;
            db.commit();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("RESULT rows=%d seconds=%.3f per_second=%.0f\n", rows, seconds, rows / seconds);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return 0;
}
