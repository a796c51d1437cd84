#pragma once
// Lesson `pnorms`: unit balls of ‖·‖_p in the plane and in space, from p = 0.1 (a non-convex
// quasinorm ball) through the diamond, the circle and up to the square; several p overlaid, and
// the dual norm's ball beside.

#include "framework/lesson.h"

#include <vector>

namespace gradus {

struct PnormsResult : LessonResult {
    std::vector<double> sweep;    // p per frame; the last is ∞
    std::vector<double> overlaid; // further p drawn over the main ball (∞ as infinity)
    bool dual = false;
    bool show2D = true, show3D = false;

    int frameCount() const override { return int(sweep.size()); }
    QString frameLabel(int frame) const override;
    double pAt(int frame) const { return sweep[std::size_t(std::clamp(frame, 0, frameCount() - 1))]; }
};

class PnormsLesson : public LessonOf<PnormsResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::PnormsLesson)

public:
    PnormsLesson();

    // The p the player visits: log-spaced from 0.1 to 50 (100 per decade) with round values such
    // as 0.5, 1, 1.5, 2, 3 included exactly, then ∞.
    static const std::vector<double>& sweep();
    // The parameter's maximum, which stands for p = ∞.
    static constexpr double kInfinityValue = 100;

    QString id() const override { return QStringLiteral("pnorms"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const PnormsResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
    bool needsOpenGL(const ParamValues& params) const override;
    QString frameParameter() const override { return QStringLiteral("p"); }
    int frameFromParams(const ParamValues& params) const override;
    void setFrameInParams(ParamValues& params, int frame) const override;
};

// "0.5", "2", "∞": p as a person writes it.
QString formatExponent(double p);

} // namespace gradus
