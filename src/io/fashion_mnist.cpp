#include "fashion_mnist.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gradus {

QString fashionMnistFolder()
{
    // Where Debian's dataset-fashion-mnist puts it; GRADUS_FASHION_MNIST_DIR points elsewhere (a copy of the files
    // in another place, or an empty folder that lets the tests see what a machine without the package says).
    const QString chosen = qEnvironmentVariable("GRADUS_FASHION_MNIST_DIR");
    return chosen.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist") : chosen;
}

bool fullFashionMnistInstalled() { return QFileInfo::exists(fashionMnistFolder() + "/train-images-idx3-ubyte.gz"); }

LabelledImages readFashionMnist(FashionMnistPart part)
{
    if (part == FashionMnistPart::BundledSubset)
        return readLabelledImages(QStringLiteral(":/fashion-mnist/subset-images-idx3-ubyte.gz"),
                                  QStringLiteral(":/fashion-mnist/subset-labels-idx1-ubyte.gz"));
    if (!fullFashionMnistInstalled())
        throw InputError(QCoreApplication::translate("gradus::FashionMnist",
                                                     "the full Fashion-MNIST is not installed: install Debian's dataset-fashion-mnist "
                                                     "(sudo apt install dataset-fashion-mnist) or use the bundled subset (data=subset)"));
    const QString prefix = fashionMnistFolder() + (part == FashionMnistPart::FullTraining ? "/train" : "/t10k");
    return readLabelledImages(prefix + "-images-idx3-ubyte.gz", prefix + "-labels-idx1-ubyte.gz");
}

} // namespace gradus
