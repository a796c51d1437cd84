#pragma once
// Fashion-MNIST for the lessons that use it: the 2,000 bundled images (the first of the test set) or,
// when Debian's dataset-fashion-mnist is installed, its 60,000 training and 10,000 test images.

#include "idx_file.h"

namespace gradus {

enum class FashionMnistPart { BundledSubset, FullTraining, FullTest };

QString fashionMnistFolder(); // where dataset-fashion-mnist puts the files
bool fullFashionMnistInstalled();
// Throws InputError saying how to install the package when a full part is missing.
LabelledImages readFashionMnist(FashionMnistPart part);

} // namespace gradus
