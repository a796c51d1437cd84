#pragma once
// A function of two variables with exact gradient and Hessian: what the 2D optimizer lessons run on.

#include "core/vec2.h"

#include <string>
#include <vector>

namespace gradus::core {

class Objective2D {
public:
    virtual ~Objective2D() = default;
    virtual double value(const Vec2& x) const = 0;
    virtual Vec2 gradient(const Vec2& x) const = 0;
    virtual Sym2 hessian(const Vec2& x) const = 0;
};

// A plane box [x0, x1] × [y0, y1].
struct Box2 {
    double x0, x1, y0, y1;
};

// A named test function that knows its answer, the box to look at and a start that shows something.
class TestFunction : public Objective2D {
public:
    virtual std::string name() const = 0;
    // Global minimisers (several for Himmelblau); empty when no point attains the infimum (unbounded below,
    // or approached only far away).
    virtual std::vector<Vec2> minima() const = 0;
    // The minimisers a picture of the default box is about: the global ones, or the local ones in the box
    // where the infimum is not attained (e.g. the well of "peaks").
    virtual std::vector<Vec2> localMinima() const { return minima(); }
    // The infimum; −∞ when unbounded below.
    virtual double minimumValue() const = 0;
    virtual Box2 defaultBox() const = 0;
    virtual Vec2 defaultStart() const = 0;
};

} // namespace gradus::core
