#pragma once
#include "framework/model.h"
#include <QWidget>
