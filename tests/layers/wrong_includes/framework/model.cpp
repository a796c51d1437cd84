#include "model.h"
#include "views/picture.h"
#include <QWidget>
#include <QJsonObject>
