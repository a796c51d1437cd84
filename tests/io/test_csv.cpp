// The CSV loader on good and bad tables.
#include "framework/errors.h"
#include "io/csv_table.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gradus;

class TestCsv : public QObject {
    Q_OBJECT

    static NumericTable parse(const char* text, int minColumns = 2)
    {
        return parseNumericCsv(QByteArray(text), QStringLiteral("t.csv"), minColumns);
    }
    static QString errorOf(const char* text, int minColumns = 2)
    {
        try {
            parse(text, minColumns);
        } catch (const InputError& e) {
            return e.message();
        }
        return QString();
    }

private slots:
    void commaWithHeader()
    {
        const NumericTable t = parse("x,y\n1,2\n3.5,-4e-1\n");
        QCOMPARE(t.header, (QStringList{"x", "y"}));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.columns[0], (QVector<double>{1, 3.5}));
        QCOMPARE(t.columns[1], (QVector<double>{2, -0.4}));
    }

    void headerlessBlankSeparatedWithComments()
    {
        const NumericTable t = parse("# made by numpy.savetxt\n1 2\n\n  3\t 4 \n");
        QVERIFY(t.header.isEmpty());
        QCOMPARE(t.columns[0], (QVector<double>{1, 3}));
        QCOMPARE(t.columns[1], (QVector<double>{2, 4}));
    }

    void spreadsheetExports()
    {
        // Semicolons with decimal commas, CRLF line ends, a byte order mark and quoted header cells.
        const NumericTable t = parse("\xEF\xBB\xBF\"x\";\"y\"\r\n1,5;2,25\r\n-3;4\r\n");
        QCOMPARE(t.header, (QStringList{"x", "y"}));
        QCOMPARE(t.columns[0], (QVector<double>{1.5, -3}));
        QCOMPARE(t.columns[1], (QVector<double>{2.25, 4}));
        const NumericTable tabs = parse("a\tb\tc\n1\t2\t3\n");
        QCOMPARE(tabs.columnCount(), 3);
        QCOMPARE(tabs.columns[2], (QVector<double>{3}));
    }

    void badTablesNameTheProblem()
    {
        QVERIFY(errorOf("").contains("no rows"));
        QVERIFY(errorOf("x,y\n").contains("no rows"));
        QVERIFY(errorOf("1\n2\n").contains("at least 2 columns"));
        const QString ragged = errorOf("x,y\n1,2\n3,4,5\n");
        QVERIFY2(ragged.contains("line 3") && ragged.contains("expected 2 columns"), qPrintable(ragged));
        const QString text = errorOf("x,y\n1,2\n3,abc\n");
        QVERIFY2(text.contains("line 3, column 2") && text.contains("'abc'"), qPrintable(text));
        QVERIFY(errorOf("1,nan\n").contains("not a finite number"));
        QVERIFY(errorOf("1,inf\n").contains("not a finite number"));
    }

    void binaryFileIsNotText()
    {
        try {
            parseNumericCsv(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "photo.png", 2);
            QFAIL("a binary file was accepted");
        } catch (const InputError& e) {
            QVERIFY(e.message().contains("not a text file"));
        }
    }

    void filesOnDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY_THROWS_EXCEPTION(InputError, readNumericCsv(dir.filePath("missing.csv"), 2));
        QVERIFY_THROWS_EXCEPTION(InputError, readNumericCsv(dir.path(), 2));
        QFile file(dir.filePath("ok.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x,y\n0,1\n1,3\n");
        file.close();
        QCOMPARE(readNumericCsv(file.fileName(), 2).rowCount(), 2);
        CsvLimits tiny;
        tiny.maxBytes = 4;
        QVERIFY_THROWS_EXCEPTION(InputError, readNumericCsv(file.fileName(), 2, tiny));
        CsvLimits oneRow;
        oneRow.maxRows = 1;
        QVERIFY_THROWS_EXCEPTION(InputError, readNumericCsv(file.fileName(), 2, oneRow));
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "test_csv.moc"
