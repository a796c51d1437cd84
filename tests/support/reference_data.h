#pragma once
// Reference outputs produced once by numpy/scipy/scikit-learn (the scripts sit next to them in
// tests/data): read one, and turn its arrays into vectors.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace gradus::test {

// tests/data/<fileName>; a missing or broken file stops the test run with its name.
inline QJsonObject referenceJson(const char* fileName)
{
    QFile file(QStringLiteral(GRADUS_TEST_DATA_DIR "/") + QString::fromLatin1(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/%s", fileName);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("tests/data/%s: %s", fileName, qPrintable(error.errorString()));
    return document.object();
}

inline std::vector<double> toVector(const QJsonArray& array)
{
    std::vector<double> values;
    values.reserve(std::size_t(array.size()));
    for (const QJsonValue& v : array)
        values.push_back(v.toDouble());
    return values;
}

} // namespace gradus::test
