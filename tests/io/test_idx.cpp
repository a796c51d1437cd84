// The IDX reader on the bundled Fashion-MNIST subset, on the full files when Debian's
// dataset-fashion-mnist is installed, and on every way such a file can be broken.
#include "framework/errors.h"
#include "io/idx_file.h"

#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace gradus;

namespace {

QByteArray header(int type, std::vector<quint32> dims)
{
    QByteArray b;
    b += char(0), b += char(0), b += char(type), b += char(dims.size());
    for (quint32 d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            b += char((d >> shift) & 0xFF);
    return b;
}

QByteArray gzip(const QByteArray& raw)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(raw.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(out.size() - stream.avail_out);
    deflateEnd(&stream);
    return out;
}

void expectError(const QByteArray& bytes, const QString& fragment)
{
    try {
        parseIdx(bytes, "bad.idx");
        QFAIL(qPrintable("no error; expected " + fragment));
    } catch (const InputError& e) {
        QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
    }
}

} // namespace

class TestIdx : public QObject {
    Q_OBJECT

private slots:
    void bundledSubset()
    {
        const LabelledImages images = readLabelledImages(GRADUS_SOURCE_DIR "/datasets/fashion-mnist/subset-images-idx3-ubyte.gz",
                                                         GRADUS_SOURCE_DIR "/datasets/fashion-mnist/subset-labels-idx1-ubyte.gz");
        QCOMPARE(images.count, 2000);
        QCOMPARE(int(images.pixels.size()), 2000 * 784);
        // The first test image of Fashion-MNIST is an ankle boot (class 9), the second a pullover (2).
        QCOMPARE(int(images.labels[0]), 9);
        QCOMPARE(int(images.labels[1]), 2);
    }

    void fullDatasetWhenInstalled()
    {
        const QString folder = "/usr/share/datasets/fashion-mnist";
        // scripts/deps.sh --with-test installs it; test_lessons checks what a machine without it says.
        QVERIFY2(QFile::exists(folder + "/train-images-idx3-ubyte.gz"), "dataset-fashion-mnist is not installed: run scripts/deps.sh --with-test");
        const LabelledImages train = readLabelledImages(folder + "/train-images-idx3-ubyte.gz", folder + "/train-labels-idx1-ubyte.gz");
        QCOMPARE(train.count, 60000);
        QCOMPARE(train.rows, 28);
        std::vector<int> counts(10, 0);
        for (std::uint8_t label : train.labels)
            ++counts[label];
        for (int c : counts)
            QCOMPARE(c, 6000); // balanced classes
    }

    void brokenFiles()
    {
        expectError(QByteArray("\x01\x02\x08\x01", 4), "not an IDX file");
        expectError(QByteArray("ab"), "not an IDX file");
        expectError(header(0x0D, {3}) + QByteArray(12, 'x'), "type 0x0d");
        expectError(header(0x08, {}), "0 dimensions");
        expectError(header(0x08, {2, 2}).left(9), "truncated");
        expectError(header(0x08, {10, 28, 28}) + QByteArray(100, 'x'), "truncated");
        expectError(header(0x08, {100000, 100000, 28}), "more than 512 MB");
        expectError(header(0x08, {0, 28}), "not a dataset size");
        QCOMPARE(parseIdx(header(0x08, {2, 3}) + "abcdef", "ok.idx").dims, (std::vector<int>{2, 3}));
    }

    void brokenGzip()
    {
        const QByteArray packed = gzip(header(0x08, {4}) + "wxyz");
        QCOMPARE(gunzip(packed, "ok.gz"), header(0x08, {4}) + "wxyz");
        try {
            gunzip(packed.left(packed.size() / 2), "cut.gz");
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.message().contains("truncated"), qPrintable(e.message()));
        }
        try {
            gunzip(QByteArray("\x1f\x8b\x08\x00garbagegarbage", 18), "junk.gz");
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.message().contains("junk.gz"), qPrintable(e.message()));
        }
        // A bomb: 64 MB of zeros packs into a few kB; with a 1 MB cap it is refused.
        try {
            gunzip(gzip(QByteArray(64 << 20, '\0')), "bomb.gz", 1 << 20);
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.message().contains("more than"), qPrintable(e.message()));
        }
    }

    void labelsMustMatchImages()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString& name, const QByteArray& bytes) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        const QString images = write("i.idx", header(0x08, {2, 2, 2}) + QByteArray(8, 'x'));
        const QString labels = write("l.idx", header(0x08, {3}) + QByteArray(3, '\1'));
        try {
            readLabelledImages(images, labels);
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.message().contains("2 images but l.idx has 3 labels"), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, readLabelledImages(dir.filePath("missing"), labels));
    }
};

QTEST_APPLESS_MAIN(TestIdx)
#include "test_idx.moc"
