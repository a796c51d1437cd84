#pragma once
// A folder of the user's pictures as a data matrix for PCA: every picture OpenCV reads (through
// loadImage, with its guards), resized to one common size, grey or colour. Unreadable files are
// skipped and counted, not fatal.

#include "core/linalg/dense.h"

#include <QString>
#include <QStringList>

namespace gradus {

struct ImageFolder {
    core::linalg::MatrixF samples; // n × (size · size · channels), values in [0, 1]; per row R plane, G plane, B plane
    int size = 0;                  // pictures are size × size
    int channels = 1;
    QStringList names;             // file names, one per row
    QStringList skipped;           // "name: reason"
};

// Throws InputError when the folder is missing or holds fewer than two readable pictures.
ImageFolder loadImageFolder(const QString& path, int size, bool color, int maxFiles = 50000);

} // namespace gradus
