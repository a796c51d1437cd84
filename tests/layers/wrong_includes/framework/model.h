#pragma once
#include "core/numbers.h"
