#pragma once

#include <QFrame>

#include <utility>
#include <vector>

class QLabel;
class QPushButton;

namespace revalign {
struct FactTable;
}

namespace revalign::ui {

// The strip above every page while the workspace has deal stages nobody has defined (stages an import met
// first): names them with their deals and leads to the Definitions page. Hidden when there are none.
class UndefinedStagesBanner final : public QFrame {
    Q_OBJECT
public:
    explicit UndefinedStagesBanner(QWidget* parent = nullptr);

    // (stage, deals) of every stage not yet defined; empty hides the banner.
    void setStages(std::vector<std::pair<QString, qint64>> stages);
    // The undefined stages of a fact snapshot, with their deals, in the workspace's order.
    static std::vector<std::pair<QString, qint64>> undefinedStages(const FactTable& facts);
    QString text() const;

Q_SIGNALS:
    void defineRequested();

private:
    QLabel* m_text;
    QPushButton* m_define;
};

} // namespace revalign::ui
