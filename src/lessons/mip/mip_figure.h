#pragma once

#include "framework/lesson.h"

namespace gradus {

class FieldView;
class NumberTable;
struct MipResult;

// The collection as variables against constraints (log–log), easy / hard / open by colour and
// marker shape, the smallest hard and open instances named; clicking an instance shows its row.
class MipFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit MipFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override {}
    void showInstance(int index);

    std::shared_ptr<const MipResult> result_;
    FieldView* scatter_;
    NumberTable* details_;
};

} // namespace gradus
