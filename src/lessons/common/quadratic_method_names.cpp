#include "quadratic_method_names.h"

#include <QCoreApplication>

namespace gradus {

namespace {
// The translation context of these names (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::QuadraticMethods)
};
} // namespace

QString quadraticMethodName(const QString& key)
{
    if (key == u"sd")
        return Tr::tr("steepest descent");
    if (key == u"cg")
        return Tr::tr("conjugate gradients");
    if (key == u"gd")
        return Tr::tr("gradient descent, 2/(μ + L)");
    if (key == u"gd-1/L")
        return Tr::tr("gradient descent, 1/L");
    if (key == u"chebyshev")
        return Tr::tr("Chebyshev recurrence");
    if (key == u"chebyshev-steps")
        return Tr::tr("Chebyshev steps 1/λᵢ");
    if (key == u"heavy-ball")
        return Tr::tr("heavy ball");
    if (key == u"nesterov")
        return Tr::tr("Nesterov");
    return key;
}

} // namespace gradus
