#include "widgets/counttile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace revalign::ui {

CountTile::CountTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("tile"));
    auto* layout = new QVBoxLayout(this);
    auto* caption = new QLabel(title, this);
    caption->setObjectName(QStringLiteral("tileCaption"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    layout->addWidget(caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setAccessibleName(title);
}

void CountTile::setValue(const QString& value, const QString& detail) {
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(value + u' ' + detail);
}

} // namespace revalign::ui
