#pragma once
// Trained weights kept on disk, so that reopening a lesson with the same training settings is
// instant: one file per key (a hash of every setting that affects training) in the user's cache
// folder, written atomically; a missing, foreign or damaged file is simply a miss. The folder is kept
// under a size limit: the runs used longest ago go first (a lab machine sees many students).

#include "core/models/training.h"

#include <QString>

#include <optional>

namespace gradus {

class TrainingCache {
public:
    // The folder: QStandardPaths' cache location + "/training" (a test may point it elsewhere).
    static constexpr qint64 kDefaultLimitBytes = 256LL * 1024 * 1024;
    explicit TrainingCache(QString folder = defaultFolder(), qint64 limitBytes = kDefaultLimitBytes);
    static QString defaultFolder();

    // A file name for a description of the settings (e.g. "cnn dropout=0.5 lr=0.01 …").
    static QString keyFor(const QString& description);

    std::optional<core::models::TrainingRun> load(const QString& key, std::size_t parameterCount) const;
    // False when the cache cannot be written (read-only or full disk): training still worked.
    bool save(const QString& key, const core::models::TrainingRun& run) const;
    QString pathFor(const QString& key) const;

private:
    void trim() const; // removes the least recently used files beyond the limit

    QString folder_;
    qint64 limitBytes_;
};

} // namespace gradus
