#pragma once
// The IDX format of MNIST and Fashion-MNIST (big-endian header: two zero bytes, a type byte, the
// number of dimensions, then one uint32 per dimension), plain or gzip-compressed. Only unsigned
// bytes (type 0x08), which is what the image datasets use. Truncated, oversized and malformed files
// end in an InputError that names the file and the problem.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace gradus {

struct IdxArray {
    std::vector<int> dims;   // e.g. {10000, 28, 28}
    QByteArray data;         // row-major, dims multiplied out
};

// The limit guards against a header that claims gigabytes (or a gzip bomb).
constexpr qint64 kMaxIdxBytes = 512LL * 1024 * 1024;

IdxArray parseIdx(const QByteArray& bytes, const QString& sourceName);
// Reads a file (or a Qt resource); gzip-compressed when it starts with the gzip magic.
IdxArray readIdx(const QString& path);
// gzip → bytes, at most maxBytes of output.
QByteArray gunzip(const QByteArray& compressed, const QString& sourceName, qint64 maxBytes = kMaxIdxBytes);

struct LabelledImages {
    int count = 0, rows = 0, cols = 0;
    std::vector<std::uint8_t> pixels; // count × rows × cols, row-major
    std::vector<std::uint8_t> labels; // count
};
// An images file and its labels file (MNIST layout); checks they agree.
LabelledImages readLabelledImages(const QString& imagesPath, const QString& labelsPath);

} // namespace gradus
