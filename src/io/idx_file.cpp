#include "idx_file.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::IdxFile)
};

quint32 bigEndian32(const QByteArray& b, qsizetype at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8) |
           quint32(uchar(b[at + 3]));
}

} // namespace

QByteArray gunzip(const QByteArray& compressed, const QString& sourceName, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        throw InputError(Tr::tr("%1: cannot start decompressing").arg(sourceName));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (out.size() >= maxBytes) {
            inflateEnd(&stream);
            throw InputError(Tr::tr("%1 unpacks to more than %2 MB: not a dataset Gradus reads").arg(sourceName).arg(maxBytes >> 20));
        }
        const qsizetype before = out.size();
        out.resize(before + std::min<qsizetype>(qsizetype(1) << 22, maxBytes - before + 1));
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = uInt(out.size() - before);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(out.size() - stream.avail_out);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            inflateEnd(&stream);
            throw InputError(Tr::tr("%1 ends before its compressed data does (the file is truncated)").arg(sourceName));
        }
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            inflateEnd(&stream);
            throw InputError(Tr::tr("%1 is not valid gzip data (%2)").arg(sourceName, QString::fromLatin1(stream.msg ? stream.msg : "corrupt")));
        }
    }
    inflateEnd(&stream);
    return out;
}

IdxArray parseIdx(const QByteArray& bytes, const QString& sourceName)
{
    if (bytes.size() < 4 || bytes[0] != 0 || bytes[1] != 0)
        throw InputError(Tr::tr("%1 is not an IDX file (it should start with two zero bytes)").arg(sourceName));
    const int type = uchar(bytes[2]);
    const int ndims = uchar(bytes[3]);
    if (type != 0x08)
        throw InputError(Tr::tr("%1 holds IDX type 0x%2; Gradus reads unsigned bytes (0x08), as in MNIST")
                             .arg(sourceName)
                             .arg(type, 2, 16, QLatin1Char('0')));
    if (ndims < 1 || ndims > 4)
        throw InputError(Tr::tr("%1 claims %2 dimensions; image datasets have 1 to 4").arg(sourceName).arg(ndims));
    const qsizetype header = 4 + 4 * qsizetype(ndims);
    if (bytes.size() < header)
        throw InputError(Tr::tr("%1 ends inside its header (the file is truncated)").arg(sourceName));
    IdxArray out;
    qint64 total = 1;
    for (int d = 0; d < ndims; ++d) {
        const quint32 size = bigEndian32(bytes, 4 + 4 * d);
        if (size == 0 || size > quint32(kMaxIdxBytes))
            throw InputError(Tr::tr("%1: dimension %2 is %3, which is not a dataset size").arg(sourceName).arg(d + 1).arg(size));
        total *= size;
        if (total > kMaxIdxBytes)
            throw InputError(Tr::tr("%1 claims more than %2 MB of data").arg(sourceName).arg(kMaxIdxBytes >> 20));
        out.dims.push_back(int(size));
    }
    if (bytes.size() - header < total)
        throw InputError(Tr::tr("%1 holds %2 bytes of data where its header promises %3 (the file is truncated)")
                             .arg(sourceName)
                             .arg(bytes.size() - header)
                             .arg(total));
    out.data = bytes.mid(header, total);
    return out;
}

IdxArray readIdx(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        throw InputError(Tr::tr("%1 does not exist").arg(path));
    if (file.size() > kMaxIdxBytes)
        throw InputError(Tr::tr("%1 is bigger than %2 MB").arg(path).arg(kMaxIdxBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\x1f\x8b"))
        bytes = gunzip(bytes, name);
    return parseIdx(bytes, name);
}

LabelledImages readLabelledImages(const QString& imagesPath, const QString& labelsPath)
{
    const IdxArray images = readIdx(imagesPath);
    const IdxArray labels = readIdx(labelsPath);
    if (images.dims.size() != 3)
        throw InputError(Tr::tr("%1 should hold images (3 dimensions: count, rows, columns), not %2 dimension(s)")
                             .arg(QFileInfo(imagesPath).fileName())
                             .arg(images.dims.size()));
    if (labels.dims.size() != 1)
        throw InputError(Tr::tr("%1 should hold labels (1 dimension)").arg(QFileInfo(labelsPath).fileName()));
    if (labels.dims[0] != images.dims[0])
        throw InputError(Tr::tr("%1 has %2 images but %3 has %4 labels")
                             .arg(QFileInfo(imagesPath).fileName())
                             .arg(images.dims[0])
                             .arg(QFileInfo(labelsPath).fileName())
                             .arg(labels.dims[0]));
    LabelledImages out;
    out.count = images.dims[0];
    out.rows = images.dims[1];
    out.cols = images.dims[2];
    out.pixels.assign(images.data.begin(), images.data.end());
    out.labels.assign(labels.data.begin(), labels.data.end());
    return out;
}

} // namespace gradus
