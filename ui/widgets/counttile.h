#pragma once

#include <QFrame>

class QLabel;

namespace revalign::ui {

// A labelled number, e.g. "Contacts 20,000", for overview rows.
class CountTile final : public QFrame {
    Q_OBJECT
public:
    explicit CountTile(const QString& title, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = {});

private:
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace revalign::ui
