#include "fashion_mnist.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gradus {

QString fashionMnistFolder() { return QStringLiteral("/usr/share/datasets/fashion-mnist"); }

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
